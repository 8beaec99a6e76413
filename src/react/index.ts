// `news-widgets/react`. React 19 renders custom elements itself: importing this module's types is enough for
// `<nw-news-list pagination="more" onnw-page-change={…} />` to be checked (see docs/frameworks.md). The
// wrapper components are for React 18 and for camel-cased event props.
export type {} from './jsx.js';
export type {
  NwArticleCardProps,
  NwCurrencyConverterProps,
  NwDatelineProps,
  NwNewsListProps,
  NwRateTableProps,
  NwRateTickerProps,
} from './jsx.js';
export type { NwEvent, NwEventDetails } from '../shared/events.js';
export {
  ArticleCard,
  CurrencyConverter,
  Dateline,
  NewsList,
  RateTable,
  RateTicker,
} from './components.js';
