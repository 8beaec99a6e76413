// `news-widgets/article-card.js`: defines <nw-article-card> and nothing else.
import { define } from '../shared/define.js';
import { NwArticleCard } from './article-card.js';

define('nw-article-card', NwArticleCard);

export { NwArticleCard };
export { registerMessages } from '../i18n/registry.js';
