// The article formats read from XML (Atom, RSS) with what only they need: the feed repairs and namespace
// mending. Loaded with `import()` the first time a feed turns out not to be JSON (articles.ts,
// `loadXmlFormats`), so a list of JSON Feed or WordPress articles never fetches them.
import { namespaceMending } from '../namespaces.js';
import { parseFeedXml } from '../xml-repair.js';
import { atom } from './atom.js';
import { rss } from './rss.js';

/** In the order detection asks them, after the JSON formats (articles/registry.ts). */
export const XML_ADAPTERS = [atom, rss] as const;

/** An article feed's XML as the adapters read it: mended as feedparser would, or FeedError 'format'. */
export const parseArticleXml = (text: string, url: string): Document =>
  parseFeedXml(text, url, namespaceMending);
