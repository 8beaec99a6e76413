// Case 7, relay: the Node relay under load. autocannon opens 1,000 connections on loopback for 10 s, against the
// relay (`news-widgets-relay`, the real CLI, in its own process) and, as the baseline, straight against the
// feed origin (scripts/feed-server.js over demo/feeds/, also in its own process), for one feed and for 50
// distinct feeds. Besides requests/s and latency it counts what the origin served: the relay should cost it
// one request per feed per TTL, plus the revalidations (conditional, answered 304) as copies expire.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { repeat } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';

const CLI = fileURLToPath(new URL('../../relay/node/cli.js', import.meta.url));
const ORIGIN = fileURLToPath(new URL('../lib/feed-origin.js', import.meta.url));
const FEED = '/articles.rss?etag=1'; // 35 KB of RSS, with an ETag so revalidations can be 304s
const TTL = 5;

/**
 * Starts `args` under Node; resolves once `ready` matches what it writes on `stream`, with the match and the
 * process. Its other output goes to /dev/null (the relay's log lines: written, as in production, not read).
 */
async function child(args, stream, ready) {
  const stdio = stream === 'stdout' ? ['ignore', 'pipe', 'ignore'] : ['ignore', 'ignore', 'pipe'];
  const proc = spawn(process.execPath, args, { stdio });
  const output = /** @type {import('node:stream').Readable} */ (proc[stream]);
  let said = '';
  while (!ready.test(said)) {
    const [chunk] = await Promise.race([
      once(output, 'data'),
      once(proc, 'exit').then(([code]) => {
        throw new Error(`${args.join(' ')} exited with ${code}: ${said}`);
      }),
    ]);
    said += chunk;
  }
  output.resume();
  return { proc, match: /** @type {RegExpExecArray} */ (ready.exec(said)) };
}

async function stop(proc) {
  if (proc.exitCode !== null) return;
  proc.kill('SIGTERM');
  await once(proc, 'exit');
}

/**
 * CPU seconds a process has used (user + system), from /proc: on a shared machine the CPU a server spends per
 * answer is steadier than its requests/s, which depend on what else is running. NaN off Linux.
 */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5), counted from the state field (3) here.
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return NaN;
  }
}
// Linux's USER_HZ: 100 ticks a second everywhere Node runs on it.
const TICKS = 100;

/** Feed requests the origin has had: all of them, or only the relay's (bench/lib/feed-origin.js). */
const servedBy = async (origin, relayed = false) => {
  const counts = await (await fetch(`${origin}/__total`)).json();
  return relayed ? counts.relayed : counts.total;
};

/**
 * One load run: `paths` requested in turn across all connections (so every feed is asked from the first
 * second, not only those a connection's own sequence reaches); resolves to the sample. `servers` are the
 * processes whose CPU the answers cost.
 */
async function load(base, paths, { connections, duration }, servers) {
  let next = 0;
  const cpuBefore = servers.reduce((sum, proc) => sum + cpuSeconds(proc.pid), 0);
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpu:
      ((servers.reduce((sum, proc) => sum + cpuSeconds(proc.pid), 0) - cpuBefore) * 1e6) /
      result.requests.total,
  };
}

export default {
  id: 'relay',
  title: 'Relay',
  async run(ctx) {
    const connections = ctx.quick ? 100 : 1000;
    const duration = ctx.quick ? 2 : 10;
    const { proc: originProc, match } = await child([ORIGIN], 'stdout', /(http:\S+)/);
    const origin = match[1];
    const host = new URL(origin).host;
    try {
      const feeds = (count) =>
        Array.from({ length: count }, (_, i) => `${FEED}&feed=${count}-${i}`);
      const contenders = (count) => [
        {
          name: `direct to the origin, ${count === 1 ? 'one feed' : `${count} feeds`}`,
          short: 'direct',
          baseline: true,
          count,
          relayed: false,
        },
        {
          name: `through the relay, ${count === 1 ? 'one feed' : `${count} feeds`}`,
          count,
          relayed: true,
        },
      ];
      const measure = async (contender) => {
        const before = await servedBy(origin, contender.relayed);
        const paths = feeds(contender.count);
        if (!contender.relayed) {
          return {
            ...(await load(origin, paths, { connections, duration }, [originProc])),
            upstream: (await servedBy(origin)) - before,
          };
        }
        // A fresh relay for every run, so each starts with an empty cache.
        const { proc, match: listening } = await child(
          [
            CLI,
            '--port',
            '0',
            '--host',
            '127.0.0.1',
            '--allow',
            host,
            '--allow-private',
            '--rate',
            '0',
            '--ttl',
            String(TTL),
          ],
          'stderr',
          /listening on (\S+)/,
        );
        try {
          const relayed = paths.map((path) => `/?url=${encodeURIComponent(origin + path)}`);
          const base = listening[1].replace(/\/$/, '');
          const sample = await load(base, relayed, { connections, duration }, [proc, originProc]);
          return { ...sample, upstream: (await servedBy(origin, true)) - before };
        } finally {
          await stop(proc);
        }
      };
      const settings = { ...ctx, warmups: 0, runs: ctx.quick ? 1 : 3 };
      const columns = [
        { key: 'rps', label: 'requests/s', digits: 0 },
        { key: 'p50', label: 'p50 ms', digits: 1 },
        { key: 'p99', label: 'p99 ms', digits: 1 },
        { key: 'cpu', label: 'server CPU µs per answer', digits: 0 },
        { key: 'failed', label: 'failed', digits: 0 },
        { key: 'upstream', label: 'origin requests', digits: 0 },
      ];
      const one = await repeat(settings, contenders(1), measure);
      const fifty = await repeat(settings, contenders(50), measure);
      const note =
        `${connections.toLocaleString('en-US')} connections for ${duration} s from autocannon on loopback; relay TTL ${TTL} s, so a copy ` +
        `is revalidated (If-None-Match, answered 304) about every ${TTL} s: the relay's bound is ${Math.ceil(duration / TTL) + 1} origin requests per feed per run. ` +
        'Relay and origin each run in their own Node process; the relay writes its JSON log line per request (to /dev/null). ' +
        '"server CPU": user and system time of the processes answering (origin; relay and origin), from /proc, per answer: ' +
        'steadier than requests/s on a shared machine. "failed": non-2xx answers, errors and timeouts.';
      const markdown = [
        table({ title: 'One feed', columns, rows: one, ratioOf: 'rps' }),
        table({ title: '50 distinct feeds', columns, rows: fifty, ratioOf: 'rps', note }),
      ].join('\n');
      const bound = (count) => count * (Math.ceil(duration / TTL) + 1);
      const goals = [...one, ...fifty]
        .filter((row) => row.relayed)
        .map((row) => {
          const m = row.samples.length ? medians(row.samples) : undefined;
          return {
            label: `relay, ${row.count === 1 ? 'one feed' : `${row.count} feeds`}: ≤ ${bound(row.count)} origin requests in ${duration} s (one per feed per TTL, plus revalidations)`,
            measured: m?.upstream,
            digits: 0,
            met: m !== undefined && m.upstream <= bound(row.count) && m.failed === 0,
          };
        });
      return { markdown, goals };
    } finally {
      await stop(originProc);
    }
  },
};
