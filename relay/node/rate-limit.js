// A per-client rate limit for the Node relay: a token bucket per address, `perMinute` requests a minute with a
// burst of the same size. A reader's page needs a handful a minute, so the limit only bites on scripts
// hammering the relay. (Behind a CDN or reverse proxy, give the relay --trust-proxy so it sees readers, not the
// proxy.)

/** Clients remembered at most; the longest idle are forgotten first, so memory stays bounded under a flood. */
const MAX_CLIENTS = 100_000;

/**
 * @param {{ perMinute: number, now?: () => number }} options
 * @returns {(client: string) => number} seconds `client` must wait, 0 when its request may go on
 */
export function rateLimit({ perMinute, now = Date.now }) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  return (client) => {
    const t = now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, at: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
    buckets.delete(client);
    buckets.set(client, bucket);
    const oldest = buckets.keys().next().value;
    if (buckets.size > MAX_CLIENTS && oldest !== undefined) buckets.delete(oldest);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perMs / 1000);
  };
}
