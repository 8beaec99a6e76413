// Every article format news-widgets reads, in the order detection asks them: the specific shapes before the
// catch-all JSON list that would also match them.
import { atom } from './atom.js';
import { json } from './json.js';
import { jsonFeed } from './jsonfeed.js';
import { rss } from './rss.js';
import { wordPress } from './wordpress.js';

export const ARTICLE_ADAPTERS = [jsonFeed, wordPress, json, atom, rss] as const;

/** The name of a format an adapter reads: the union the element's `format` attribute accepts besides 'auto'. */
export type ArticleFormatName = (typeof ARTICLE_ADAPTERS)[number]['format'];
