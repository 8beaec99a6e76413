// The relay in the real Workers runtime: workerd, run by miniflare (the binary comes in its npm package and
// needs no network), with the Workers entry as it would be deployed and the Cache API as its store.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Miniflare } from 'miniflare';
import { relayContract, until } from '../test-support/contract.js';
import { startUpstream } from '../test-support/upstream.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The Worker runs as wrangler.toml deploys it: its entry and its compatibility date.
const wrangler = readFileSync(new URL('../wrangler.toml', import.meta.url), 'utf8');
const setting = (name) =>
  /** @type {string} */ (new RegExp(`^${name} = "(.+)"$`, 'm').exec(wrangler)?.[1]);

/** Handler options as the Worker's variables, as a webmaster would set them in wrangler.toml. */
function variables(config) {
  /** @type {Record<string, string>} */
  const env = {
    ALLOW: config.allow.join(','),
    ALLOW_PRIVATE: String(config.allowPrivate ?? false),
  };
  if (config.ttl !== undefined) env.TTL = String(config.ttl);
  if (config.staleWhileRevalidate !== undefined)
    env.STALE_WHILE_REVALIDATE = String(config.staleWhileRevalidate);
  if (config.timeout !== undefined) env.TIMEOUT = String(config.timeout / 1000);
  if (config.maxBytes !== undefined) env.MAX_MB = String(config.maxBytes / 1024 / 1024);
  if (config.origins !== undefined) env.ORIGINS = [].concat(config.origins).join(',');
  return env;
}

/** Starts the Worker in workerd; `logs` collects the JSON lines it writes. */
async function workerRelay(config, logs = []) {
  const mf = new Miniflare({
    modules: true,
    modulesRoot: root,
    scriptPath: fileURLToPath(new URL(`../${setting('main')}`, import.meta.url)),
    modulesRules: [{ type: 'ESModule', include: ['**/*.js'] }],
    compatibilityDate: setting('compatibility_date'),
    bindings: variables(config),
    handleRuntimeStdio(stdout, stderr) {
      let pending = '';
      stdout.on('data', (chunk) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line));
      });
      stderr.resume();
    },
  });
  await mf.ready;
  return {
    /** @param {string} pathAndQuery @param {RequestInit} [init] */
    fetch: (pathAndQuery, init) =>
      /** @type {Promise<Response>} */ (
        /** @type {unknown} */ (
          mf.dispatchFetch(
            new URL(pathAndQuery, 'http://relay.test/').href,
            /** @type {any} */ (init),
          )
        )
      ),
    close: () => mf.dispose(),
  };
}

relayContract('Workers', workerRelay);

describe('Workers only', () => {
  it('keeps its copy in the Cache API and logs one JSON line per request', async () => {
    const upstream = await startUpstream();
    const logs = [];
    const relay = await workerRelay({ allow: [upstream.host], allowPrivate: true }, logs);
    try {
      const ask = `/?url=${encodeURIComponent(`${upstream.origin}/rates/cbr.xml?cache-api=1`)}`;
      for (let i = 0; i < 3; i++) await (await relay.fetch(ask)).arrayBuffer();
      assert.equal(upstream.hits('/rates/cbr.xml?cache-api=1').length, 1);
      await until(() => logs.length === 3);
      assert.deepEqual(
        logs.map((line) => [line.status, line.cache, line.bytes]),
        [
          [200, 'miss', 644],
          [200, 'hit', 644],
          [200, 'hit', 644],
        ],
      );
    } finally {
      await relay.close();
      await upstream.close();
    }
  });

  it('answers every request with a clear error when ALLOW is not set', async () => {
    const relay = await workerRelay({ allow: [] });
    try {
      const response = await relay.fetch('/?url=https%3A%2F%2Fnews.example%2Ffeed');
      assert.equal(response.status, 500);
      assert.match((await response.json()).message, /allow-list/);
    } finally {
      await relay.close();
    }
  });
});
