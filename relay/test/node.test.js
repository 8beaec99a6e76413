// The relay on Node: the shared contract through the real http server, then what only Node does (DNS checks,
// the rate limit, the log, the clock-driven cache) and the CLI itself.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import http, { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createRelay } from '../handler.js';
import { memoryStore } from '../memory-store.js';
import { startRelay } from '../node/server.js';
import { relayContract, until } from '../test-support/contract.js';
import { startUpstream } from '../test-support/upstream.js';

const cli = fileURLToPath(new URL('../node/cli.js', import.meta.url));

/** A relay on a free loopback port; `options` are startRelay's. */
async function nodeRelay(options) {
  const relay = await startRelay({ port: 0, perMinute: 0, ...options });
  return {
    ...relay,
    /** @param {string} pathAndQuery @param {RequestInit} [init] */
    fetch: (pathAndQuery, init) => fetch(new URL(pathAndQuery, relay.url), init),
  };
}

relayContract('Node', nodeRelay);

describe('Node only', () => {
  /** @type {Awaited<ReturnType<typeof startUpstream>>} */ let upstream;
  before(async () => (upstream = await startUpstream()));
  after(() => upstream.close());
  const ask = (path) => `/?url=${encodeURIComponent(upstream.origin + path)}`;

  it('refuses a name that resolves to a loopback address (DNS is checked where the socket connects)', async () => {
    const relay = await nodeRelay({ allow: [`localhost:${upstream.port}`] });
    try {
      const response = await relay.fetch(
        `/?url=${encodeURIComponent(`http://localhost:${upstream.port}/feeds/rss2.rss?dns=1`)}`,
      );
      assert.equal(response.status, 403);
      assert.match((await response.json()).message, /localhost resolves to .*private or reserved/);
      assert.equal(upstream.hits('/feeds/rss2.rss?dns=1').length, 0);
    } finally {
      await relay.close();
    }
  });

  it("unpacks a compressed upstream answer to the feed's own bytes, and caps what it unpacks", async () => {
    const cbr = await readFile(new URL('../../test/fixtures/rates/cbr.xml', import.meta.url));
    const packed = createServer((req, res) => {
      const bomb = req.url === '/bomb.xml';
      assert.match(String(req.headers['accept-encoding']), /gzip/);
      res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' });
      // 50 MB of spaces packs into about 50 KB.
      res.end(gzipSync(bomb ? Buffer.alloc(50 * 1024 * 1024, ' ') : cbr));
    });
    await new Promise((resolve) => packed.listen(0, '127.0.0.1', () => resolve(undefined)));
    const { port } = /** @type {import('node:net').AddressInfo} */ (packed.address());
    const relay = await nodeRelay({
      allow: [`127.0.0.1:${port}`],
      allowPrivate: true,
      maxBytes: 1024 * 1024,
    });
    try {
      const ok = await relay.fetch(
        `/?url=${encodeURIComponent(`http://127.0.0.1:${port}/cbr.xml`)}`,
      );
      assert.equal(ok.headers.get('content-encoding'), null);
      assert.deepEqual(Buffer.from(await ok.arrayBuffer()), cbr);
      const bomb = await relay.fetch(
        `/?url=${encodeURIComponent(`http://127.0.0.1:${port}/bomb.xml`)}`,
      );
      assert.equal(bomb.status, 413);
      await bomb.arrayBuffer();
    } finally {
      await relay.close();
      packed.closeAllConnections();
      packed.close();
    }
  });

  it('answers a request line that is not a path (a proxy-style absolute URL) by its path and query', async () => {
    const relay = await nodeRelay({ allow: [upstream.host], allowPrivate: true });
    try {
      const { port } = /** @type {import('node:net').AddressInfo} */ (relay.server.address());
      const status = await new Promise((resolve, reject) => {
        const path = `http://elsewhere.example${ask('/feeds/rss2.rss?absolute=1')}`;
        http
          .get({ host: '127.0.0.1', port, path }, (res) => resolve(res.resume().statusCode))
          .on('error', reject);
      });
      assert.equal(status, 200);
      assert.equal(upstream.hits('/feeds/rss2.rss?absolute=1').length, 1);
    } finally {
      await relay.close();
    }
  });

  it('limits each client: 429 with Retry-After past the rate, readable by the page', async () => {
    const relay = await nodeRelay({ allow: [upstream.host], allowPrivate: true, perMinute: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await relay.fetch(ask('/feeds/rss2.rss?rate=1'));
        await response.arrayBuffer();
        statuses.push(response.status);
        if (response.status === 429) {
          assert.equal(response.headers.get('retry-after'), '30');
          assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
        }
      }
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await relay.close();
    }
  });

  it('writes one JSON log line per request: status, cache, upstream ms, bytes', async () => {
    const lines = [];
    const relay = await nodeRelay({
      allow: [upstream.host],
      allowPrivate: true,
      log: (line) => lines.push(line),
    });
    try {
      for (let i = 0; i < 2; i++)
        await (await relay.fetch(ask('/rates/cbr.xml?log=1'))).arrayBuffer();
      await (await relay.fetch('/?url=ftp%3A%2F%2Fx')).arrayBuffer();
      assert.equal(lines.length, 3);
      const [miss, hit, refused] = lines;
      assert.equal(JSON.parse(JSON.stringify(miss)).url, `${upstream.origin}/rates/cbr.xml?log=1`);
      assert.deepEqual(
        [miss.status, miss.cache, miss.bytes, miss.client],
        [200, 'miss', 644, '127.0.0.1'],
      );
      assert.equal(typeof miss.upstreamMs, 'number');
      assert.deepEqual([hit.cache, hit.upstreamMs], ['hit', undefined]);
      assert.equal(refused.status, 400);
    } finally {
      await relay.close();
    }
  });

  describe('cache over time (a moved clock)', () => {
    let clock = Date.now();
    /** @type {Awaited<ReturnType<typeof nodeRelay>>} */ let relay;
    before(async () => {
      relay = await nodeRelay({
        allow: [upstream.host],
        allowPrivate: true,
        ttl: 60,
        staleWhileRevalidate: 30,
        errorTtl: 10,
        now: () => clock,
      });
    });
    after(() => relay.close());
    const get = async (path) => {
      const response = await relay.fetch(ask(path));
      await response.arrayBuffer();
      return response;
    };

    it('serves a copy fresh for the TTL with its Age, then the old copy while it fetches a new one', async () => {
      const path = '/rates/cbr.xml?etag=1&clock=1';
      await get(path);
      clock += 59_000;
      const hit = await get(path);
      assert.deepEqual([hit.headers.get('x-relay-cache'), hit.headers.get('age')], ['hit', '59']);
      assert.equal(upstream.hits(path).length, 1);
      clock += 2_000;
      const updating = await get(path);
      assert.equal(updating.headers.get('x-relay-cache'), 'updating');
      assert.equal(updating.headers.get('cache-control'), 'public, max-age=10');
      // The trip behind it lands and the next reader gets a fresh copy.
      await until(() => upstream.hits(path).length === 2);
      // Until the new copy is stored, readers still get the old one (and share the trip under way).
      let next = await get(path);
      while (next.headers.get('x-relay-cache') === 'updating') next = await get(path);
      assert.deepEqual([next.headers.get('x-relay-cache'), next.headers.get('age')], ['hit', '0']);
    });

    it('remembers a failure for the error TTL only, then asks the upstream again', async () => {
      const path = '/feeds/rss2.rss?status=500&clock=2';
      assert.equal((await get(path)).status, 502);
      clock += 9_000;
      assert.equal((await get(path)).status, 502);
      assert.equal(upstream.hits(path).length, 1);
      clock += 2_000;
      assert.equal((await get(path)).status, 502);
      assert.equal(upstream.hits(path).length, 2);
    });

    it('serves a copy within stale-if-error when the upstream is down, then gives up on it', async () => {
      const path = '/rates/cbr.xml?failfrom=2&clock=3';
      await get(path);
      clock += (60 + 30 + 1) * 1000; // past the TTL and stale-while-revalidate: the reader waits for the trip
      const stale = await get(path);
      assert.deepEqual([stale.status, stale.headers.get('x-relay-cache')], [200, 'stale']);
      clock += 86400 * 1000;
      assert.equal((await get(path)).status, 502);
    });
  });
});

describe('the CLI', () => {
  /** Runs the CLI until it exits, or until it says it listens; resolves to its output. */
  async function run(args, { untilListening = false } = {}) {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (untilListening) {
      while (!/listening on (\S+)/.test(stderr)) await once(child.stderr, 'data');
      return { child, stderr, url: /listening on (\S+)/.exec(stderr)?.[1] ?? '' };
    }
    const [code] = await once(child, 'exit');
    return { code, stderr };
  }

  it('refuses to start without an allow-list, and says how to give one', async () => {
    const { code, stderr } = await run(['--port', '0']);
    assert.equal(code, 2);
    assert.match(stderr, /needs an allow-list.*--allow news\.example/);
  });

  it('refuses an allow-list entry that is not a host', async () => {
    const { code, stderr } = await run(['--allow', 'https://news.example/feed']);
    assert.equal(code, 2);
    assert.match(stderr, /is not a host/);
  });

  it('starts, answers /health, and warns loudly with --allow-private', async () => {
    const { child, stderr, url } = await run(
      ['--port', '0', '--host', '127.0.0.1', '--allow', 'news.example', '--allow-private'],
      { untilListening: true },
    );
    try {
      assert.match(stderr, /WARNING: --allow-private/);
      const health = await fetch(new URL('health', url));
      // The relay's version (in its User-Agent too) is the package's.
      const { version } = JSON.parse(
        await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
      );
      assert.deepEqual(await health.json(), { ok: true, version });
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

describe('the handler, readers racing a trip', () => {
  it('asks the upstream once when a reader looked at the store before another reader’s trip ended', async () => {
    let upstreamCalls = 0;
    const inner = memoryStore({ maxBytes: 1 << 20, sizeOf: () => 1 });
    /** Holds the next look at the store until released: what that reader read stays what it read. */
    /** @type {Promise<void> | undefined} */ let holdNext;
    const store = {
      get: async (/** @type {string} */ key) => {
        const gate = holdNext;
        holdNext = undefined;
        const value = await inner.get(key);
        await gate;
        return value;
      },
      put: (/** @type {string} */ key, /** @type {any} */ value) => inner.put(key, value),
    };
    let clock = 0;
    const relay = createRelay({
      allow: ['feeds.example'],
      ttl: 5,
      staleWhileRevalidate: 0,
      now: () => clock,
      store,
      fetch: async (_url, init) => {
        upstreamCalls++;
        const headers = /** @type {Record<string, string>} */ (init.headers);
        if (headers['if-none-match']) return new Response(null, { status: 304 });
        return new Response('<rss version="2.0"><channel/></rss>', {
          headers: { 'content-type': 'application/rss+xml', etag: '"1"' },
        });
      },
    });
    const ask = () =>
      relay.fetch(
        new Request(`http://relay.test/?url=${encodeURIComponent('https://feeds.example/rss')}`),
      );
    assert.equal((await ask()).status, 200);
    clock += 6_000; // past the TTL, with no stale-while-revalidate: the next readers wait for a trip
    /** @type {() => void} */ let release = () => {};
    holdNext = new Promise((resolve) => (release = resolve));
    const late = ask(); // reads the stale copy, then waits at the store
    const first = await ask(); // reads the stale copy too, fetches, stores the new one
    assert.equal(first.headers.get('x-relay-cache'), 'revalidated');
    release();
    const second = await late;
    assert.equal(second.status, 200);
    assert.equal(upstreamCalls, 2, 'one trip for the first load, one for the revalidation');
  });
});
