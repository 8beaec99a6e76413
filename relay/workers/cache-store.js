// The relay's records in the Workers Cache API: the body as the cached response's body, the rest in a header.
// The Cache API keeps a response only as long as its Cache-Control allows, so a record is stored for the TTL
// plus the stale-if-error window: the old copy must outlive its freshness to be served when upstream fails.
// (The Cache API does nothing on *.workers.dev addresses: give the Worker a route on your own domain.)

const META = 'x-relay-record';

/** A cache key per feed URL, on a host of ours so it can never collide with a real page in the zone's cache. */
const keyFor = (url) => `https://news-widgets-relay.invalid/?url=${encodeURIComponent(url)}`;

/**
 * @param {Cache} cache usually `caches.default`
 * @param {{ keepSeconds?: number }} [options] how long records may live in the cache (default 2 days)
 * @returns {import('../handler.js').Store}
 */
export function cacheStore(cache, { keepSeconds = 2 * 86400 } = {}) {
  return {
    async get(url) {
      const cached = await cache.match(keyFor(url));
      if (!cached) return undefined;
      const meta = JSON.parse(cached.headers.get(META) ?? '{}');
      if (!meta.copy) return { failure: meta.failure };
      return { ...meta, copy: { ...meta.copy, body: new Uint8Array(await cached.arrayBuffer()) } };
    },
    async put(url, record) {
      const { copy, failure } = record;
      const meta = JSON.stringify({ failure, copy: copy && { ...copy, body: undefined } });
      await cache.put(
        keyFor(url),
        new Response(copy?.body ?? null, {
          headers: { [META]: meta, 'cache-control': `public, max-age=${keepSeconds}` },
        }),
      );
    },
  };
}
