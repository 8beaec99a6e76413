// What every runtime's relay must do, run against real upstream servers on loopback. node.test.js runs it
// through the Node server, workers.test.js in workerd; each passes `start(config)`, which starts a relay with
// `config` (handler options) and resolves to `{ fetch(pathAndQuery, init), close() }`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { startUpstream } from './upstream.js';

const cbrFile = new URL('../../test/fixtures/rates/cbr.xml', import.meta.url);

/**
 * @typedef {{ fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>, close(): Promise<void> }} RunningRelay
 * @typedef {(config: Record<string, unknown>) => Promise<RunningRelay>} StartRelay
 */

let unique = 0;
/** A fresh URL for `path` on `upstream`, so no test sees another's cached copy. */
const fresh = (upstream, path) =>
  `${upstream.origin}${path}${path.includes('?') ? '&' : '?'}n=${++unique}`;
const ask = (url) => `/?url=${encodeURIComponent(url)}`;
const pathOf = (url) => url.slice(url.indexOf('/', 8));

/** The JSON error a refusal carries, with its status. */
async function refusal(response) {
  const body = await response.json();
  assert.equal(typeof body.message, 'string');
  return { status: response.status, error: body.error, message: body.message };
}

/**
 * @param {string} runtime
 * @param {StartRelay} start
 */
export function relayContract(runtime, start) {
  /** @type {Awaited<ReturnType<typeof startUpstream>>} */ let upstream;
  /** @type {Awaited<ReturnType<typeof startUpstream>>} */ let elsewhere;
  /** @type {RunningRelay[]} */ const running = [];
  const relay = async (config) => {
    const started = await start({ allow: [upstream.host], allowPrivate: true, ...config });
    running.push(started);
    return started;
  };

  before(async () => {
    upstream = await startUpstream();
    elsewhere = await startUpstream();
  });
  after(async () => {
    await Promise.all(running.map((r) => r.close()));
    await Promise.all([upstream.close(), elsewhere.close()]);
  });

  describe(`${runtime}: relaying`, () => {
    /** @type {RunningRelay} */ let r;
    before(async () => (r = await relay({})));

    it('passes a windows-1251 ValCurs document through byte for byte, with CORS and cache headers', async () => {
      const feed = fresh(upstream, '/rates/cbr.xml?charset=windows-1251');
      const response = await r.fetch(ask(feed));
      assert.equal(response.status, 200);
      assert.deepEqual(
        new Uint8Array(await response.arrayBuffer()),
        new Uint8Array(await readFile(cbrFile)),
      );
      assert.equal(response.headers.get('content-type'), 'application/xml; charset=windows-1251');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(
        response.headers.get('access-control-expose-headers') ?? '',
        /ETag.*Last-Modified.*Link.*X-WP-Total.*X-WP-TotalPages/,
      );
      assert.match(
        response.headers.get('cache-control') ?? '',
        /^public, max-age=300, stale-while-revalidate=\d+, stale-if-error=\d+$/,
      );
      assert.equal(response.headers.get('x-relay-cache'), 'miss');
    });

    it('answers a second request from its cache: the upstream sees one', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss');
      const first = await r.fetch(ask(feed));
      await first.arrayBuffer();
      const second = await r.fetch(ask(feed));
      assert.equal(second.headers.get('x-relay-cache'), 'hit');
      assert.equal(
        await second.text(),
        await readFile(new URL('../../test/fixtures/feeds/rss2.rss', import.meta.url), 'utf8'),
      );
      assert.equal(upstream.hits(pathOf(feed)).length, 1);
    });

    it('makes one upstream request for 50 simultaneous misses of one feed', async () => {
      // The upstream is slow, so every request arrives while the first trip is still out.
      const feed = fresh(upstream, '/rates/cbr.xml?delay=300');
      const answers = await Promise.all(Array.from({ length: 50 }, () => r.fetch(ask(feed))));
      const bodies = await Promise.all(answers.map((a) => a.arrayBuffer()));
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
      assert.deepEqual(new Set(bodies.map((b) => b.byteLength)), new Set([bodies[0].byteLength]));
      assert.equal(upstream.hits(pathOf(feed)).length, 1);
    });

    it("answers a reader's conditional request with 304 when its ETag still matches", async () => {
      const feed = fresh(upstream, '/feeds/jsonfeed-1.1.json?etag=1');
      const first = await r.fetch(ask(feed));
      await first.arrayBuffer();
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const again = await r.fetch(ask(feed), { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
    });

    it('gives a feed without validators an ETag of its own, so readers can still re-check cheaply', async () => {
      const feed = fresh(upstream, '/feeds/atom.atom');
      const first = await r.fetch(ask(feed));
      await first.arrayBuffer();
      assert.match(first.headers.get('etag') ?? '', /^"nw-[0-9a-f]{24}"$/);
      const again = await r.fetch(ask(feed), {
        headers: { 'if-none-match': first.headers.get('etag') ?? '' },
      });
      assert.equal(again.status, 304);
    });

    it("forwards none of the reader's cookies or credentials, and none of the upstream's cookies", async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss?header.set-cookie=session%3Dsecret');
      const response = await r.fetch(ask(feed), {
        headers: {
          cookie: 'reader=1',
          authorization: 'Bearer reader',
          referer: 'https://reader.example/',
        },
      });
      await response.arrayBuffer();
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('set-cookie'), null);
      const [hit] = upstream.hits(pathOf(feed));
      assert.equal(hit.headers.cookie, undefined);
      assert.equal(hit.headers.authorization, undefined);
      assert.equal(hit.headers.referer, undefined);
      assert.match(String(hit.headers['user-agent']), /^news-widgets-relay\//);
    });

    it('passes on X-WP-Total, X-WP-TotalPages and Link, and keeps the document inert on its own origin', async () => {
      const feed = fresh(
        upstream,
        '/feeds/wp-posts.json?page=1&per_page=2&header.link=%3Chttps%3A%2F%2Fnews.example%2Fwp-json%2F%3E%3B%20rel%3D%22https%3A%2F%2Fapi.w.org%2F%22',
      );
      const response = await r.fetch(ask(feed));
      await response.arrayBuffer();
      assert.ok(Number(response.headers.get('x-wp-total')) > 2);
      assert.ok(response.headers.get('x-wp-totalpages'));
      assert.match(response.headers.get('link') ?? '', /api\.w\.org/);
      assert.match(response.headers.get('content-security-policy') ?? '', /sandbox/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });

    it('follows a redirect to an allowed host', async () => {
      const target = fresh(upstream, '/feeds/rss2.rss');
      const feed = fresh(
        upstream,
        `/feeds/rss2.rss?status=302&header.location=${encodeURIComponent(target)}`,
      );
      const response = await r.fetch(ask(feed));
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<rss/);
      assert.equal(upstream.hits(pathOf(target)).length, 1);
    });

    it('refuses a redirect to a host off the allow-list, without requesting it', async () => {
      const offList = `${elsewhere.origin}/feeds/rss2.rss`;
      const feed = fresh(
        upstream,
        `/feeds/rss2.rss?status=302&header.location=${encodeURIComponent(offList)}`,
      );
      const answer = await refusal(await r.fetch(ask(feed)));
      assert.equal(answer.status, 403);
      assert.equal(answer.error, 'forbidden');
      assert.match(answer.message, /redirected to .* not on the relay's allow-list/);
      assert.equal(elsewhere.hits('/feeds/rss2.rss').length, 0);
    });

    it('gives up after 3 redirects', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss?loop=1');
      const answer = await refusal(await r.fetch(ask(feed)));
      assert.equal(answer.status, 502);
      assert.match(answer.message, /redirected more than 3 times/);
      assert.equal(upstream.hits(pathOf(feed)).length, 4);
    });

    it('refuses hosts off the allow-list, and non-http addresses, before any request', async () => {
      const offList = await refusal(await r.fetch(ask(`${elsewhere.origin}/feeds/rss2.rss`)));
      assert.deepEqual([offList.status, offList.error], [403, 'forbidden']);
      assert.equal(elsewhere.hits('/feeds/rss2.rss').length, 0);
      const file = await refusal(await r.fetch(ask('file:///etc/passwd')));
      assert.deepEqual([file.status, file.error], [400, 'bad-request']);
      const withUser = await refusal(
        await r.fetch(ask(`http://user:pw@${upstream.host}/feeds/rss2.rss`)),
      );
      assert.equal(withUser.status, 400);
    });

    it('says how to ask when the address is missing or not percent-encoded', async () => {
      const missing = await refusal(await r.fetch('/'));
      assert.equal(missing.status, 400);
      assert.match(missing.message, /\?url=/);
      const raw = await refusal(
        await r.fetch(`/?url=${upstream.origin}/feeds/wp-posts.json?page=1&per_page=2`),
      );
      assert.equal(raw.status, 400);
      assert.match(raw.message, /percent-encoded/);
    });

    it('answers upstream failures: a 404 as 404, a 500 as 502', async () => {
      const gone = await refusal(await r.fetch(ask(fresh(upstream, '/feeds/missing.rss'))));
      assert.deepEqual([gone.status, gone.error], [404, 'upstream']);
      const broken = await refusal(
        await r.fetch(ask(fresh(upstream, '/feeds/rss2.rss?status=500'))),
      );
      assert.deepEqual([broken.status, broken.error], [502, 'upstream']);
      assert.match(broken.message, /answered 500/);
    });

    it('remembers an upstream failure briefly, so a flood of readers does not hammer a failing feed', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss?status=503');
      for (let i = 0; i < 3; i++)
        assert.equal((await refusal(await r.fetch(ask(feed)))).status, 502);
      assert.equal(upstream.hits(pathOf(feed)).length, 1);
    });

    it('answers OPTIONS preflights, HEAD, /health, and refuses other methods and paths', async () => {
      const preflight = await r.fetch(ask(fresh(upstream, '/feeds/rss2.rss')), {
        method: 'OPTIONS',
        headers: {
          origin: 'https://page.example',
          'access-control-request-headers': 'if-none-match',
        },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
      const head = await r.fetch(ask(fresh(upstream, '/feeds/rss2.rss')), { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal((await head.arrayBuffer()).byteLength, 0);
      const health = await r.fetch('/health');
      assert.deepEqual((await health.json()).ok, true);
      const post = await r.fetch(ask(fresh(upstream, '/feeds/rss2.rss')), {
        method: 'POST',
        body: 'x',
      });
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
      await post.arrayBuffer();
      const elsewherePath = await r.fetch('/admin');
      assert.equal(elsewherePath.status, 404);
      await elsewherePath.arrayBuffer();
    });
  });

  describe(`${runtime}: revalidating (TTL 0)`, () => {
    /** @type {RunningRelay} */ let r;
    before(async () => (r = await relay({ ttl: 0, staleWhileRevalidate: 0 })));

    it('re-checks with If-None-Match and serves its copy on a 304', async () => {
      const feed = fresh(upstream, '/rates/cbr.xml?etag=1');
      const first = await r.fetch(ask(feed));
      const bytes = await first.arrayBuffer();
      const second = await r.fetch(ask(feed));
      assert.equal(second.headers.get('x-relay-cache'), 'revalidated');
      assert.deepEqual(await second.arrayBuffer(), bytes);
      const [, recheck] = upstream.hits(pathOf(feed));
      assert.equal(recheck.headers['if-none-match'], first.headers.get('etag'));
    });

    it('re-checks with If-Modified-Since too', async () => {
      const feed = fresh(upstream, '/rates/nbk.rss?lastmod=1');
      await (await r.fetch(ask(feed))).arrayBuffer();
      const second = await r.fetch(ask(feed));
      assert.equal(second.headers.get('x-relay-cache'), 'revalidated');
      await second.arrayBuffer();
      const [first, recheck] = upstream.hits(pathOf(feed));
      assert.equal(first.headers['if-modified-since'], undefined);
      assert.ok(recheck.headers['if-modified-since']);
    });

    it('serves the last good copy, marked stale, when the upstream fails', async () => {
      const feed = fresh(upstream, '/rates/cbr.xml?failfrom=2');
      const good = await (await r.fetch(ask(feed))).arrayBuffer();
      const stale = await r.fetch(ask(feed));
      assert.equal(stale.status, 200);
      assert.equal(stale.headers.get('x-relay-cache'), 'stale');
      assert.deepEqual(await stale.arrayBuffer(), good);
      // The failure is remembered briefly: the next reader gets the stale copy without another trip.
      const again = await r.fetch(ask(feed));
      assert.equal(again.headers.get('x-relay-cache'), 'stale');
      await again.arrayBuffer();
      assert.equal(upstream.hits(pathOf(feed)).length, 2);
    });
  });

  describe(`${runtime}: timeouts`, () => {
    /** @type {RunningRelay} */ let r;
    before(async () => (r = await relay({ timeout: 300 })));

    it('answers 504 when the upstream is slower than the timeout', async () => {
      const answer = await refusal(
        await r.fetch(ask(fresh(upstream, '/rates/cbr.xml?delay=5000'))),
      );
      assert.deepEqual([answer.status, answer.error], [504, 'timeout']);
      assert.match(answer.message, /did not answer within 0\.3 seconds/);
    });

    it('answers 504 when the upstream stalls mid-body', async () => {
      const answer = await refusal(await r.fetch(ask(fresh(upstream, '/rates/cbr.xml?stall=1'))));
      assert.equal(answer.status, 504);
    });
  });

  describe(`${runtime}: size cap`, () => {
    /** @type {RunningRelay} */ let r;
    before(async () => (r = await relay({ maxBytes: 1024 * 1024 })));

    it('answers 413 for a feed whose Content-Length is past the size cap', async () => {
      const feed = fresh(upstream, '/feeds/jsonfeed-1.1.json?items=5000');
      const response = await r.fetch(ask(feed));
      assert.deepEqual([response.status, (await response.json()).error], [413, 'too-large']);
    });

    it('answers 413 for a feed past the size cap, and stops downloading it', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss?big=50000000');
      const answer = await refusal(await r.fetch(ask(feed)));
      assert.deepEqual([answer.status, answer.error], [413, 'too-large']);
      assert.match(answer.message, /larger than the relay's 1 MB limit/);
      const [hit] = upstream.hits(pathOf(feed));
      await until(() => hit.bytesSent !== undefined);
      assert.ok(Number(hit.bytesSent) < 20_000_000, `the upstream sent ${hit.bytesSent} bytes`);
    });
  });

  describe(`${runtime}: private addresses`, () => {
    /** @type {RunningRelay} */ let r;
    before(
      async () =>
        (r = await relay({
          allowPrivate: false,
          allow: [upstream.host, `[::ffff:7f00:1]:${upstream.port}`],
        })),
    );

    it('refuses a loopback address even when it is on the allow-list', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss');
      const answer = await refusal(await r.fetch(ask(feed)));
      assert.deepEqual([answer.status, answer.error], [403, 'forbidden']);
      assert.match(answer.message, /private or reserved address/);
      assert.equal(upstream.hits(pathOf(feed)).length, 0);
    });

    it('refuses it in its IPv4-mapped IPv6 form too', async () => {
      const answer = await refusal(
        await r.fetch(ask(`http://[::ffff:127.0.0.1]:${upstream.port}/feeds/rss2.rss`)),
      );
      assert.equal(answer.status, 403);
    });
  });

  describe(`${runtime}: page origins`, () => {
    /** @type {RunningRelay} */ let r;
    before(async () => (r = await relay({ origins: ['https://news.example'] })));

    it('allows the listed origin by name, varies on Origin, and refuses others', async () => {
      const feed = fresh(upstream, '/feeds/rss2.rss');
      const ok = await r.fetch(ask(feed), { headers: { origin: 'https://news.example' } });
      await ok.arrayBuffer();
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://news.example');
      assert.match(ok.headers.get('vary') ?? '', /Origin/);
      const other = await r.fetch(ask(feed), { headers: { origin: 'https://copycat.example' } });
      assert.equal((await refusal(other)).status, 403);
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });
  });
}

/** Resolves once `test()` holds: the upstream records a response's size when its socket lets go of it. */
export async function until(test, { timeout = 5000 } = {}) {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeout) throw new Error('gave up waiting');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
