// Every article format news-widgets reads, in the order detection asks them: the specific shapes before the
// catch-all JSON list that would also match them. The XML formats come last, from xml-formats.ts, which is
// loaded only for a feed that is not JSON.
import { json } from './json.js';
import { jsonFeed } from './jsonfeed.js';
import { wordPress } from './wordpress.js';
import type { XML_ADAPTERS } from './xml-formats.js';

export const JSON_ADAPTERS = [jsonFeed, wordPress, json] as const;

/** The name of a format an adapter reads: the union the element's `format` attribute accepts besides 'auto'. */
export type ArticleFormatName = [...typeof JSON_ADAPTERS, ...typeof XML_ADAPTERS][number]['format'];
