// Big feeds read in slices, so that the page hosting a widget never waits long for its main thread: a
// 2 MB RSS read at once blocks clicks and scrolling for hundreds of milliseconds on a phone. Each slice is an
// ordinary document of a few hundred items (the feed's own head and tail around them; for JSON, the parsed
// feed holding a run of its items) read by the usual adapters, and the page gets a turn between slices. Small
// feeds are read at once, as before.
import { parseArticles, readArticles, type ArticleOptions } from './articles.js';
import type { ArticlePage, FeedDocument } from './types.js';

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
 * `scheduler.yield()`, whose continuation would jump ahead of the page's own timers; and a message rather
 * than `setTimeout(0)`, which browsers hold back 4 ms once timers nest five deep (HTML, timer initialisation
 * steps): forty slices of 2 ms each then waited longer than they read.
 */
let channel: MessageChannel | undefined;
const yielded: (() => void)[] = [];

function yieldToPage(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => yielded.shift()?.();
  }
  const turn = new Promise<void>((resolve) => yielded.push(resolve));
  channel.port2.postMessage(null);
  return turn;
}

/** `parts` in runs of about `SLICE_CHARS` characters (`length` gives a part's), each made a slice by `wrap`. */
function sliced<T, S>(
  parts: readonly T[],
  length: (part: T) => number,
  wrap: (run: T[]) => S,
): Slices<S> {
  const slices: S[] = [];
  let run: T[] = [];
  let chars = 0;
  for (const part of parts) {
    run.push(part);
    chars += length(part);
    if (chars > SLICE_CHARS) {
      slices.push(wrap(run));
      run = [];
      chars = 0;
    }
  }
  if (run.length) slices.push(wrap(run));
  return { slices, count: parts.length };
}

/** A document's slices and how many items they hold between them, before any is read. */
interface Slices<S> {
  slices: S[];
  count: number;
}

/**
 * An XML feed's slices: its head (everything before the first item) and its tail around each run of items;
 * undefined when the items cannot be told apart safely (nested or unbalanced tags).
 */
function xmlSlices(text: string): Slices<string> | undefined {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  let first = -1;
  let end = 0;
  for (const match of text.matchAll(ITEM_TAGS)) {
    const [tag, closing] = match;
    if (closing === undefined) continue; // CDATA or a comment
    if (!closing && !depth) start = match.index;
    if (first < 0) first = start;
    if (!closing && !tag.endsWith('/>')) {
      if (++depth > 1) return undefined;
      continue;
    }
    if (closing && --depth) return undefined;
    end = match.index + tag.length;
    items.push(text.slice(start, end));
  }
  if (depth || !items.length) return undefined;
  const head = text.slice(0, first);
  const tail = text.slice(end);
  return sliced(
    items,
    (item) => item.length,
    (run) => head + run.join('') + tail,
  );
}

/**
 * A JSON feed's slices, parsed: its `items` in runs, every other field in each; undefined for other JSON. They
 * are read as they are, not written back to text for the adapters to parse again.
 */
function jsonSlices(text: string): Slices<object> | undefined {
  const feed: unknown = JSON.parse(text);
  const items = (feed as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  const itemChars = text.length / items.length;
  return sliced(
    items,
    () => itemChars,
    (run) => ({ ...(feed as object), items: run }),
  );
}

/** One page from the pages of a feed's slices: the first one's links and counts, every slice's items once. */
function joined(pages: readonly ArticlePage[]): ArticlePage {
  const seen = new Set<string>();
  const items = pages.flatMap((page) => page.items);
  return { ...pages[0], items: items.filter((item) => !seen.has(item.id) && !!seen.add(item.id)) };
}

/**
 * Reads one page of articles like `parseArticles`, at once for a small document and in slices, yielding to
 * the page between them, for a big one. A transform sees the whole document, so it is never sliced; neither is
 * a document the slicer does not understand (it is read at once, as before).
 *
 * `shown` gets the page as far as the first slice, so that a list can show its first page while the rest is
 * read: a reader waits for the articles on screen, not for ten thousand behind them. Its `total` is the count
 * of items in the document (where it has no next page), which the whole page's confirms unless some item was
 * unreadable or repeated.
 */
export function parseArticlesInSlices(
  document: FeedDocument,
  options: ArticleOptions = {},
  shown?: (first: ArticlePage) => void,
): ArticlePage | Promise<ArticlePage> {
  if (document.text.length <= SLICE_CHARS || options.transform) {
    return parseArticles(document, options);
  }
  return (async () => {
    await yieldToPage();
    const text = document.text.replace(/^\uFEFF/, '').trim();
    let found: Slices<string | object> | undefined;
    try {
      found = text.startsWith('<') ? xmlSlices(text) : jsonSlices(text);
    } catch {
      // Not JSON after all, or broken: the adapters say so in their own words.
    }
    if (!found || found.slices.length < 2) return parseArticles(document, options);
    const pages: ArticlePage[] = [];
    for (const slice of found.slices) {
      pages.push(
        typeof slice === 'string'
          ? parseArticles({ ...document, text: slice }, options)
          : readArticles(slice, document, options),
      );
      const [first] = pages;
      if (pages.length === 1) shown?.({ ...first, total: first.next ? undefined : found.count });
      await yieldToPage();
    }
    return joined(pages);
  })();
}
