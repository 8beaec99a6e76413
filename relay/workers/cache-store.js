// The relay's records in the Workers Cache API: the body as the cached response's body, the rest in a header.
// The Cache API keeps a response only as long as its Cache-Control allows, so a record is kept for the TTL
// plus the longer of the stale windows: the old copy must outlive its freshness to be served when the
// upstream fails. (The Cache API does nothing on *.workers.dev addresses: give the Worker its own domain.)

const META = 'x-relay-record';

/**
 * @param {Cache} cache usually `caches.default`
 * @param {{ origin: string, keepSeconds: number }} options `origin`: the Worker's own (cache keys live
 *   under it, on a path no reader's request uses); `keepSeconds`: how long records may live in the cache
 * @returns {import('../handler.js').Store}
 */
export function cacheStore(cache, { origin, keepSeconds }) {
  const keyFor = (url) => `${origin}/__news-widgets-relay-cache?url=${encodeURIComponent(url)}`;
  return {
    async get(url) {
      const cached = await cache.match(keyFor(url));
      if (!cached) return undefined;
      const meta = JSON.parse(decodeURIComponent(cached.headers.get(META) ?? '%7B%7D'));
      if (!meta.copy) return { failure: meta.failure };
      return { ...meta, copy: { ...meta.copy, body: new Uint8Array(await cached.arrayBuffer()) } };
    },
    async put(url, record) {
      const { copy, failure } = record;
      // Percent-encoded: a header value must be Latin-1, and a message or a Link header may not be.
      const meta = encodeURIComponent(
        JSON.stringify({ failure, copy: copy && { ...copy, body: undefined } }),
      );
      await cache.put(
        keyFor(url),
        new Response(copy?.body ?? null, {
          headers: { [META]: meta, 'cache-control': `public, max-age=${keepSeconds}` },
        }),
      );
    },
  };
}
