// The relay as a Cloudflare Worker (module syntax). Settings come from the Worker's variables (wrangler.toml
// [vars] or the dashboard); the cache is the data centre's Cache API, so every reader served by one location
// shares one copy of each feed.
import { createRelay } from '../handler.js';
import { cacheStore } from './cache-store.js';

/**
 * @typedef {{ ALLOW?: string, ORIGINS?: string, TTL?: string, STALE_WHILE_REVALIDATE?: string, STALE_IF_ERROR?: string, ERROR_TTL?: string,
 *   TIMEOUT?: string, MAX_MB?: string, ALLOW_PRIVATE?: string }} RelayEnv
 */

const number = (value, fallback) =>
  value !== undefined && value !== '' ? Number(value) : fallback;

/**
 * @param {RelayEnv} env
 * @param {string} origin the Worker's own origin, where its cache keys live
 */
function relayFor(env, origin) {
  const ttl = number(env.TTL, 300);
  const staleWhileRevalidate = number(env.STALE_WHILE_REVALIDATE, ttl);
  const staleIfError = number(env.STALE_IF_ERROR, 86400);
  const keepSeconds = ttl + Math.max(staleWhileRevalidate, staleIfError);
  const origins = (env.ORIGINS ?? '*')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return createRelay({
    allow: env.ALLOW ?? '',
    origins: !origins.length || origins.includes('*') ? '*' : origins,
    ttl,
    staleWhileRevalidate,
    staleIfError,
    errorTtl: number(env.ERROR_TTL, 10),
    timeout: number(env.TIMEOUT, 10) * 1000,
    maxBytes: number(env.MAX_MB, 10) * 1024 * 1024,
    allowPrivate: env.ALLOW_PRIVATE === 'true',
    store: cacheStore(/** @type {any} */ (caches).default, { origin, keepSeconds }),
    log: (line) => console.log(JSON.stringify(line)),
  });
}

/** One relay per set of variables: built on the first request, since a module worker sees env only then. */
const relays = new WeakMap();

export default {
  /**
   * @param {Request} request
   * @param {RelayEnv} env
   * @param {{ waitUntil(promise: Promise<unknown>): void }} ctx
   */
  async fetch(request, env, ctx) {
    let relay = relays.get(env);
    if (!relay) {
      try {
        relay = relayFor(env, new URL(request.url).origin);
      } catch (error) {
        // A missing or mistyped ALLOW: say so on every request rather than relay anything.
        return Response.json({ error: 'misconfigured', message: String(error) }, { status: 500 });
      }
      relays.set(env, relay);
    }
    return relay.fetch(request, env, {
      waitUntil: (promise) => ctx.waitUntil(promise),
      client: request.headers.get('cf-connecting-ip') ?? undefined,
    });
  },
};
