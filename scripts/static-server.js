// Serves a built site from one folder on a free local port, `/` as `/index.html`, with the feed server's
// content types (so the examples' feeds are served as a feed host would). Resolves to `{ origin, close }`.
import { createServer } from 'node:http';
import { serveFeed } from './feed-server.js';

export function serveFolder(root) {
  const server = createServer(async (req, res) => {
    if (req.url === '/' || req.url.startsWith('/?')) req.url = `/index.html${req.url.slice(1)}`;
    if (!(await serveFeed(req, res, root).catch(() => false))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        // Browsers keep connections alive; without closing them, close() would wait for them forever.
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      }),
    );
  });
}
