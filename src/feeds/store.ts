// The last good document of each feed, kept in the browser so that a returning reader sees it at first paint
// while the widget asks the network whether it is still current (stale-while-revalidate across page loads).
//
// localStorage, not Cache Storage: the first render needs the copy synchronously, before the element's first
// frame, and Cache Storage answers only in a later task (and is missing on plain-http origins). localStorage is
// small (about 5 MB per origin, shared with the host site) and may throw on any call (quota, storage blocked,
// some private modes), so the copies stay well under a fifth of it and every call is guarded: without storage
// the widgets work as before.
//
// A copy is untrusted input like the network's: it goes through the same readers, and a record that does not
// have the expected shape is deleted, never thrown.
import { settings } from './fetch.js';
import { relayed } from './relay.js';
import type { FeedDocument } from './types.js';

/** The `<meta>` a page turns stored copies off with: `<meta name="news-widgets:storage" content="off">`. */
export const STORAGE_META = 'news-widgets:storage';

/** Seconds a copy may be old and still be shown, unless an element's `max-age` says otherwise: one day. */
export const MAX_AGE = 86400;

const PREFIX = 'news-widgets:';
/** url → [when the network last confirmed it (ms), its length, when it was last used (ms)]. */
const INDEX = PREFIX + 'index';
/** In UTF-16 code units, as the browsers count their quota: at most 1 Mi in all and 512 Ki for one feed. */
const TOTAL = 1 << 20;
const EACH = TOTAL / 2;
/** A copy no element may show any more (no `max-age` reaches past a week) is deleted. */
const EXPIRY = 7 * MAX_AGE * 1000;
/** The headers kept with the text: the validators, and the ones the readers use (WordPress's totals). */
const KEPT = ['etag', 'last-modified', 'x-wp-total', 'x-wp-totalpages'];

type Index = Record<string, [at: number, size: number, used: number]>;

interface Copy {
  via: string;
  type: string;
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** A copy read back, and when the network last confirmed it. */
export interface StoredDocument {
  document: FeedDocument;
  at: number;
}

/** Documents known to be in storage as they are: confirming one again rewrites only its time. */
const kept = new WeakSet<FeedDocument>();

/** localStorage when the page allows stored copies and the browser gives access; else undefined. */
function openStorage(): Storage | undefined {
  const allowed =
    settings.storage ??
    document.querySelector<HTMLMetaElement>(`meta[name="${STORAGE_META}"]`)?.content !== 'off';
  try {
    return allowed ? localStorage : undefined;
  } catch {
    return undefined; // Blocked storage throws on the mere access.
  }
}

function readIndex(local: Storage): Index {
  try {
    const index = JSON.parse(local.getItem(INDEX) ?? '{}') as unknown;
    if (index && typeof index == 'object' && !Array.isArray(index)) return index as Index;
  } catch {
    // Not JSON: started again below.
  }
  return {};
}

function drop(local: Storage, index: Index, url: string): void {
  delete index[url];
  local.removeItem(PREFIX + url);
}

/** Writes the index; false when storage refused it. */
function save(local: Storage, index: Index): boolean {
  try {
    local.setItem(INDEX, JSON.stringify(index));
    return true;
  } catch {
    return false;
  }
}

const isCopy = (value: Partial<Copy> | null): value is Copy =>
  typeof value?.text == 'string' &&
  typeof value.type == 'string' &&
  typeof value.status == 'number';

/** The copy of the feed at `url` (absolute), unless there is none, it is past its expiry or it is damaged. */
export function readStored(url: string): StoredDocument | undefined {
  const local = openStorage();
  if (!local) return undefined;
  try {
    const index = readIndex(local);
    const line = index[url];
    const record = JSON.parse(local.getItem(PREFIX + url) ?? 'null') as Partial<Copy> | null;
    if (
      !Array.isArray(line) ||
      Date.now() - line[0] >= EXPIRY ||
      !isCopy(record) ||
      // A copy fetched through another relay, or directly, carries that one's validators.
      record.via !== relayed(url, settings.relay)
    ) {
      if (line || record) {
        drop(local, index, url);
        save(local, index);
      }
      return undefined;
    }
    line[2] = Date.now();
    save(local, index);
    const document: FeedDocument = {
      url,
      status: record.status,
      contentType: record.type,
      // Headers throws on a name or value that is not one: a damaged record, dropped below.
      headers: new Headers(record.headers),
      text: record.text,
    };
    kept.add(document);
    return { document, at: line[0] };
  } catch {
    forgetStored(url);
    return undefined;
  }
}

/**
 * Keeps `document` as the last good copy of its feed, or, when it is the copy already kept (a 304, or the
 * same bytes), notes that the network confirmed it now. Evicts the least recently used copies past the cap;
 * a feed larger than a copy may be is not kept (and its older copy goes).
 */
export function keepStored(document: FeedDocument): void {
  const local = openStorage();
  if (!local) return;
  const { url } = document;
  const index = readIndex(local);
  try {
    const now = Date.now();
    if (kept.has(document) && index[url]) {
      index[url][0] = index[url][2] = now;
      save(local, index);
      return;
    }
    drop(local, index, url);
    // Not even serialized when it cannot fit (a 10 MB feed).
    if (document.text.length > EACH) return void save(local, index);
    const record: Copy = {
      via: relayed(url, settings.relay),
      type: document.contentType,
      status: document.status,
      headers: Object.fromEntries(
        KEPT.flatMap((name) => {
          const value = document.headers.get(name);
          return value === null ? [] : [[name, value]];
        }),
      ),
      text: document.text,
    };
    const value = JSON.stringify(record);
    const size = value.length + url.length;
    if (size > EACH) return void save(local, index);
    // Least recently used first; copies past their expiry go whatever the room.
    const lines = Object.entries(index).sort((a, b) => a[1][2] - b[1][2]);
    let total = size + lines.reduce((sum, [, line]) => sum + (line[1] || 0), 0);
    for (const [old, line] of lines) {
      if (total <= TOTAL && now - line[0] < EXPIRY) continue;
      total -= line[1] || 0;
      drop(local, index, old);
    }
    local.setItem(PREFIX + url, value);
    index[url] = [now, size, now];
    kept.add(document);
    // An index that cannot be written would leave a copy nobody finds: take the copy back out.
    if (!save(local, index)) local.removeItem(PREFIX + url);
  } catch {
    // Quota or storage gone: the page works without this copy, and the other copies stay as they were.
    save(local, index);
  }
}

/** Deletes the copy of the feed at `url`, e.g. one the readers could not read. */
export function forgetStored(url: string): void {
  const local = openStorage();
  if (!local) return;
  try {
    const index = readIndex(local);
    drop(local, index, url);
    save(local, index);
  } catch {
    // Nothing more to do without storage.
  }
}

/** Deletes every stored copy (clearFeedCache()). */
export function clearStored(): void {
  const local = openStorage();
  if (!local) return;
  try {
    for (let i = local.length; i--;) {
      const key = local.key(i);
      if (key?.startsWith(PREFIX)) local.removeItem(key);
    }
  } catch {
    // Nothing more to do without storage.
  }
}
