// What the Storybook checks share (storybook-smoke.js, storybook-visual.js): the static build served by a
// plain file server, as a designer's host would serve it, and a wait for a story's requests to settle.
/* global document -- renderedOrFailed runs in the story's page */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
// Generous: CI machines are shared, and a cold page loads Storybook's whole preview.
export const RENDER_TIMEOUT = 20_000;
// A navigation only has to deliver the document: the story's render is awaited by renderedOrFailed, under
// RENDER_TIMEOUT. Waiting for `load` as well (every module of the preview) took over 30 s on a machine
// under a load of 25, so that wait failed stories that then rendered fine.
export const NAVIGATION = { waitUntil: 'domcontentloaded', timeout: 3 * RENDER_TIMEOUT };
// Requests still open this long after render count as settled (a stalled feed never finishes).
const QUIET_MS = 300;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
};

/** The build's index.json entries of a type (`story` or `docs`), or exits saying how to build it. */
export async function storyEntries(type = 'story') {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8').catch(() => 'null'));
  if (!index) {
    console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
    process.exit(1);
  }
  return Object.values(index.entries).filter((entry) => entry.type === type);
}

async function serveStatic(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  let file = resolve(join(root, path));
  if (!file.startsWith(resolve(root) + sep) && file !== resolve(root)) return notFound(res);
  if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
  if (!(await stat(file).catch(() => undefined))?.isFile()) return notFound(res);
  // The build's assets are content-hashed; caching them lets every page after the first load from memory.
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/assets/') ? 'max-age=3600, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

/** A plain file server over storybook-static/ on a free port: no switches, no rewriting. */
export function startServer() {
  const server = createServer(async (req, res) => {
    try {
      // Chromium asks every page for one; the build has favicon.svg, so say "nothing" rather than 404.
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      await serveStatic(req, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Waits until every request is answered except those meant never to finish, for QUIET_MS. */
export function trackRequests(page) {
  const open = new Set();
  const stalls = (request) => new URL(request.url()).searchParams.get('stall') === '1';
  page.on('request', (request) => !stalls(request) && open.add(request));
  const close = (request) => open.delete(request);
  page.on('requestfinished', close).on('requestfailed', close);
  return async () => {
    const deadline = Date.now() + RENDER_TIMEOUT;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (open.size) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  };
}

/**
 * A window in a browser context of its own, and how to close both. Mock Service Worker's worker unregisters
 * itself when the last page it controls closes; two pages in one context share that worker, and in CI one
 * page closing while the other was still navigating left that navigation without its DOMContentLoaded for
 * 60 s. A context per page gives each page its own worker, storage and cache, as two readers would have.
 * A window, not a background tab: a tab that is not in front is `document.hidden`, and the feed client
 * rightly stops polling there.
 */
export async function openWindow(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage({ type: 'window' });
  return { page, close: () => context.close() };
}

/** In the page: Storybook's body class says whether the story rendered or threw. */
export function renderedOrFailed() {
  const { classList } = document.body;
  if (classList.contains('sb-show-errordisplay')) return 'error';
  return classList.contains('sb-show-main') && document.querySelector('#storybook-root')
    ? 'ok'
    : '';
}
