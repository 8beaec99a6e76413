// One HTTP request for a feed, with the limits a page must keep: a timeout, a size cap, conditional requests.
import { decode, utf8Reader } from './decode.js';
import { FeedError, feedError } from './errors.js';
import { relayed, relayReason } from './relay.js';
import type { FeedDocument } from './types.js';
import { pageUrl } from './url.js';

export interface FeedSettings {
  /** Milliseconds a request (headers and body) may take. */
  timeout: number;
  /** Extra attempts after a network error or a 5xx / 429 answer. */
  retries: number;
  /** Milliseconds before the first retry; each next one waits twice as long (± jitter). */
  backoff: number;
  /** Largest body read, in bytes; a larger feed is refused ('too-large'). */
  maxBytes: number;
  /**
   * Address of a news-widgets relay (docs/relay.md) that feeds on other origins are read through; '' for
   * none, when a page's `<meta name="news-widgets:relay" content="…">` is used if it has one.
   */
  relay: string;
  /**
   * Whether the last good copy of each feed is kept in the browser (localStorage) and shown at once on the
   * next visit while it is revalidated (store.ts); unset, the page's `<meta name="news-widgets:storage">`
   * decides (`content="off"` turns it off), and without one it is on.
   */
  storage?: boolean;
}

export const settings: FeedSettings = {
  timeout: 10_000,
  retries: 2,
  backoff: 1_000,
  maxBytes: 10 * 1024 * 1024,
  relay: '',
};

const ACCEPT =
  'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,text/xml,*/*;q=0.5';

const limit = ({ maxBytes } = settings) =>
  maxBytes >= 1048576
    ? `${+(maxBytes / 1048576).toFixed(1)} MB`
    : `${Math.ceil(maxBytes / 1024)} KB`;

/** The 'too-large' FeedError: for a body past the limit, or a document its XML entities would take past it. */
export const tooLarge = (url: string) =>
  feedError('too-large', url, `is larger than the ${limit()} limit news-widgets reads`);

/** A body's bytes, and its text if it is UTF-8 (decoded as it arrived), or null. */
interface Body {
  bytes: Uint8Array;
  utf8: string | null;
}

async function readBody(response: Response, url: string): Promise<Body> {
  if (Number(response.headers.get('content-length')) > settings.maxBytes) {
    void response.body?.cancel();
    throw tooLarge(url);
  }
  const utf8 = utf8Reader();
  // Streamed, so a feed far past the cap stops being downloaded as soon as it passes it. An answer without a
  // body (204) reads as empty.
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > settings.maxBytes) {
      void reader.cancel();
      throw tooLarge(url);
    }
    chunks.push(value);
    utf8(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, utf8: utf8() };
}

/**
 * Requests `url` once. With a `previous` document the request is conditional (If-None-Match /
 * If-Modified-Since) and a 304 answer resolves to that same document object. `cancel` aborts it silently.
 */
export async function fetchFeed(
  url: string,
  cancel: AbortSignal,
  previous?: FeedDocument,
): Promise<FeedDocument> {
  // Not retried: no attempt can reach an address that is not one.
  if (!pageUrl(url)) throw feedError('address', url, 'is not a valid web address');
  // One signal for both ends of a request: the caller's cancel and the time limit, which covers the body too.
  const signal = AbortSignal.any([cancel, AbortSignal.timeout(settings.timeout)]);
  const headers: Record<string, string> = { accept: ACCEPT };
  const etag = previous?.headers.get('etag');
  const modified = previous?.headers.get('last-modified');
  if (etag) headers['if-none-match'] = etag;
  if (modified) headers['if-modified-since'] = modified;
  try {
    // The document keeps the feed's own URL, so its relative links resolve against the feed, not the relay.
    const via = relayed(url, settings.relay);
    const response = await fetch(via, { signal, headers });
    if (response.status === 304 && previous) return previous;
    if (!response.ok) {
      const reason = via === url ? undefined : await relayReason(response);
      if (!response.bodyUsed) void response.body?.cancel();
      const { status, statusText } = response;
      const retryAfter = response.headers.get('retry-after') ?? undefined;
      const said =
        `answered ${status} ${statusText}`.trim() + (reason ? ` (relay: ${reason})` : '');
      throw feedError('http', url, said, status, retryAfter);
    }
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    const body = await readBody(response, url);
    const text = decode(body.bytes, contentType, body.utf8);
    // The same bytes again (a server without validators) give the same document, so nothing re-parses.
    if (previous?.text === text) return previous;
    return { url, status: response.status, contentType, headers: response.headers, text };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted && !cancel.aborted) {
      throw feedError('timeout', url, `did not answer within ${settings.timeout / 1000} seconds`);
    }
    throw feedError(
      'network',
      url,
      cancel.aborted
        ? 'was dropped: no element needs it any more'
        : 'could not be reached (offline, blocked by CORS, or the server is down)',
    );
  }
}
