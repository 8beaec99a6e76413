// A page as a webmaster hosts it: HTML from one folder, the built bundles under /dist/, the sample feeds
// under /feeds/. Used by `npm start` (demo/) and by the page checks (demo/ and test/pages/).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { serveFeed } from './feed-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

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
      if (path.startsWith('/dist/') || path.startsWith('/docs/')) req.url = path;
      else if (path.startsWith('/feeds/')) req.url = `/demo${path}`;
      // The embed builder's default snippet loads the bundle from /news-widgets/<version>/, as build:site lays out.
      else if (path.startsWith('/news-widgets/'))
        req.url = path.replace(/^\/news-widgets\/[^/]+/, '/dist');
      // The builder keeps its state in the query, which must not reach the feed server's fault switches.
      else if (path.startsWith('/configurator/'))
        req.url = `${pagesPrefix}${path.split('?')[0].replace(/\/$/, '/index.html')}`;
      // The hostile fixtures, for the page checker's hostile-feeds page.
      else if (path.startsWith('/hostile/')) req.url = `/test/fixtures${path}`;
      else req.url = `${pagesPrefix}${path}`;
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
