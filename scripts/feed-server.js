// The feed server behind the tests, Storybook and the demo: serves fixture files as a real feed host
// would, and misbehaves on request so the widgets can be tested against real HTTP faults.
//
// Query parameters on any served file:
//   status=N        answer with status N (the file is still the body, as error pages often are)
//   delay=MS        wait before answering
//   stall=1         send the headers and half the body, then never finish
//   type=MIME       override the Content-Type (e.g. an HTML error page labelled application/json)
//   charset=NAME    add `; charset=NAME` to the Content-Type
//   etag=1          send an ETag and answer a matching If-None-Match with 304 (likewise lastmod=1)
//   fail=N          answer the first N requests carrying this exact URL with 503 (with retry-after=S, 429)
//   failfrom=N      answer the Nth request carrying this exact URL, and every later one, with 500
//   failon=N,M…     answer only the Nth, Mth… request carrying this exact URL with 500
//   header.NAME=V   add a response header
//   after=N         apply status= only to requests after the first N carrying this exact URL (a feed that breaks)
//   then=FILE       answer requests after the first with FILE from the same folder (a feed whose values change)
//   loop=1          answer 301 pointing back at the same URL (a redirect loop the browser gives up on)
//   items=N         a JSON file's first list (top-level array, `items`, `rates`) becomes N copies of its first
//                   entry, each `{n}` in its strings replaced by the copy's number (a feed with 10,000 items)
//   big=BYTES       the file's bytes repeated to at least BYTES, streamed in chunks without a Content-Length
//   hold=1          hold the answer until the test releases it (`POST /__requests?url=…`), e.g. to look at
//                   what a widget shows before the network answers
//   down=MS         an outage: from the first request after the first `downafter=N` (default 0), answer 503
//                   for MS milliseconds, then recover (the feed server going down and coming back)
// A WordPress-shaped file requested as `…/wp-posts.json?page=2&per_page=6` is paged like the real REST API,
// with X-WP-Total and X-WP-TotalPages.
//
// The request log: `/__requests?url=…` tells how often and when a URL (path and query) was requested, and
// `DELETE /__requests` forgets it, with every count the parameters above keep (and lets every held answer go).
// The log also gives the validators each request carried (`validators`: `{ etag, modified }`, the values of
// If-None-Match and If-Modified-Since), so a test can see a conditional request. Test pages run side by side in
// two browsers on the same fixture URLs, so each page (web-test-runner's session id, read from the Referer)
// has a log of its own; `&everywhere=1` counts a URL across all of them (for requests that must never happen).
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { repositoryPath } from './feed-paths.js';

const TYPES = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

// Keyed by the asking page's scope, then the path plus query (see `scopeOf`).
const requestCounts = new Map();
// When each URL was requested (ms since 1970), so tests can check a widget's request rate.
const requestTimes = new Map();
// When each URL's `down=` outage began.
const outages = new Map();
// The validators each request for a URL carried.
const requestValidators = new Map();
// The answers `hold=1` keeps waiting: functions that let them go.
const held = new Map();

/** The test page a request came from (web-test-runner's session id), or '' for any other client. */
function scopeOf(req) {
  const referer = req.headers.referer ?? '';
  return /[?&]wtr-session-id=([^&#]+)/.exec(referer)?.[1] ?? '';
}

const keyOf = (scope, url) => `${scope} ${url}`;

/** The request log as JSON: counts and times for one page, or the count across every page. */
function answerLog(req, res, url) {
  const scope = scopeOf(req);
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  // A feed path (`/feeds/…`) counts with the file it serves (`/demo/feeds/…`).
  const asked = repositoryPath(url.searchParams.get('url') ?? '') ?? url.searchParams.get('url');
  if (req.method === 'DELETE') {
    for (const [key, release] of [...held]) if (key.startsWith(keyOf(scope, ''))) release();
    for (const map of [requestCounts, requestTimes, outages, requestValidators])
      for (const key of map.keys()) if (key.startsWith(keyOf(scope, ''))) map.delete(key);
    res.end('{}');
    return;
  }
  if (req.method === 'POST') {
    const release = held.get(keyOf(scope, asked));
    release?.();
    res.end(JSON.stringify({ released: !!release }));
    return;
  }
  if (url.searchParams.get('everywhere') === '1') {
    const counts = [...requestCounts].filter(([key]) => key.endsWith(` ${asked}`));
    res.end(JSON.stringify({ count: counts.reduce((sum, [, count]) => sum + count, 0) }));
    return;
  }
  const key = keyOf(scope, asked);
  res.end(
    JSON.stringify({
      count: requestCounts.get(key) ?? 0,
      times: requestTimes.get(key) ?? [],
      validators: requestValidators.get(key) ?? [],
    }),
  );
}

function pageWordPress(body, params, headers) {
  const posts = JSON.parse(body.toString('utf8'));
  if (!Array.isArray(posts) || (!params.has('page') && !params.has('per_page'))) return body;
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page') ?? 10)));
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const totalPages = Math.ceil(posts.length / perPage);
  headers['x-wp-total'] = String(posts.length);
  headers['x-wp-totalpages'] = String(totalPages);
  if (page > totalPages) {
    // WordPress answers a page past the end with 400 and this error code.
    return { status: 400, body: JSON.stringify({ code: 'rest_post_invalid_page_number' }) };
  }
  return Buffer.from(JSON.stringify(posts.slice((page - 1) * perPage, page * perPage)));
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves `url` from under `root` onto a Node `ServerResponse`. Resolves true when it answered, false when
 * there is no such file (so the caller can fall through to its own handling).
 */
export async function serveFeed(req, res, root) {
  const url = new URL(req.url, 'http://localhost');
  const key = keyOf(scopeOf(req), url.pathname + url.search);
  if (url.pathname === '/__requests') {
    answerLog(req, res, url);
    return true;
  }

  const file = resolve(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(resolve(root) + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;

  const seen = (requestCounts.get(key) ?? 0) + 1;
  requestCounts.set(key, seen);
  requestTimes.set(key, [...(requestTimes.get(key) ?? []), Date.now()].slice(-1000));
  const validators = {
    etag: req.headers['if-none-match'],
    modified: req.headers['if-modified-since'],
  };
  requestValidators.set(key, [...(requestValidators.get(key) ?? []), validators].slice(-1000));
  const params = url.searchParams;
  if (params.get('hold') === '1') {
    // Every request held for this URL goes at once when the test releases it.
    await new Promise((resolve) => {
      const before = held.get(key);
      held.set(key, () => {
        held.delete(key);
        before?.();
        resolve();
      });
    });
  }
  if (params.has('delay')) await wait(Number(params.get('delay')));

  const later = params.has('then') && seen > 1;
  let body = await readFile(
    later ? join(file, '..', params.get('then').replace(/[/\\]/g, '')) : file,
  );
  let status = seen > Number(params.get('after') ?? 0) ? Number(params.get('status') ?? 200) : 200;
  let type = params.get('type') ?? TYPES[extname(file)] ?? 'application/octet-stream';
  if (params.has('charset')) type += `; charset=${params.get('charset')}`;
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  for (const [name, value] of params) {
    if (name.startsWith('header.')) headers[name.slice(7)] = value;
  }

  if (file.endsWith('wp-posts.json')) {
    const paged = pageWordPress(body, params, headers);
    if (Buffer.isBuffer(paged)) body = paged;
    else ({ status, body } = paged);
  }

  if (params.has('items')) body = repeatItems(body, Number(params.get('items')));
  if (params.get('loop') === '1') {
    res.writeHead(301, { location: url.pathname + url.search, 'cache-control': 'no-store' });
    res.end();
    return true;
  }
  if (params.has('down') && seen > Number(params.get('downafter') ?? 0)) {
    const began = outages.get(key) ?? Date.now();
    outages.set(key, began);
    if (Date.now() - began < Number(params.get('down'))) {
      status = 503;
      body = Buffer.from('Down for maintenance');
      headers['content-type'] = 'text/plain';
    }
  }

  const failures = Number(params.get('fail') ?? 0);
  if (seen <= failures) {
    const retryAfter = params.get('retry-after');
    status = retryAfter ? 429 : 503;
    if (retryAfter) headers['retry-after'] = retryAfter;
    body = Buffer.from('Service temporarily unavailable');
    headers['content-type'] = 'text/plain';
  }

  const failOn = params.get('failon')?.split(',').map(Number) ?? [];
  if ((params.has('failfrom') && seen >= Number(params.get('failfrom'))) || failOn.includes(seen)) {
    status = 500;
    body = Buffer.from('Internal server error');
    headers['content-type'] = 'text/plain';
  }

  if (params.get('etag') === '1') {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    headers.etag = etag;
    if (req.headers['if-none-match'] === etag) status = 304;
  }
  if (params.get('lastmod') === '1') {
    const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
    headers['last-modified'] = modified.toUTCString();
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    if (!Number.isNaN(since) && since >= modified.getTime()) status = 304;
  }

  if (status === 304 || status === 204) {
    res.writeHead(status, headers);
    res.end();
    return true;
  }
  if (params.get('stall') === '1') {
    res.writeHead(status, headers);
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    // Never finished on purpose; the socket closes when the client gives up.
    return true;
  }
  if (params.has('big')) {
    await streamBig(res, status, headers, body, Number(params.get('big')));
    return true;
  }
  res.writeHead(status, headers);
  res.end(body);
  return true;
}

/** `items=N`: the first list in a JSON document as N numbered copies of its first entry. */
function repeatItems(body, count) {
  const doc = JSON.parse(body.toString('utf8'));
  const key = Array.isArray(doc)
    ? undefined
    : ['items', 'rates'].find((k) => Array.isArray(doc[k]));
  const list = key ? doc[key] : doc;
  if (!Array.isArray(list) || !list.length) return body;
  const template = JSON.stringify(list[0]);
  const copies = Array.from({ length: count }, (_, i) =>
    JSON.parse(template.replaceAll('{n}', String(i + 1))),
  );
  return Buffer.from(JSON.stringify(key ? { ...doc, [key]: copies } : copies));
}

function drainedOrClosed(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/** `big=BYTES`: the body repeated past BYTES, written in chunks so the client cannot know the size up front. */
async function streamBig(res, status, headers, body, bytes) {
  res.writeHead(status, headers);
  const chunk = Buffer.concat(Array(Math.ceil(65536 / body.length)).fill(body));
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    // A client that gives up closes the socket; 'close' ends the wait that 'drain' would never end.
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

/**
 * The same server as middleware for @web/dev-server (Koa): the feed paths of feed-paths.js, and the
 * repository paths starting with one of `prefixes` as they are.
 */
export function feedMiddleware(root, prefixes) {
  return async (ctx, next) => {
    const mapped = repositoryPath(ctx.req.url);
    if (!mapped && !prefixes.some((prefix) => ctx.path.startsWith(prefix))) return next();
    ctx.respond = false;
    const request = mapped ? { url: mapped, headers: ctx.req.headers } : ctx.req;
    const served = await serveFeed(request, ctx.res, root);
    if (!served) {
      ctx.respond = true;
      return next();
    }
  };
}
