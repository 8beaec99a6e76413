import { FeedError } from './errors.js';
import type { FeedDocument } from './types.js';

/** What a watcher of a feed sees: the last good document (if any), and the last error (if any). */
export interface FeedSnapshot {
  document?: FeedDocument;
  error?: FeedError;
  /** True while a request is out. */
  loading: boolean;
  /** True when `document` is older than a refresh that failed. */
  stale: boolean;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

export interface WatchOptions {
  /** Seconds between re-fetches; 0 or absent means never. */
  refresh?: number;
}

interface Entry {
  url: string;
  snapshot: FeedSnapshot;
  inflight?: Promise<FeedDocument>;
  listeners: Map<FeedListener, WatchOptions>;
  timer?: ReturnType<typeof setTimeout>;
}

const TIMEOUT_MS = 10_000;

// One cache per page, keyed by absolute URL, so any number of elements on one feed make one request.
const entries = new Map<string, Entry>();

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

function entryFor(url: string): Entry {
  let entry = entries.get(url);
  if (!entry) {
    entry = { url, snapshot: { loading: false, stale: false }, listeners: new Map() };
    entries.set(url, entry);
  }
  return entry;
}

function publish(entry: Entry, change: Partial<FeedSnapshot>): void {
  entry.snapshot = { ...entry.snapshot, ...change };
  for (const listener of entry.listeners.keys()) listener(entry.snapshot);
}

async function request(url: string): Promise<FeedDocument> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      headers: {
        accept:
          'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      },
    });
  } catch {
    clearTimeout(timeout);
    if (controller.signal.aborted) {
      throw new FeedError(
        'timeout',
        `The feed at ${url} did not answer within ${TIMEOUT_MS / 1000} seconds.`,
        url,
      );
    }
    throw new FeedError(
      'network',
      `The feed at ${url} could not be reached (offline, or blocked by CORS).`,
      url,
    );
  }
  try {
    if (!response.ok) {
      throw new FeedError(
        'http',
        `The feed at ${url} answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
        url,
        response.status,
      );
    }
    const text = await response.text();
    return {
      url: response.url || url,
      status: response.status,
      contentType: (response.headers.get('content-type') ?? '').toLowerCase(),
      headers: response.headers,
      text,
    };
  } finally {
    clearTimeout(timeout);
  }
}

function fetchEntry(entry: Entry): Promise<FeedDocument> {
  if (entry.inflight) return entry.inflight;
  publish(entry, { loading: true });
  entry.inflight = request(entry.url)
    .then((document) => {
      publish(entry, { document, error: undefined, loading: false, stale: false });
      return document;
    })
    .catch((error: FeedError) => {
      publish(entry, { error, loading: false, stale: !!entry.snapshot.document });
      throw error;
    })
    .finally(() => {
      entry.inflight = undefined;
      schedule(entry);
    });
  return entry.inflight;
}

function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  const intervals = [...entry.listeners.values()].map((o) => o.refresh ?? 0).filter((s) => s > 0);
  if (intervals.length === 0) return;
  entry.timer = setTimeout(
    () => void fetchEntry(entry).catch(() => {}),
    Math.min(...intervals) * 1000,
  );
}

/**
 * Follows the feed at `url`: the listener gets the current snapshot at once (if any) and every change after.
 * Returns the function that stops following; when the last follower stops, polling stops.
 */
export function watchFeed(
  url: string,
  listener: FeedListener,
  options: WatchOptions = {},
): () => void {
  const entry = entryFor(absolute(url));
  entry.listeners.set(listener, options);
  if (entry.snapshot.document || entry.snapshot.error) listener(entry.snapshot);
  if (!entry.snapshot.document && !entry.inflight) void fetchEntry(entry).catch(() => {});
  else schedule(entry);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) clearTimeout(entry.timer);
    else schedule(entry);
  };
}

/** Fetches `url` now, even if cached (a Retry button, a forced refresh). Shares a request already out. */
export function refreshFeed(url: string): Promise<FeedDocument> {
  return fetchEntry(entryFor(absolute(url)));
}
