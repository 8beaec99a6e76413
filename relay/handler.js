// The relay, written once against web standards (Request, Response, URL, fetch): reads feeds from an allow-list
// of hosts on behalf of pages that cannot (no CORS headers upstream), and caches them so the feed's origin sees
// about one request per TTL however many readers ask. The Node CLI (node/) and the Workers entry (workers/)
// only wire it to their runtime.
import { isIpLiteral, isRefusedAddress } from './address.js';
import { isAllowed, parseAllowList } from './allow.js';
import { RelayError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { corsHeaders, documentAnswer, jsonAnswer, preflight, toResponse } from './responses.js';
import { fetchUpstream } from './upstream.js';

/** The package's version (a test holds them together): the relay has no build step to stamp it in. */
export const VERSION = '0.1.0';

/**
 * @typedef {import('./upstream.js').Validators} Validators
 * @typedef {{ fetchedAt: number, status: number, headers: Record<string, string>, body: Uint8Array<ArrayBuffer>, validators: Validators }} Copy
 *   The last good document: `headers` are the ones served, `validators` the upstream's own.
 * @typedef {{ status: number, kind: string, message: string, at: number }} Failure
 * @typedef {{ copy?: Copy, failure?: Failure }} CacheRecord
 * @typedef {{ get(key: string): Promise<CacheRecord | undefined>, put(key: string, record: CacheRecord): Promise<void> }} Store
 * @typedef {'hit' | 'miss' | 'revalidated' | 'updating' | 'stale' | 'error'} CacheOutcome
 * @typedef {{ time: string, method: string, path: string, url?: string, status: number, cache?: CacheOutcome,
 *   shared?: boolean, upstreamMs?: number, bytes: number, client?: string, origin?: string }} LogLine
 *   `bytes`: the body sent.
 *   `shared`: this request waited for another one's trip upstream.
 * @typedef {{ waitUntil?: (promise: Promise<unknown>) => void, client?: string }} RelayContext
 * @typedef {import('./responses.js').Answer} Answer
 * @typedef {import('./responses.js').RelayRequest} RelayRequest
 *
 * @typedef {object} RelayOptions
 * @property {string | string[]} allow hosts the relay may fetch from (see allow.js); required
 * @property {'*' | string[]} [origins] page origins answered with CORS; default '*'
 * @property {number} [ttl] seconds a document is fresh; default 300
 * @property {number} [staleWhileRevalidate] seconds past the TTL an old copy is served while a new one is fetched; default the TTL
 * @property {number} [staleIfError] seconds past the TTL an old copy is served when upstream fails; default 86400
 * @property {number} [errorTtl] seconds an upstream failure is remembered; default 10
 * @property {number} [timeout] milliseconds for an upstream trip; default 10000
 * @property {number} [maxBytes] largest upstream body; default 10 MB
 * @property {number} [maxRedirects] default 3
 * @property {boolean} [allowPrivate] lets IP literals in private and reserved ranges through (local testing only)
 * @property {(url: string, init: RequestInit) => Promise<Response>} [fetch] the upstream fetch; default the global one
 * @property {Store} [store] default an in-memory LRU of 64 MB
 * @property {(client: string) => number} [admit] seconds a client must wait (rate limit), 0 when it may go on
 * @property {(line: LogLine) => void} [log] one call per request
 * @property {() => number} [now] the clock, ms since 1970 (tests move it)
 */

const DEFAULTS = {
  origins: /** @type {'*' | string[]} */ ('*'),
  ttl: 300,
  staleIfError: 86400,
  errorTtl: 10,
  timeout: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 3,
  allowPrivate: false,
};

/** A strong validator for a body whose server gave none, so readers' re-checks can still be 304s. */
async function contentTag(body) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const hex = [...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `"nw-${hex}"`;
}

/**
 * @param {RelayOptions} options
 */
export function createRelay(options) {
  const config = { ...DEFAULTS, ...options };
  const allowList = parseAllowList(config.allow ?? []);
  if (!allowList.length) {
    throw new Error('The relay needs an allow-list: the hosts it may fetch feeds from.');
  }
  const swr = config.staleWhileRevalidate ?? config.ttl;
  const now = config.now ?? Date.now;
  const upstreamFetch = config.fetch ?? ((url, init) => fetch(url, init));
  /** @type {Store} */
  const store =
    config.store ??
    memoryStore({
      maxBytes: 64 * 1024 * 1024,
      sizeOf: (record) => record.copy?.body.byteLength ?? 0,
    });
  /** Upstream trips under way, by URL: simultaneous misses share one. */
  /** @type {Map<string, Promise<{ record: CacheRecord, outcome: CacheOutcome, upstreamMs: number }>>} */
  const inflight = new Map();
  const policy = `public, max-age=${config.ttl}, stale-while-revalidate=${swr}, stale-if-error=${config.staleIfError}`;

  /** Throws a RelayError for a URL the relay must not fetch. */
  function check(url, redirectedFrom) {
    const via = redirectedFrom ? `${redirectedFrom} redirected to ${url.href}, but ` : '';
    // A bad address from the reader is their request's fault (400); from a redirect, the upstream's (502).
    const unusable = (why) =>
      redirectedFrom
        ? new RelayError(502, 'upstream', `${via}${why}`)
        : new RelayError(400, 'bad-request', `${url.href}: ${why}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw unusable('only http and https addresses are relayed');
    }
    if (url.username || url.password) {
      throw unusable('addresses with a user name or password are not relayed');
    }
    if (!isAllowed(url, allowList)) {
      throw new RelayError(403, 'forbidden', `${via}${url.host} is not on the relay's allow-list`);
    }
    if (!config.allowPrivate && isIpLiteral(url.hostname) && isRefusedAddress(url.hostname)) {
      throw new RelayError(
        403,
        'forbidden',
        `${via}${url.hostname} is a private or reserved address`,
      );
    }
  }

  /** The feed URL a request asks for, checked. */
  function target(params, note) {
    const raw = params.get('url');
    note.url = raw ?? undefined;
    if (!raw) {
      throw new RelayError(
        400,
        'bad-request',
        'Ask for a feed as /?url=<the feed address, percent-encoded>',
      );
    }
    if ([...params.keys()].some((name) => name !== 'url')) {
      // `/?url=https://x/feed?a=1&b=2` loses `b`: say so rather than fetch the wrong feed.
      throw new RelayError(
        400,
        'bad-request',
        'The feed address must be percent-encoded (encodeURIComponent) so its own query stays inside url=',
      );
    }
    if (!URL.canParse(raw))
      throw new RelayError(400, 'bad-request', `"${raw}" is not an absolute address`);
    const url = new URL(raw);
    url.hash = '';
    check(url);
    return url;
  }

  function refresh(url, record) {
    const key = url.href;
    const running = inflight.get(key);
    if (running) return { trip: running, shared: true };
    const trip = (async () => {
      // A trip for this URL may have ended between this reader's look at the store and now (each reader
      // awaits the store before it gets here): its copy is then the one to answer with, not a reason to ask the
      // upstream again. At thousands of readers a second, 17 of 50 feeds were fetched once too often.
      const latest = await store.get(key);
      const newer = (latest?.copy?.fetchedAt ?? -Infinity) > (record?.copy?.fetchedAt ?? -Infinity);
      if (latest && newer && decide(latest)?.cache === 'hit') {
        return { record: latest, outcome: /** @type {CacheOutcome} */ ('hit'), upstreamMs: 0 };
      }
      const started = Date.now();
      /** @type {CacheRecord} */
      let next;
      /** @type {CacheOutcome} */
      let outcome;
      try {
        const validators = record?.copy?.validators ?? {};
        const answer = await fetchUpstream(url, validators, {
          fetch: upstreamFetch,
          check: (next) => check(next, url.href),
          timeout: config.timeout,
          maxBytes: config.maxBytes,
          maxRedirects: config.maxRedirects,
          userAgent: `news-widgets-relay/${VERSION}`,
        });
        if (answer.notModified) {
          // Only a request carrying the copy's validators can be answered 304, so there is a copy.
          next = { copy: { .../** @type {Copy} */ (record?.copy), fetchedAt: now() } };
          outcome = 'revalidated';
        } else {
          const { headers, body, status } = answer;
          const validators = { etag: headers.etag, lastModified: headers['last-modified'] };
          const served = { ...headers, etag: headers.etag ?? (await contentTag(body)) };
          next = { copy: { fetchedAt: now(), status, headers: served, body, validators } };
          outcome = 'miss';
        }
      } catch (error) {
        const failure =
          error instanceof RelayError
            ? error
            : new RelayError(502, 'upstream', `${url.href} failed: ${error}`);
        const { status, kind, message } = failure;
        next = { copy: record?.copy, failure: { status, kind, message, at: now() } };
        outcome = 'error';
      }
      // A cache that cannot store (a full or failing Cache API) costs the next reader a trip, not this answer.
      await store.put(key, next).catch((error) => console.error('relay: cache put failed', error));
      return { record: next, outcome, upstreamMs: Date.now() - started };
    })().finally(() => inflight.delete(key));
    inflight.set(key, trip);
    return { trip, shared: false };
  }

  /**
   * What a record can answer now: its copy (with how it was got), its remembered failure, or nothing
   * (a trip upstream is needed first).
   * @param {CacheRecord | undefined} record
   */
  function decide(record) {
    const t = now();
    const age = record?.copy ? t - record.copy.fetchedAt : Infinity;
    const fresh = age < config.ttl * 1000;
    if (fresh) return { copy: record?.copy, cache: /** @type {CacheOutcome} */ ('hit') };
    const failure = record?.failure;
    if (failure && t - failure.at < config.errorTtl * 1000) {
      if (age < (config.ttl + config.staleIfError) * 1000) {
        return { copy: record?.copy, cache: /** @type {CacheOutcome} */ ('stale') };
      }
      return { failure, cache: /** @type {CacheOutcome} */ ('error') };
    }
    if (age < (config.ttl + swr) * 1000)
      return { copy: record?.copy, cache: /** @type {CacheOutcome} */ ('updating') };
    return undefined;
  }

  /**
   * @param {RelayRequest} request @param {URLSearchParams} params @param {RelayContext} ctx
   * @param {Partial<LogLine>} note @param {Record<string, string>} cors
   * @returns {Promise<Answer>}
   */
  async function relay(request, params, ctx, note, cors) {
    const url = target(params, note);
    note.url = url.href;
    const key = url.href;
    const record = await store.get(key);
    let decided = decide(record);
    if (decided?.cache === 'updating') {
      // Answered at once from the old copy; the new one is fetched behind it.
      const { trip } = refresh(url, record);
      ctx.waitUntil?.(trip);
    }
    if (!decided) {
      const { trip, shared } = refresh(url, record);
      const result = await trip;
      note.shared = shared;
      if (!shared) note.upstreamMs = result.upstreamMs;
      decided = decide(result.record);
      if (decided?.cache === 'hit') decided.cache = result.outcome;
      // A record that cannot answer after a trip (a zero TTL): answer what the trip brought.
      decided ??= result.record.failure
        ? { failure: result.record.failure, cache: 'error' }
        : { copy: result.record.copy, cache: result.outcome };
    }
    note.cache = decided.cache;
    if (decided.failure) {
      throw new RelayError(
        decided.failure.status,
        /** @type {any} */ (decided.failure.kind),
        decided.failure.message,
      );
    }
    const copy = /** @type {Copy} */ (decided.copy);
    const current =
      decided.cache === 'hit' || decided.cache === 'miss' || decided.cache === 'revalidated';
    const headers = {
      ...cors,
      'x-relay-cache': decided.cache,
      // An old copy is labelled and kept only briefly downstream, so the new one reaches readers soon.
      'cache-control': current ? policy : `public, max-age=${config.errorTtl}`,
      ...(current ? { age: String(Math.max(0, Math.floor((now() - copy.fetchedAt) / 1000))) } : {}),
    };
    return documentAnswer(copy, request, headers);
  }

  /**
   * @param {RelayRequest} request @param {URL} address the request's URL, parsed once
   * @param {RelayContext} ctx @param {Partial<LogLine>} note
   * @returns {Promise<Answer>}
   */
  async function respond(request, address, ctx, note) {
    const path = address.pathname;
    const origin = request.headers.get('origin');
    const cors = corsHeaders(origin, config.origins) ?? {};
    const withBody = request.method !== 'HEAD';
    const fail = (error) => {
      const failure =
        error instanceof RelayError ? error : new RelayError(500, 'upstream', 'The relay failed');
      if (!(error instanceof RelayError)) console.error(error);
      /** @type {Record<string, string>} */
      const extra = error.retryAfter ? { 'retry-after': String(error.retryAfter) } : {};
      if (failure.status === 405) extra.allow = 'GET, HEAD, OPTIONS';
      const caching = failure.status === 429 ? 'no-store' : `public, max-age=${config.errorTtl}`;
      const { kind, message } = failure;
      const headers = { ...cors, ...extra, 'cache-control': caching };
      return jsonAnswer(failure.status, { error: kind, message }, headers, withBody);
    };
    try {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        throw new RelayError(405, 'method', `${request.method} is not answered here: use GET`);
      }
      if (path.endsWith('/health')) {
        const health = { ok: true, version: VERSION };
        return jsonAnswer(200, health, { 'cache-control': 'no-store' }, withBody);
      }
      if (!path.endsWith('/')) {
        throw new RelayError(404, 'not-found', `Nothing at ${path}: ask /?url=<feed address>`);
      }
      if (origin !== null && !corsHeaders(origin, config.origins)) {
        throw new RelayError(403, 'forbidden', `Pages on ${origin} may not use this relay`);
      }
      if (request.method === 'OPTIONS') return preflight(cors);
      const wait = config.admit?.(ctx.client ?? '') ?? 0;
      if (wait > 0) {
        const limited = new RelayError(
          429,
          'rate-limited',
          `Too many requests: try again in ${wait} s`,
        );
        throw Object.assign(limited, { retryAfter: wait });
      }
      return await relay(request, address.searchParams, ctx, note, cors);
    } catch (error) {
      return fail(error);
    }
  }

  /**
   * Answers `request` and writes its log line. The Node adapter takes the Answer as it is; everything else
   * goes through fetch(), which makes it a Response.
   * @param {RelayRequest} request @param {RelayContext} [ctx]
   * @returns {Promise<Answer>}
   */
  async function answer(request, ctx = {}) {
    /** @type {Partial<LogLine>} */
    const note = {};
    const address = new URL(request.url);
    const result = await respond(request, address, ctx, note);
    config.log?.({
      time: new Date().toISOString(),
      method: request.method,
      path: address.pathname,
      ...note,
      status: result.status,
      bytes: result.body?.byteLength ?? 0,
      client: ctx.client,
      origin: request.headers.get('origin') ?? undefined,
    });
    return result;
  }

  return {
    answer,
    /** @param {Request} request @param {unknown} [_env] @param {RelayContext} [ctx] */
    fetch: async (request, _env, ctx) => toResponse(await answer(request, ctx)),
  };
}
