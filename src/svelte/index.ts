// `news-widgets/svelte`: types only. Importing it (`import type {} from 'news-widgets/svelte'`, or listing it
// under `compilerOptions.types`) registers every element in Svelte 5's `SvelteHTMLElements`, so svelte-check
// checks `<nw-news-list pagination="more" onnw-page-change={…}>` in markup. Svelte needs no setting to render
// the `nw-` tags: any tag with a dash is a custom element to it (see docs/frameworks.md).
export type {} from './types.js';
export type {
  NwArticleCardSvelteProps,
  NwDatelineSvelteProps,
  NwNewsListSvelteProps,
  NwRateTickerSvelteProps,
} from './types.js';
