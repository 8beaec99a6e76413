// Big feeds read in slices, so that the page hosting a widget never waits long for its main thread: a
// 2 MB RSS read at once blocks clicks and scrolling for hundreds of milliseconds on a phone. Each slice is an
// ordinary document of a few hundred items (the feed's own head and tail around them) read by the usual
// adapters, and the page gets a turn between slices. Small feeds are read at once, as before.
import { parseArticles, type ArticleOptions } from './articles.js';
import type { Article, ArticlePage, FeedDocument } from './types.js';

/** Text above this length is read in slices of about this length. */
export const SLICE_CHARS = 256 * 1024;

/**
 * An item or entry tag (with any namespace prefix), skipping CDATA sections and comments, whose text may
 * hold anything: `<item` inside a CDATA description is not an item.
 */
const ITEM_TAGS =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)(?:[\w.-]+:)?(?:item|entry)(?=[\s/>])[^>]*>/g;

/**
 * Gives the main thread back to the page: a click or a frame waiting for it goes first. A plain task, not
 * `scheduler.yield()`, whose continuation would jump ahead of the page's own timers.
 */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The XML feed as its head (everything before the first item), its items' text, and its tail; undefined
 * when the items cannot be told apart safely (nested or unbalanced tags), and the feed is read at once.
 */
function splitXml(text: string): { head: string; items: string[]; tail: string } | undefined {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  let first = -1;
  let end = -1;
  for (const match of text.matchAll(ITEM_TAGS)) {
    const [tag, closing] = match;
    if (closing === undefined) continue; // CDATA or a comment
    if (!closing && depth === 0) start = match.index;
    if (first < 0) first = start;
    if (!closing && !tag.endsWith('/>')) {
      if (++depth > 1) return undefined;
      continue;
    }
    if (closing && --depth !== 0) return undefined;
    end = match.index + tag.length;
    items.push(text.slice(start, end));
  }
  if (depth !== 0 || !items.length) return undefined;
  return { head: text.slice(0, first), items, tail: text.slice(end) };
}

/** Groups `parts` into runs of about `SLICE_CHARS` characters. */
function runs(parts: readonly string[]): string[][] {
  const grouped: string[][] = [[]];
  let length = 0;
  for (const part of parts) {
    if (length > SLICE_CHARS) {
      grouped.push([]);
      length = 0;
    }
    grouped[grouped.length - 1].push(part);
    length += part.length;
  }
  return grouped;
}

/** The slices of a big feed's text, each a whole feed document; undefined when it cannot be sliced. */
function slices(text: string): string[] | undefined {
  if (text.startsWith('<')) {
    const xml = splitXml(text);
    return xml && runs(xml.items).map((items) => xml.head + items.join('') + xml.tail);
  }
  const feed: unknown = JSON.parse(text);
  // A JSON Feed or a feed-shaped object: its `items` are sliced, every other field rides along in each.
  if (feed && typeof feed === 'object' && Array.isArray((feed as { items?: unknown }).items)) {
    const { items, ...rest } = feed as { items: unknown[] };
    const size = Math.max(1, Math.floor((items.length * SLICE_CHARS) / text.length));
    const texts: string[] = [];
    for (let i = 0; i < items.length; i += size) {
      texts.push(JSON.stringify({ ...rest, items: items.slice(i, i + size) }));
    }
    return texts;
  }
  return undefined;
}

/** One page from the pages of a feed's slices: the first one's links and counts, every slice's items once. */
function joined(pages: readonly ArticlePage[]): ArticlePage {
  const seen = new Set<string>();
  const items: Article[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return { ...pages[0], items };
}

/**
 * Reads one page of articles like `parseArticles`, at once for a small document and in slices, yielding to
 * the page between them, for a big one. A transform sees the whole document, so it is never sliced; neither is
 * a document the slicer does not understand (it is read at once, as before).
 */
export function parseArticlesInSlices(
  document: FeedDocument,
  options: ArticleOptions = {},
): ArticlePage | Promise<ArticlePage> {
  if (document.text.length <= SLICE_CHARS || options.transform) {
    return parseArticles(document, options);
  }
  return (async () => {
    await yieldToPage();
    let texts: string[] | undefined;
    try {
      texts = slices(document.text.replace(/^\uFEFF/, '').trim());
    } catch {
      // Not JSON after all, or broken: the adapters say so in their own words.
    }
    if (!texts || texts.length < 2) return parseArticles(document, options);
    const pages: ArticlePage[] = [];
    for (const text of texts) {
      pages.push(parseArticles({ ...document, text }, options));
      await yieldToPage();
    }
    return joined(pages);
  })();
}
