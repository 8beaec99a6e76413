#!/usr/bin/env node
// `npx news-widgets-relay --port 8787 --allow news.example,*.nationalbank.kz`: the relay on Node, one JSON
// log line per request on stdout.
import { parseArgs } from 'node:util';
import { startRelay } from './server.js';

const USAGE = `Usage: news-widgets-relay --allow HOSTS [options]

Reads feeds that send no CORS headers on behalf of web pages, from the hosts you allow only.

  --allow HOSTS      required: hosts it may fetch from, comma-separated: news.example, *.nationalbank.kz
                     (that domain and every name under it), 127.0.0.1:8080 (a host on another port)
  --origins ORIGINS  page origins allowed to read its answers (CORS), comma-separated; default *
  --ttl SECONDS      how long a fetched feed is served before it is checked again; default 300
  --port PORT        default 8787
  --host ADDRESS     address to listen on; default 0.0.0.0 (all); 127.0.0.1 behind a reverse proxy
  --rate N           requests per client per minute, 0 for no limit; default 120
  --trust-proxy      take the client's address from X-Forwarded-For (behind nginx or a CDN only)
  --max-mb MB        largest feed fetched; default 10
  --cache-mb MB      memory for cached feeds; default 64
  --timeout SECONDS  upstream timeout; default 10
  --allow-private    also fetch from private and loopback addresses: for local testing only
  --help             this text

Docs: docs/relay.md in the news-widgets package.`;

/** @returns {never} */
const fail = (message, { usage = true } = {}) => {
  console.error(`news-widgets-relay: ${message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exit(2);
};

function parse() {
  try {
    return parseArgs({
      options: {
        allow: { type: 'string', multiple: true },
        origins: { type: 'string' },
        ttl: { type: 'string', default: '300' },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '0.0.0.0' },
        rate: { type: 'string', default: '120' },
        'trust-proxy': { type: 'boolean', default: false },
        'max-mb': { type: 'string', default: '10' },
        'cache-mb': { type: 'string', default: '64' },
        timeout: { type: 'string', default: '10' },
        'allow-private': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail(/** @type {Error} */ (error).message);
  }
}

const values = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const allow = values.allow ?? [];
if (!allow.length) {
  fail(
    'it needs an allow-list, the hosts it may fetch feeds from: --allow news.example,*.nationalbank.kz',
  );
}

/** A flag's value as a number, or a clear exit. */
const number = (name, { min = 0 } = {}) => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min) fail(`--${name} must be a number, at least ${min}`);
  return value;
};

if (values['allow-private']) {
  console.error(
    '\n*** WARNING: --allow-private is on. This relay will fetch from private, loopback and link-local addresses:\n' +
      '*** this machine, its network and cloud metadata services. Use it for local testing only, never on a\n' +
      '*** server others can reach.\n',
  );
}

const origins = values.origins
  ?.split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
try {
  const relay = await startRelay({
    allow,
    origins: !origins?.length || origins.includes('*') ? '*' : origins,
    ttl: number('ttl'),
    port: number('port'),
    host: values.host,
    perMinute: number('rate'),
    trustProxy: values['trust-proxy'],
    maxBytes: number('max-mb', { min: 0.001 }) * 1024 * 1024,
    cacheBytes: number('cache-mb') * 1024 * 1024,
    timeout: number('timeout', { min: 0.001 }) * 1000,
    allowPrivate: values['allow-private'],
    log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
  });
  console.error(`news-widgets-relay listening on ${relay.url} (health: ${relay.url}health)`);
  const stop = () => relay.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  fail(/** @type {Error} */ (error).message, { usage: false });
}
