// The last good document of each feed, kept in the browser so that a returning reader sees it at first paint
// while the widget asks the network whether it is still current (stale-while-revalidate across page loads).
//
// localStorage, not Cache Storage: the first render needs the copy synchronously, before the element's first
// frame, and Cache Storage answers only in a later task (and is missing on plain-http origins). localStorage is
// small (about 5 MB per origin, shared with the host site) and may throw on any call (quota, storage blocked,
// some private modes), so the copies stay under a fifth of it and every call is guarded: without storage the
// widgets work as before. With copies turned off, localStorage is not even looked at.
//
// A copy is untrusted input like the network's: it goes through the same readers, and a record that does not
// have the expected shape is deleted, never thrown.
import { settings } from './fetch.js';
import { relayed } from './relay.js';
import type { FeedDocument } from './types.js';

/** Seconds a copy may be old and still be shown, unless an element's `max-age` says otherwise: one day. */
export const MAX_AGE = 86400;

const PREFIX = 'news-widgets:';
const INDEX = PREFIX + 'index';
/** In UTF-16 code units, as browsers count their quota: at most 1 Mi in all, and half of that for one feed. */
const TOTAL = 1 << 20;
/** A copy no element may show any more (no `max-age` reaches past a week) is deleted. */
const EXPIRY = 7e3 * MAX_AGE;

/** url → [when the network last confirmed its copy (ms), the copy's length, when it was last shown (ms)]. */
type Index = Record<string, [at: number, size: number, used: number]>;
/** A copy as stored: the relay it came through (or the feed itself), Content-Type, status, headers, text. */
type Copy = [
  via: string,
  type: string,
  status: number,
  headers: Record<string, string>,
  text: string,
];

/**
 * Runs `work` on localStorage and the index of copies, then writes the index back. Does nothing when the page
 * turned copies off (`configureFeeds({ storage: false })`, or `<meta name="news-widgets:storage"
 * content="off">`), and nothing more once storage throws (blocked, quota): the widget goes on without it.
 */
function withIndex<T>(work: (local: Storage, index: Index, now: number) => T): T | undefined {
  try {
    if (!(
      settings.storage ??
      document.querySelector<HTMLMetaElement>('meta[name="news-widgets:storage"]')?.content !==
        'off'
    ))
      return;
    const local = localStorage;
    let index = JSON.parse(local.getItem(INDEX) ?? '{}') as Index;
    // Anything but a plain object is a damaged index: started again.
    if (index?.constructor !== Object) index = {};
    const result = work(local, index, Date.now());
    local.setItem(INDEX, JSON.stringify(index));
    return result;
  } catch {
    return undefined;
  }
}

function drop(local: Storage, index: Index, url: string): void {
  delete index[url];
  local.removeItem(PREFIX + url);
}

/**
 * The copy of the feed at `url` (absolute), with when the network last confirmed it; undefined when there is
 * none, it is past its expiry, it came through another relay (whose validators it carries) or it is damaged
 * (then it is deleted).
 */
export const readStored = (url: string) =>
  withIndex((local, index, now): { document: FeedDocument; at: number } | undefined => {
    const line = index[url];
    const stored = local.getItem(PREFIX + url);
    if (!line && !stored) return;
    try {
      // null (an index line without its copy) fails to destructure, and is dropped with the rest.
      const [via, contentType, status, headers, text] = JSON.parse(String(stored)) as Copy;
      if (
        now - line[0] < EXPIRY &&
        via === relayed(url, settings.relay) &&
        typeof contentType == 'string' &&
        typeof status == 'number' &&
        typeof text == 'string'
      ) {
        line[2] = now;
        // Headers throws on a name or value that is not one, as JSON.parse does on damaged text.
        const document: FeedDocument = {
          url,
          status,
          contentType,
          headers: new Headers(headers),
          text,
        };
        return { document, at: line[0] };
      }
    } catch {
      // Damaged: deleted below.
    }
    drop(local, index, url);
    return undefined;
  });

/**
 * Keeps `document` as the last good copy of its feed, confirmed now. Evicts the least recently shown copies
 * past the cap, and those past their expiry; a feed larger than half the cap is not kept (its older copy goes).
 */
export const keepStored = ({ url, contentType, status, headers, text }: FeedDocument) =>
  withIndex((local, index, now) => {
    drop(local, index, url);
    if (text.length > TOTAL / 2) return;
    const copy: Copy = [
      relayed(url, settings.relay),
      contentType,
      status,
      Object.fromEntries(headers),
      text,
    ];
    const value = JSON.stringify(copy);
    let total = value.length;
    for (const [old, line] of Object.entries(index).sort((a, b) => b[1][2] - a[1][2])) {
      total += line[1] | 0;
      // NaN (a damaged line) is past expiry too.
      if (total > TOTAL || !(now - line[0] < EXPIRY)) drop(local, index, old);
    }
    if (value.length > TOTAL / 2) return;
    try {
      local.setItem(PREFIX + url, value);
      index[url] = [now, value.length, now];
    } catch {
      // Over the browser's quota: the page works without this copy.
      local.removeItem(PREFIX + url);
    }
  });

/** Deletes the copy of the feed at `url`, e.g. one the readers could not read. */
export const forgetStored = (url: string) => withIndex((local, index) => drop(local, index, url));

/** Deletes every stored copy (clearFeedCache()). */
export const clearStored = () =>
  withIndex((local, index) => {
    // Every key of ours, also a copy whose index line was lost (storage full when it was written).
    for (let i = local.length; i--;) {
      const key = local.key(i);
      if (key?.startsWith(PREFIX)) local.removeItem(key);
    }
    for (const url in index) delete index[url];
  });
