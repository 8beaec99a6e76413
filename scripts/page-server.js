// A page as a webmaster hosts it: HTML from one folder, the built bundles under /dist/, the feeds under the
// paths of feed-paths.js. Used by `npm start` (demo/) and by the page checks (demo/ and test/pages/).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { repositoryPath } from './feed-paths.js';
import { serveFeed } from './feed-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The embed builder's own paths (demo/configurator/, scripts/build-site.js), or undefined. */
function builderPath(path, pagesPrefix) {
  if (path.startsWith('/docs/')) return path;
  // Its default snippet loads the bundle from /news-widgets/<version>/, as build:site lays out.
  if (path.startsWith('/news-widgets/')) return path.replace(/^\/news-widgets\/[^/]+/, '/dist');
  // It keeps its state in the query, which must not reach the feed server's fault switches.
  if (path.startsWith('/configurator/'))
    return `${pagesPrefix}${path.split('?')[0].replace(/\/$/, '/index.html')}`;
}

/**
 * Starts a server for the pages in `pagesDir` on `port` (0 picks a free one). `headersFor(path)` may add
 * response headers to a page, e.g. a Content-Security-Policy. Resolves to the listening server.
 */
export function startPageServer({ pagesDir, port = 0, headersFor = () => ({}) }) {
  const pagesPrefix = `/${relative(root, pagesDir)}`;
  const server = createServer(async (req, res) => {
    try {
      const path = req.url === '/' || req.url.startsWith('/?') ? '/index.html' : req.url;
      for (const [name, value] of Object.entries(headersFor(path.split('?')[0])))
        res.setHeader(name, value);
      req.url = path.startsWith('/dist/')
        ? path
        : (repositoryPath(path) ?? builderPath(path, pagesPrefix) ?? `${pagesPrefix}${path}`);
      if (!(await serveFeed(req, res, root))) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      }
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
