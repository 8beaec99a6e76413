// `news-widgets/news-list.js`: defines <nw-news-list>, and the <nw-article-card> it renders its articles with
// (a list whose cards stay undefined would show nothing), and no other element.
import '../article-card/define.js';
import { define } from '../shared/define.js';
import { NwNewsList } from './news-list.js';

define('nw-news-list', NwNewsList);

export { NwNewsList };
export { configureFeeds } from '../feeds/client.js';
export { registerMessages } from '../i18n/registry.js';
