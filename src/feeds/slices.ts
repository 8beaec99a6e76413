// Big feeds are read in slices, so that the page hosting a widget never waits long for its main thread: a 2 MB
// RSS read at once blocks clicks and scrolling for hundreds of milliseconds on a phone. The reader that does
// it (slice-reader.ts) is loaded only for a big document, so small feeds do not pay its bytes.
import {
  loadXmlFormats,
  parseArticles,
  readArticles,
  startOfFeed,
  type ArticleOptions,
} from './articles.js';
import { checkEntityExpansion } from './entities.js';
import type { ArticlePage, FeedDocument } from './types.js';

/**
 * Text up to this length is read at once: a page of 50 or 100 items takes a few milliseconds and shows in the
 * element's first render. Longer text is read in slices.
 */
export const AT_ONCE_CHARS = 128 * 1024;

/**
 * What the slice reader uses of the code every page has, handed to it rather than imported: the classic script
 * inlines the chunk, and a module it imported would there be wrapped for a lazy start, in bytes, with every
 * module that one imports.
 */
const readers = { parseArticles, readArticles, checkEntityExpansion, startOfFeed };
export type Readers = typeof readers;

/**
 * Reads one page of articles like `parseArticles`: at once for a small document, in slices for a big one
 * (the same page either way). A transform sees the whole document, so it is never sliced.
 *
 * `shown` gets the page as far as the first slice, so that a list can show its first page while the rest is
 * read: a reader waits for the articles on screen, not for ten thousand behind them. Its `total` is the count
 * of items in the document (where it has no next page), which the whole page's confirms unless some item was
 * unreadable or repeated. `limits` are for tests, which slice small documents item by item.
 */
export function parseArticlesInSlices(
  document: FeedDocument,
  options: ArticleOptions = {},
  shown?: (first: ArticlePage) => void,
  limits: { atOnce?: number; sliceChars?: number } = {},
): ArticlePage | Promise<ArticlePage> {
  const sliced = document.text.length > (limits.atOnce ?? AT_ONCE_CHARS) && !options.transform;
  const reader = sliced ? import('./slice-reader.js') : undefined;
  // RSS and Atom are read by code loaded for the first feed that is not JSON: fetched beside the slice
  // reader, not after it.
  const xml = loadXmlFormats(document.text);
  if (xml)
    return Promise.all([xml, reader]).then(() =>
      parseArticlesInSlices(document, options, shown, limits),
    );
  if (!reader) return parseArticles(document, options);
  return reader.then(({ readInSlices }) =>
    readInSlices(readers, document, options, shown, limits.sliceChars),
  );
}
