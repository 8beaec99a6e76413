// `news-widgets/vue`: types only. Importing it (`import type {} from 'news-widgets/vue'`, or listing it under
// `compilerOptions.types`) registers every element in Vue's GlobalComponents, so vue-tsc checks
// `<nw-news-list pagination="more" @nw-page-change="…">` in templates. Vue itself must be told the `nw-`
// tags are custom elements (`isCustomElement`, see docs/frameworks.md).
export type {} from './types.js';
export type {
  NwArticleCardVueProps,
  NwDatelineVueProps,
  NwNewsListVueProps,
  NwRateTickerVueProps,
} from './types.js';
