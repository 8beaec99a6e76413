// The relay on Node's own http server. A small adapter of our own rather than a framework's: the package
// keeps no runtime dependency beyond Lit for `npx news-widgets-relay`, and the adapter needs little, since
// the relay answers only GET, HEAD and OPTIONS (no request body) and always with a whole body in memory.
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
      // Only the path and query matter; the Host header is the reader's to set and is not trusted.
      const request = new Request(new URL(req.url ?? '/', 'http://relay'), {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([name, value]) =>
          typeof value === 'string' ? [/** @type {[string, string]} */ ([name, value])] : [],
        ),
      });
      const response = await handler.fetch(request, undefined, {
        client: clientOf(req, trustProxy),
      });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
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
