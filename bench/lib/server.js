// The benchmarks' web server: one origin for the pages, the built bundles, the peers' bundles and the
// feeds, so every contender loads the same bytes the same way. Feeds go through the test feed server
// (scripts/feed-server.js), which gives us its query switches and ETag/304 (`?etag=1`).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveFeed } from '../../scripts/feed-server.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the server on a free port. `dirs` maps a URL prefix to a folder served under it; anything else
 * is a 404. Resolves to `{ origin, close, requests }` where `requests(path)` lists the responses sent for
 * that path, whatever their query, as `{ status, bytes }` with `bytes` what went down the socket (status
 * line, headers and body).
 */
export async function startServer(dirs) {
  const routes = Object.entries({
    '/dist/': `${repo}dist`,
    '/pages/': `${repo}bench/pages`,
    '/feeds/': `${repo}demo/feeds`,
    ...dirs,
  });
  const seen = new Map();
  const server = createServer(async (req, res) => {
    const path = req.url.split('?')[0];
    const sent = { status: 0, bytes: 0 };
    seen.set(path, [...(seen.get(path) ?? []), sent]);
    // Keep-alive reuses the socket, so the response's bytes are the growth of its count over the response.
    const before = req.socket.bytesWritten;
    res.on('finish', () => {
      sent.status = res.statusCode;
      sent.bytes = req.socket.bytesWritten - before;
    });
    try {
      const route = routes.find(([prefix]) => req.url.startsWith(prefix));
      if (route) {
        const [prefix, root] = route;
        req.url = `/${req.url.slice(prefix.length)}`;
        if (await serveFeed(req, res, root)) return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  // Keep-alive sockets from the browser would hold close() open past the run.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests: (path) => seen.get(path) ?? [],
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
