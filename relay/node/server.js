// The relay on Node's own http server. A small adapter of our own rather than a framework's: the package
// keeps no runtime dependency beyond Lit for `npx news-widgets-relay`, and the adapter needs little, since
// the relay answers only GET, HEAD and OPTIONS (no request body) and always with a whole body in memory.
// It writes the handler's Answer (status, headers, bytes) straight to the socket: turning it into a web
// Response first made Node stream the bytes back out, which cost more than the rest of a cache hit.
import http from 'node:http';
import { createRelay } from '../handler.js';
import { memoryStore } from '../memory-store.js';
import { guardedFetch } from './guarded-fetch.js';
import { rateLimit } from './rate-limit.js';

/**
 * @typedef {import('../handler.js').RelayOptions & {
 *   port?: number, host?: string, perMinute?: number, trustProxy?: boolean, cacheBytes?: number
 * }} NodeRelayOptions
 * `perMinute`: requests per client per minute, 0 for no limit (default 120); `cacheBytes`: the LRU's cap
 * (default 64 MB); `trustProxy`: take the client's address from the last X-Forwarded-For entry.
 */

/** A request header as `Headers.get` gives it: repeated ones joined, absent ones null. */
function headerOf(req, name) {
  const value = req.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** The reader's address: the socket's, or the one the proxy in front of us saw. */
function clientOf(req, trustProxy) {
  const forwarded = trustProxy && req.headers['x-forwarded-for'];
  if (typeof forwarded === 'string') return forwarded.split(',').at(-1)?.trim() ?? '';
  return req.socket.remoteAddress ?? '';
}

/**
 * Starts the relay. Resolves to `{ url, close, server }` once it listens.
 * @param {NodeRelayOptions} options
 */
export async function startRelay(options) {
  const { port = 8787, host = '127.0.0.1', perMinute = 120, trustProxy = false } = options;
  const handler = createRelay({
    fetch: guardedFetch({ allowPrivate: options.allowPrivate }),
    store: memoryStore({
      maxBytes: options.cacheBytes ?? 64 * 1024 * 1024,
      sizeOf: (record) => record.copy?.body.byteLength ?? 0,
    }),
    admit: perMinute > 0 ? rateLimit({ perMinute, now: options.now }) : undefined,
    ...options,
  });

  const server = http.createServer(async (req, res) => {
    try {
      // Not a web Request (whose construction cost a tenth of a cache hit): the handler reads only these.
      // Only the path and query of the URL matter; the Host header is the reader's to set, not trusted.
      const request = {
        method: req.method ?? 'GET',
        // A proxy-style absolute URL (`GET http://host/?url=…`) keeps its own path and query.
        url: req.url?.startsWith('/')
          ? `http://relay${req.url}`
          : new URL(req.url ?? '/', 'http://relay').href,
        headers: { get: (name) => headerOf(req, name) },
      };
      const answer = await handler.answer(request, { client: clientOf(req, trustProxy) });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('The relay failed');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
