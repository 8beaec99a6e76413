// Checked by `npm run build` (svelte-check), never run: with news-widgets/svelte in tsconfig's types, markup
// props are SvelteHTMLElements' entries, and the packed package's types refuse what the elements refuse.
import type { SvelteHTMLElements } from 'svelte/elements';

export const refused: SvelteHTMLElements['nw-news-list'][] = [
  // @ts-expect-error: pagination is 'pages' | 'more' | 'none'
  { pagination: 'bogus' },
  // @ts-expect-error: nw-page-change's detail is { page: number }
  { 'onnw-page-change': (event) => event.detail.items },
];
