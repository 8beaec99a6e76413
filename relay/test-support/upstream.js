// Real upstream servers for the relay's tests, on loopback: the project's feed server (scripts/feed-server.js,
// with its fault switches) over test/fixtures/, sending no CORS headers, as most feed hosts do. It counts
// requests and remembers what each one carried, so tests can prove what reached the upstream and what did not.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveFeed } from '../../scripts/feed-server.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/**
 * Starts one upstream. `hits(pathAndQuery)` lists the requests seen for it, each `{ headers, bytesSent }`
 * (`bytesSent` filled in when the response closes).
 */
export async function startUpstream() {
  /** @type {Map<string, { headers: import('node:http').IncomingHttpHeaders, bytesSent?: number }[]>} */
  const seen = new Map();
  const server = createServer(async (req, res) => {
    const hit = { headers: req.headers, bytesSent: undefined };
    seen.set(req.url ?? '', [...(seen.get(req.url ?? '') ?? []), hit]);
    const before = req.socket.bytesWritten;
    res.on('close', () => (hit.bytesSent = req.socket.bytesWritten - before));
    if (!(await serveFeed(req, res, fixtures))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port,
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    /** @param {string} pathAndQuery */
    hits: (pathAndQuery) => seen.get(pathAndQuery) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
