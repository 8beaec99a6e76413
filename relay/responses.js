// How the relay answers: CORS for the page that asks, cache headers browsers and CDNs share, and headers that keep
// an upstream document inert on the relay's own origin.

/** Headers a page's script may read from a relayed answer. */
const EXPOSED =
  'ETag, Last-Modified, Link, X-WP-Total, X-WP-TotalPages, Retry-After, X-Relay-Cache';

// The relay serves other sites' bytes from its own origin: whatever they are, they must never run there.
const INERT = {
  'content-security-policy': "default-src 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
  'referrer-policy': 'no-referrer',
};

/**
 * CORS headers for a request from `origin` (null when the request has no Origin header), or undefined when
 * that origin is not one the relay serves.
 * @param {string | null} origin
 * @param {'*' | string[]} origins
 * @returns {Record<string, string> | undefined}
 */
export function corsHeaders(origin, origins) {
  const shared = { 'access-control-expose-headers': EXPOSED };
  if (origins === '*') return { 'access-control-allow-origin': '*', ...shared };
  // The answer depends on the Origin header, so caches must keep one copy per origin.
  if (origin === null) return { vary: 'Origin', ...shared };
  if (!origins.includes(origin)) return undefined;
  return { 'access-control-allow-origin': origin, vary: 'Origin', ...shared };
}

/**
 * What the relay answers, before it becomes a web Response: the Node adapter writes it to the socket as it is
 * (undici streams even a byte-array Response body, which cost more than everything else a cache hit does).
 * @typedef {{ status: number, headers: Record<string, string>, body: Uint8Array<ArrayBuffer> | null }} Answer
 */

/**
 * All the relay reads of a request: a web Request is one; the Node adapter passes a lighter object of its own.
 * @typedef {{ method: string, url: string, headers: { get(name: string): string | null } }} RelayRequest
 */

/** @param {Answer} answer */
export const toResponse = ({ status, headers, body }) => new Response(body, { status, headers });

/**
 * The preflight answer: the headers the feed client sends on a conditional request are the only ones needed.
 * @param {Record<string, string>} cors
 * @returns {Answer}
 */
export function preflight(cors) {
  return {
    status: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'Accept, If-None-Match, If-Modified-Since',
      'access-control-max-age': '86400',
    },
    body: null,
  };
}

/**
 * A JSON answer: an error `{ error, message }`, or the health probe's.
 * @param {number} status
 * @param {object} value
 * @param {Record<string, string>} headers
 * @param {boolean} withBody false for HEAD
 * @returns {Answer}
 */
export function jsonAnswer(status, value, headers, withBody) {
  const body = new TextEncoder().encode(JSON.stringify(value));
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(body.byteLength),
      ...INERT,
      ...headers,
    },
    body: withBody ? body : null,
  };
}

/**
 * A relayed document: the upstream bytes untouched, with its kept headers plus ours. 304 when the reader's
 * validators still match.
 * @param {{ headers: Record<string, string>, body: Uint8Array<ArrayBuffer>, status: number }} copy
 * @param {RelayRequest} request
 * @param {Record<string, string>} headers
 * @returns {Answer}
 */
export function documentAnswer(copy, request, headers) {
  const all = { ...copy.headers, ...INERT, ...headers };
  if (notModified(request, copy.headers)) {
    delete all['content-type'];
    return { status: 304, headers: all, body: null };
  }
  all['content-length'] = String(copy.body.byteLength);
  return { status: copy.status, headers: all, body: request.method === 'HEAD' ? null : copy.body };
}
/** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
function notModified(request, headers) {
  const tags = request.headers.get('if-none-match');
  if (tags !== null) {
    const weak = (tag) => tag.trim().replace(/^W\//, '');
    const etag = headers.etag && weak(headers.etag);
    return tags.trim() === '*' || (!!etag && tags.split(',').some((tag) => weak(tag) === etag));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  const modified = Date.parse(headers['last-modified'] ?? '');
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}
