// `news-widgets/elements.js`: every element class and the public types, with nothing defined. For a site that
// registers the elements itself, under its own tag names or in a scoped registry:
//   customElements.define('acme-news', class extends NwNewsList {});
// <nw-news-list> renders <nw-article-card> in its shadow root, so a list needs that tag defined too.
export { NwDateline } from './dateline/dateline.js';
export { NwRateTicker } from './rate-ticker/rate-ticker.js';
export { NwRateTable } from './rate-table/rate-table.js';
export { NwCurrencyConverter } from './currency-converter/currency-converter.js';
export { NwArticleCard } from './article-card/article-card.js';
export { NwNewsList } from './news-list/news-list.js';
export { VERSION } from './shared/version.js';
export { clearFeedCache, configureFeeds } from './feeds/client.js';
export { registerMessages } from './i18n/registry.js';
export type { Messages } from './i18n/messages.js';
export type { Calendar } from './i18n/calendar.js';
export type { PluralForms } from './i18n/plural.js';
export type {
  Article,
  ArticleFormat,
  ArticleInput,
  ArticlePage,
  ArticleTransform,
  Rate,
  RateSheet,
} from './feeds/types.js';
export type { FeedError, FeedErrorKind } from './feeds/errors.js';
export type { NwEvent, NwEventDetails } from './shared/events.js';
export type { ArticleCardLayout } from './article-card/article-card.js';
export type { NewsListLayout, NewsListPagination } from './news-list/news-list.js';
export type { RateTableSort, SortOrder } from './rate-table/rate-table.js';
