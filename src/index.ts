// The package's entry: defines every element (guarded, so loading it twice is harmless) and exports the
// classes and public types for code that wants them.
import { define } from './shared/define.js';
import { NwDateline } from './dateline/dateline.js';
import { NwRateTicker } from './rate-ticker/rate-ticker.js';
import { NwArticleCard } from './article-card/article-card.js';
import { NwNewsList } from './news-list/news-list.js';

define('nw-dateline', NwDateline);
define('nw-rate-ticker', NwRateTicker);
define('nw-article-card', NwArticleCard);
define('nw-news-list', NwNewsList);

export { NwDateline, NwRateTicker, NwArticleCard, NwNewsList };
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
} from './feeds/types.js';
