// Big feeds read in turns, so that the page hosting a widget never waits long for its main thread (slices.ts
// decides when, and loads this only then). An XML feed is cut into ordinary documents of a few dozen items
// each (the feed's own head and tail around them), each read by the usual parser and adapters; a JSON feed is
// parsed once (a few milliseconds for 2 MB) and its items read in runs by the adapter the whole document calls
// for. Work goes in turns of about TURN_MS, and the page gets its main thread back between them.
// It imports no code, only types: what it uses is handed to it by slices.ts (`Readers`).
import type { ArticleOptions } from './articles.js';
import type { Readers } from './slices.js';
import type { ArticlePage, FeedDocument } from './types.js';

/** About how long a slice is: a few milliseconds of reading here, some 20 on a slow phone. */
export const SLICE_CHARS = 32 * 1024;

/**
 * How long reading may keep the main thread before the page gets a turn, in ms: well inside the 50 ms of a
 * long task even when one slice takes a few times longer on a slow phone.
 */
const TURN_MS = 10;

/**
 * Gives the main thread back to the page: a click or a frame waiting for it goes first. A plain task, not
 * `scheduler.yield()`, whose continuation would jump ahead of the page's own timers; and a message, not a
 * timer, since a chain of timers is held back 4 ms a turn (HTML's nesting clamp), which would leave the main
 * thread idle for a third of the reading.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Awaited between steps of reading: yields to the page once the current turn has lasted TURN_MS. */
type Pause = () => Promise<void> | undefined;

function turns(): Pause {
  let start = performance.now();
  return () =>
    performance.now() - start < TURN_MS
      ? undefined
      : yieldToPage().then(() => {
          start = performance.now();
        });
}

/**
 * The start of an item or entry tag (any namespace prefix, `/` for an end tag), or of a CDATA section or
 * comment, whose text may hold anything (`<item>` in a CDATA description is no item) and is skipped whole.
 * `[^<>]` keeps a match inside one tag, so a document of unclosed `<item` is still scanned once.
 */
const MARKS = /<(?:!\[CDATA\[|!--|(\/?)(?:[\w.-]+:)?(?:item|entry)(?=[\s/>])[^<>]*>)/g;

/** Where an item is in the text: [start, end). */
type Span = [number, number];

/**
 * The spans of an XML feed's items or entries, in order, yielding after each so that the scan can be spread
 * over turns; undefined when slicing could read the feed differently from reading it at once: an item inside
 * an item, an end tag without a start, a CDATA section or comment that never ends, or anything but
 * whitespace between two items (a channel element there would be read by one slice only). Linear in the
 * length of `text`.
 */
export function* itemSpans(text: string): Generator<void, Span[] | undefined> {
  const marks = new RegExp(MARKS); // its own lastIndex: two widgets may read two feeds in turns
  const spans: Span[] = [];
  let start = -1;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const [tag, closing] = match;
    if (closing === undefined) {
      const end = text.indexOf(tag === '<!--' ? '-->' : ']]>', marks.lastIndex);
      if (end < 0) return undefined;
      marks.lastIndex = end + 3;
      continue;
    }
    if (!closing) {
      const previous = spans.at(-1);
      if (start >= 0 || (previous && /\S/.test(text.slice(previous[1], match.index)))) {
        return undefined;
      }
      start = match.index;
      if (!tag.endsWith('/>')) continue;
    } else if (start < 0) {
      return undefined;
    }
    spans.push([start, marks.lastIndex]);
    start = -1;
    yield;
  }
  return start < 0 && spans.length ? spans : undefined;
}

/** Runs `steps` to its end, pausing between them; resolves to what it returns. */
async function inTurns<T>(steps: Generator<void, T>, pause: Pause): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** A big document being read: its text from where the feed starts, and how. */
interface Reading {
  readers: Readers;
  /** Called with the first slice's page and the document's item count (see parseArticlesInSlices). */
  shown: (first: ArticlePage, count: number) => void;
  text: string;
  document: FeedDocument;
  options: ArticleOptions;
  sliceChars: number;
  pause: Pause;
}

/** One page from the pages of a feed's slices: the first one's links and counts, every slice's items once. */
function joined(pages: readonly ArticlePage[]): ArticlePage {
  const seen = new Set<string>();
  const items = pages.flatMap((page) => page.items);
  return { ...pages[0], items: items.filter((item) => !seen.has(item.id) && !!seen.add(item.id)) };
}

/**
 * An XML feed read a slice at a time: runs of items of about `sliceChars` (never less than the head and tail
 * they are wrapped in, so a feed with a huge head is not read once per item), each run between the feed's own
 * head and tail. Undefined when it must be read at once.
 */
async function readXmlInSlices(reading: Reading): Promise<ArticlePage | undefined> {
  const { readers, text, document, options, sliceChars, pause, shown } = reading;
  try {
    // A slice has fewer references than the document: the limit is the whole document's.
    readers.checkEntityExpansion(text, document.url);
  } catch {
    return undefined;
  }
  const spans = await inTurns(itemSpans(text), pause);
  if (!spans) return undefined;
  const head = text.slice(0, spans[0][0]);
  const tail = text.slice(spans[spans.length - 1][1]);
  const runChars = Math.max(sliceChars, head.length + tail.length);
  const pages: ArticlePage[] = [];
  let first = 0;
  let chars = 0;
  for (let i = 0; i < spans.length; i++) {
    chars += spans[i][1] - spans[i][0];
    if (chars < runChars && i < spans.length - 1) continue;
    const slice = head + text.slice(spans[first][0], spans[i][1]) + tail;
    pages.push(readers.parseArticles({ ...document, text: slice }, options));
    if (!first) shown(pages[0], spans.length);
    first = i + 1;
    chars = 0;
    await pause();
  }
  return joined(pages);
}

/**
 * A JSON feed's items (JSON Feed's `items`, or a top-level array) read in runs of about `sliceChars` by the
 * adapter the whole document calls for. Undefined when it must be read at once.
 */
async function readJsonInSlices(reading: Reading): Promise<ArticlePage | undefined> {
  const { readers, text, document, options, sliceChars, pause, shown } = reading;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined; // not JSON after all: the adapters say so in their own words
  }
  const adapter = readers.adapterFor(raw, document, options.format ?? 'auto');
  const items = Array.isArray(raw) ? raw : readers.field(raw, 'items');
  if (!adapter || !Array.isArray(items) || !items.length) return undefined;
  await pause();
  const perRun = Math.max(1, Math.floor((items.length * sliceChars) / text.length));
  const pages: ArticlePage[] = [];
  for (let at = 0; at < items.length; at += perRun) {
    const run = items.slice(at, at + perRun);
    const part = Array.isArray(raw) ? run : { ...(raw as object), items: run };
    const page = readers.readWith(adapter, part, document, { visited: options.visited });
    if (!page) return undefined;
    pages.push(page);
    if (!at) shown(page, items.length);
    await pause();
  }
  return joined(pages);
}

/**
 * Reads a big document's articles in slices, yielding to the page between turns: the same page as
 * `parseArticles` gives, or the same error. A document the slicer cannot cut safely is read at once.
 */
export async function readInSlices(
  readers: Readers,
  document: FeedDocument,
  options: ArticleOptions,
  shown?: (first: ArticlePage) => void,
  sliceChars = SLICE_CHARS,
): Promise<ArticlePage> {
  await yieldToPage();
  const text = readers.startOfFeed(document.text);
  const read = text.startsWith('<') ? readXmlInSlices : readJsonInSlices;
  const page = await read({
    readers,
    text,
    document,
    options,
    sliceChars,
    pause: turns(),
    shown: (first, count) => shown?.({ ...first, total: first.next ? undefined : count }),
  });
  return page ?? readers.parseArticles(document, options);
}
