// The one way data reaches elements: a page-wide cache of feeds keyed by absolute URL, so any number of elements
// on one feed make one request, with polling, retries, conditional requests and cancellation.
import { FeedError } from './errors.js';
import { fetchFeed, settings, type FeedSettings } from './fetch.js';
import { forgetChanges } from './rates/history.js';
import { MAX_AGE, clearStored, forgetStored, keepStored, readStored } from './store.js';
import type { FeedDocument } from './types.js';
import { pageUrl } from './url.js';

/**
 * What a watcher of a feed sees: the last good document (if any), and the last error (if any). With both,
 * the document is older than a refresh that failed (stale).
 */
export interface FeedSnapshot {
  document?: FeedDocument;
  error?: FeedError;
  /** True while a request is out. */
  loading: boolean;
  /**
   * Set while `document` is the copy kept from an earlier visit (store.ts) and the network has not confirmed
   * or replaced it yet: when the network last confirmed it (ms since 1970).
   */
  storedAt?: number;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

export interface WatchOptions {
  /** Seconds between re-fetches; 0 or absent means never. */
  refresh?: number;
  /**
   * Seconds a copy kept from an earlier visit may be old and still be shown at once (default: a day); 0 shows
   * none and keeps none for this watcher.
   */
  maxAge?: number;
}

interface Entry {
  url: string;
  snapshot: FeedSnapshot;
  listeners: Map<FeedListener, WatchOptions>;
  inflight?: Promise<FeedDocument>;
  /** Aborts the request out and any retry it is waiting for. */
  cancel?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /**
   * When the last request started, whether it finished or was cancelled, or when it succeeded if it did: the
   * time since the feed was last asked for or heard from.
   */
  askedAt: number;
}

/** Feeds nobody watches any more that are kept for a quick return (an element moved, a page flipped back). */
const IDLE_ENTRIES = 8;

const entries = new Map<string, Entry>();

/** Changes the client's limits (timeout, retries, backoff, size cap); returns the previous ones. For tests too. */
export function configureFeeds(change: Partial<FeedSettings>): FeedSettings {
  const previous = { ...settings };
  Object.assign(settings, change);
  return previous;
}

const jitter = (ms: number) => ms * (0.8 + Math.random() * 0.4);

/** Waits `ms`: true when the time has passed, false at once when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms, true);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

/** How long to wait before attempt `attempt + 1`, or undefined when the error is not worth retrying. */
function retryDelay(error: FeedError, attempt: number): number | undefined {
  if (attempt >= settings.retries) return undefined;
  const status = error.status ?? 0;
  if (error.kind === 'network' || status >= 500 || status === 429) {
    const after = error.retryAfter;
    if (after && (status === 429 || status === 503)) {
      const seconds = /^\d+$/.test(after) ? Number(after) : (Date.parse(after) - Date.now()) / 1000;
      // A server asking for more than a minute is left alone until the next poll.
      return seconds <= 60 ? Math.max(0, seconds) * 1000 : undefined;
    }
    return jitter(settings.backoff * 2 ** attempt);
  }
  return undefined;
}

async function load(entry: Entry, signal: AbortSignal): Promise<FeedDocument> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchFeed(entry.url, signal, entry.snapshot.document);
    } catch (error) {
      // fetchFeed turns every failure into a FeedError.
      const wait = signal.aborted ? undefined : retryDelay(error as FeedError, attempt);
      if (wait === undefined || !(await sleep(wait, signal))) throw error;
    }
  }
}

/** The snapshot as one watcher may see it: without a stored copy older than its `maxAge`. */
function visible(snapshot: FeedSnapshot, { maxAge = -1 }: WatchOptions): FeedSnapshot {
  // Anything but a number of seconds (NaN from `max-age="soon"`, a negative one) means the default.
  const limit = (maxAge >= 0 ? maxAge : MAX_AGE) * 1000;
  return (snapshot.storedAt ?? Infinity) <= Date.now() - limit
    ? { ...snapshot, document: undefined, storedAt: undefined }
    : snapshot;
}

function publish(entry: Entry, change: Partial<FeedSnapshot>): void {
  entry.snapshot = { ...entry.snapshot, ...change };
  for (const [listener, options] of entry.listeners) listener(visible(entry.snapshot, options));
}

function fetchEntry(entry: Entry): Promise<FeedDocument> {
  if (entry.inflight) return entry.inflight;
  clearTimeout(entry.timer);
  entry.askedAt = Date.now();
  const cancel = (entry.cancel = new AbortController());
  publish(entry, { loading: true });
  // Settles only if still this request's: a released entry may have started a new one since.
  const settle = (change: Partial<FeedSnapshot>) => {
    if (entry.inflight !== request) return;
    entry.inflight = entry.cancel = undefined;
    publish(entry, { ...change, loading: false });
    schedule(entry);
    // A refreshFeed() nobody watches still counts toward the cap on idle entries.
    release(entry);
  };
  const request: Promise<FeedDocument> = load(entry, cancel.signal).then(
    (document) => {
      entry.askedAt = Date.now();
      // Kept for the next visit unless every element on it said no (`max-age="0"`), and only while this is
      // still the entry's request: an answer that lands after clearFeedCache() forgot it is not kept.
      if (entry.inflight === request && [...entry.listeners.values()].some((o) => o.maxAge !== 0))
        keepStored(document);
      settle({ document, error: undefined, storedAt: undefined });
      return document;
    },
    (error: FeedError) => {
      settle({ error });
      throw error;
    },
  );
  entry.inflight = request;
  return request;
}

function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  const intervals = [...entry.listeners.values()].map((o) => o.refresh ?? 0).filter((s) => s > 0);
  if (!intervals.length || entry.inflight) return;
  // Jitter keeps a newsroom's thousand open tabs from polling in the same second.
  const delay = jitter(Math.min(...intervals) * 1000);
  entry.timer = setTimeout(poll, delay, entry);
}

function poll(entry: Entry): void {
  // A hidden tab does not poll: the poll waits for the tab to be shown, if anybody still watches the feed then.
  if (!document.hidden) void fetchEntry(entry).catch(() => {});
  else
    document.addEventListener('visibilitychange', () => entry.listeners.size && poll(entry), {
      once: true,
    });
}

/** Stops everything an entry nobody watches was doing, and forgets the oldest such entries past the cap. */
function release(entry: Entry): void {
  // An entry clearFeedCache() already forgot stays forgotten.
  if (entry.listeners.size || entries.get(entry.url) !== entry) return;
  clearTimeout(entry.timer);
  entry.cancel?.abort();
  if (entry.inflight) publish(entry, { loading: false });
  entry.inflight = entry.cancel = undefined;
  entries.delete(entry.url); // Re-inserted last, so the idle ones are in order of release.
  entries.set(entry.url, entry);
  const idle = [...entries.values()].filter((e) => !e.listeners.size);
  for (const old of idle.slice(0, Math.max(0, idle.length - IDLE_ENTRIES))) {
    entries.delete(old.url);
    // As clearFeedCache() does: the rate changes remembered from a forgotten feed would otherwise stay for
    // the page's life, one set per address (a converter whose address carries the date asked for).
    forgetChanges(old.url);
  }
}

function entryFor(url: string): Entry {
  // An address that does not parse keeps its own entry, whose request fails with an 'address' error.
  const absolute = pageUrl(url) ?? url;
  let entry = entries.get(absolute);
  if (!entry) {
    entry = {
      url: absolute,
      snapshot: { loading: false },
      listeners: new Map(),
      askedAt: 0,
    };
    entries.set(absolute, entry);
  }
  return entry;
}

/**
 * Follows the feed at `url`: the listener gets the current snapshot at once (if any) and every change after.
 * Returns the function that stops following; when the last follower stops, polling stops and a request still
 * out is cancelled (a microtask later, so an element moved in the DOM keeps its request).
 */
export function watchFeed(
  url: string,
  listener: FeedListener,
  options: WatchOptions = {},
): () => void {
  const entry = entryFor(url);
  entry.listeners.set(listener, options);
  // Before the page's first request for it, a copy kept from an earlier visit answers at once.
  const stored =
    !entry.askedAt && !entry.snapshot.document && options.maxAge !== 0 && readStored(entry.url);
  if (stored)
    entry.snapshot = { ...entry.snapshot, document: stored.document, storedAt: stored.at };
  const seen = visible(entry.snapshot, options);
  if (seen.document || seen.error) listener(seen);
  // Counted from the last request, even a cancelled one: an element connected and removed again and again
  // (moved, re-rendered by a framework) asks at most once per interval, not once per connect. WebKit sends a
  // request before the removal cancels it far more often than Chromium does.
  const age = Date.now() - entry.askedAt;
  const refresh = (options.refresh ?? 0) * 1000;
  // A stored copy is revalidated at once (a conditional request with its validators) until the network has
  // answered; the listener may also have dropped it as unreadable (dropStored) just now.
  const { document: cached, storedAt } = entry.snapshot;
  const due = !cached || storedAt !== undefined || (refresh > 0 && age >= refresh);
  if (!entry.inflight && due) void fetchEntry(entry).catch(() => {});
  else schedule(entry);
  return () => {
    if (!entry.listeners.delete(listener)) return;
    schedule(entry);
    queueMicrotask(() => release(entry));
  };
}

/**
 * Forgets every feed no element is watching: its document, its pending retries and polls, and the rate changes
 * remembered from it, so the next element on that feed fetches it anew. A single-page app can call it when it
 * changes view; feeds that elements still on the page watch are kept, since those elements show them. Every
 * copy kept for later visits (store.ts) is deleted too, watched or not: a site calls this on logout.
 */
export function clearFeedCache(): void {
  clearStored();
  for (const entry of [...entries.values()]) {
    if (entry.listeners.size) continue;
    clearTimeout(entry.timer);
    entry.cancel?.abort();
    entry.inflight = entry.cancel = undefined;
    entries.delete(entry.url);
    forgetChanges(entry.url);
  }
}

/** Fetches `url` now, even if cached (a Retry button, a forced refresh). Shares a request already out. */
export function refreshFeed(url: string): Promise<FeedDocument> {
  return fetchEntry(entryFor(url));
}

/**
 * Deletes the stored copy of `url` that a watcher could not read (damaged, or tampered with), so that nobody
 * shows it and the request out for it asks for the whole feed.
 */
export function dropStored(url: string): void {
  const entry = entryFor(url);
  if (entry.snapshot.storedAt !== undefined) {
    entry.snapshot = { ...entry.snapshot, document: undefined, storedAt: undefined };
    // A reader that takes a moment (the ticker loads its XML reader first) drops the copy after the request
    // carrying the copy's validators went out, which could then only be answered 304: ask again, for it all.
    if (entry.inflight) {
      entry.cancel?.abort();
      entry.inflight = entry.cancel = undefined;
      void fetchEntry(entry).catch(() => {});
    }
  }
  forgetStored(entry.url);
}
