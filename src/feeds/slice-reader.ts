// Big feeds read in turns, so that the page hosting a widget never waits long for its main thread (slices.ts
// decides when, and loads this only then). An XML feed is cut into ordinary documents of a few dozen items
// each (the feed's own head and tail around them), each read by the usual parser and adapters; a JSON feed's
// items are found by a scan of its text and parsed a run at a time, with the rest of the document (its head
// and tail around an empty list) parsed once: a single JSON.parse of 10 MB holds the main thread for 50 ms
// and more, and the first page needs a few dozen items of it. Work goes in turns of about TURN_MS, and the
// page gets its main thread back between them.
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

/** The Prioritized Task Scheduling API, where the browser has it (not Safari 18, not in TypeScript's DOM). */
const { scheduler } = globalThis as {
  scheduler?: { postTask(task: () => void, options: { priority: 'background' }): unknown };
};

/**
 * Gives the main thread back to the page: a click or a frame waiting for it goes first. A plain task, not
 * `scheduler.yield()`, whose continuation would jump ahead of the page's own timers; and a message, not a
 * timer, since a chain of timers is held back 4 ms a turn (HTML's nesting clamp), which would leave the main
 * thread idle for a third of the reading. In the `background` once the first page shows: behind the page's
 * own tasks and frames (a page turn is painted before the next run is read), where the browser can.
 */
function yieldToPage(background?: boolean): Promise<void> {
  return new Promise((resolve) => {
    if (background && scheduler)
      return void scheduler.postTask(resolve, { priority: 'background' });
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Awaited between steps of reading: yields to the page once the current turn has lasted TURN_MS, or `now`
 * (the first page was just shown: it is painted before more is read).
 */
type Pause = (now?: boolean) => Promise<void> | undefined;

function turns(background: () => boolean): Pause {
  let start = performance.now();
  return (now) =>
    !now && performance.now() - start < TURN_MS
      ? undefined
      : yieldToPage(background()).then(() => {
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

/** JSON text's value, or undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
  // A slice has fewer references than the document: the limit is the whole document's (it throws).
  readers.checkEntityExpansion(text, document.url);
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
    await pause(!first);
    first = i + 1;
    chars = 0;
  }
  return joined(pages);
}

/**
 * A JSON feed's items (JSON Feed's `items`, or a top-level array) read in runs of about `sliceChars`, each run
 * cut from the text and parsed on its own: the first page shows once its run is read, where one JSON.parse
 * of the whole would first hold the main thread for all of it (50 ms and more for 10 MB). A run ends where an
 * item may end and the next begin, `},{"`, which no string holds (its quotes are escaped), and it is a run of
 * whole items exactly when it parses; the last one ends at the text's last `]`. Runs are read in the document
 * as far as it is known (its keys before the list), in the format of the first; the document around the list
 * is parsed at the end, and must hold the list and be read as that format. Undefined when it must be read at
 * once: no such list, no place to cut found in a few tries, parts that are not JSON.
 */
async function readJsonInSlices(reading: Reading): Promise<ArticlePage | undefined> {
  const { readers, text, document, options, sliceChars, pause, shown } = reading;
  // The list's `[`: the text's own, or else the first `items` key's (which the end checks).
  const key = /"items"\s*:\s*\[/.exec(text);
  const open = text.startsWith('[') ? 0 : key ? key.index + key[0].length - 1 : -1;
  if (open < 0) return undefined;
  const head = text.slice(0, open + 1);
  /** A page of `items` read in `around`, the document around the list. */
  const read = (items: unknown[], around: unknown, format = options.format) =>
    readers.readArticles(
      Array.isArray(around) ? items : { ...(around as object), items },
      document,
      {
        ...options,
        format,
      },
    );
  const before: unknown = JSON.parse(head + (open ? ']}' : ']'));
  const cuts = /}[ \t\n\r]*,[ \t\n\r]*{[ \t\n\r]*"/g;
  const pages: ArticlePage[] = [];
  let first: unknown[] = [];
  let close = 0;
  for (let from = open + 1, to = 0; !close; from = text.indexOf('{', to)) {
    let items: unknown;
    cuts.lastIndex = from + sliceChars;
    for (let tries = 4, cut; !items && tries-- && (cut = cuts.exec(text));) {
      items = parsed(`[${text.slice(from, (to = cut.index + 1))}]`);
    }
    items ??= parsed(`[${text.slice(from, (to = close = text.lastIndexOf(']')))}]`);
    if (!Array.isArray(items)) return undefined;
    const page = read(items, before, pages[0]?.format);
    pages.push(page);
    if (pages.length < 2) {
      first = items;
      // With it, how many items the list holds: exactly, or about, by the times the text from this run's
      // last item to the next one's first key (`},{"id"` with its spaces) comes again (an item may hold it).
      const between = text.slice(to - 1, text.indexOf('"', cuts.lastIndex) + 1);
      let count = items.length;
      if (!close && between) for (let at = to - 1; (at = text.indexOf(between, at) + 1);) count++;
      shown(page, count);
    }
    await pause(pages.length < 2);
  }
  // The document around the list: as the list is the text's last `]`, its `items` is the list (no later
  // `items` replaces it) when it is a list.
  const whole: unknown = JSON.parse(head + text.slice(close));
  const links = read(first, whole);
  return Array.isArray((whole as { items?: unknown }).items ?? whole) &&
    links.format === pages[0].format
    ? joined([{ ...links, items: [] }, ...pages])
    : undefined;
}

/**
 * Reads a big document's articles in slices, yielding to the page between turns: the same page as
 * `parseArticles` gives, or the same error. A document the slicer cannot cut safely, or whose slices it
 * cannot read, is read at once.
 */
export async function readInSlices(
  readers: Readers,
  document: FeedDocument,
  options: ArticleOptions,
  shown?: (first: ArticlePage) => void,
  sliceChars = SLICE_CHARS,
): Promise<ArticlePage> {
  await yieldToPage();
  let showing = false;
  const text = readers.startOfFeed(document.text);
  const read = text.startsWith('<') ? readXmlInSlices : readJsonInSlices;
  // What cannot be read in slices, or not so safely, is read at once, which gives its page or its error.
  const page = await read({
    readers,
    text,
    document,
    options,
    sliceChars,
    pause: turns(() => showing),
    shown: (first, count) => {
      showing = true;
      shown?.({ ...first, total: first.next ? undefined : count });
    },
  }).catch(() => undefined);
  return page ?? readers.parseArticles(document, options);
}
