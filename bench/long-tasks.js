// `node bench/long-tasks.js <page> <feed> [ms]`: what fills the main-thread tasks of one bench page, from
// navigation to painted, for explaining the host-page figures rather than taking them. Traces the page with
// the V8 sampling profiler on and, for every task over 50 ms of CPU time (or the `ms` given: thread time,
// which the other processes of a busy machine do not stretch), prints its length and the functions with the
// most self time inside it. Needs `npm run build` first. Example:
//   node bench/long-tasks.js list-ours.html /gen/host-10000.rss 20
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser, waitForPainted } from './lib/browser.js';
import { installProbes } from './lib/browser.js';
import { writeFeeds } from './lib/feeds.js';
import { startServer } from './lib/server.js';

const [pageName = 'list-ours.html', feed = '/gen/host-2000.rss', over = '50', top = '6'] =
  process.argv.slice(2);
/** Tasks that took more CPU time than this are shown: by thread time, which other processes do not stretch. */
const LONG_MS = Number(over);

/**
 * The CPU samples of the page's renderer as `{ ts, name }` (the function running its own code at `ts`), and
 * that renderer's main thread as `pid:tid`. The browser's own WebUI renderers are profiled too: the page's is
 * the one whose code includes the bundles in dist/.
 */
function pageSamples(events) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile')
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, start: e.args.data.startTime, chunks: [] });
    if (e.name === 'ProfileChunk') profiles.get(`${e.pid}:${e.id}`)?.chunks.push(e.args.data);
  }
  for (const { pid, start, chunks } of profiles.values()) {
    const nodes = new Map();
    const out = [];
    let ts = start;
    for (const { cpuProfile = {}, timeDeltas = [] } of chunks) {
      for (const node of cpuProfile.nodes ?? []) {
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        const file = url ? url.split('/').pop() : '';
        nodes.set(node.id, {
          name: `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber}` : ''} ${source(url, lineNumber, columnNumber)}`,
          ours: url?.includes('/dist/'),
        });
      }
      (cpuProfile.samples ?? []).forEach((id, i) => {
        ts += timeDeltas[i] ?? 0;
        out.push({ ts, id });
      });
    }
    if (![...nodes.values()].some((node) => node.ours)) continue;
    const thread = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
    );
    return {
      main: `${pid}:${thread?.tid}`,
      samples: out.map(({ ts, id }) => ({ ts, name: nodes.get(id)?.name ?? '?' })),
    };
  }
  throw new Error('no profile of the page in the trace');
}

const bundles = new Map();

/** The start of a function's minified source in dist/, so that it can be found in src/. */
function source(url, line, column) {
  if (!url?.includes('/dist/')) return '';
  const path = fileURLToPath(new URL(`../dist/${url.split('/dist/')[1]}`, import.meta.url));
  if (!bundles.has(path)) bundles.set(path, readFileSync(path, 'utf8').split('\n'));
  return bundles.get(path)[line]?.slice(column, column + 60) ?? '';
}

const feedsDir = await writeFeeds();
const server = await startServer({ '/gen/': feedsDir });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(installProbes);
  await page.tracing.start({
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  const url = `${server.origin}/pages/${pageName}?feed=${feed}`;
  await page.goto(url);
  const painted = await waitForPainted(page, 60_000);
  const { traceEvents: events } = JSON.parse(
    Buffer.from(await page.tracing.stop()).toString('utf8'),
  );
  const { main, samples: all } = pageSamples(events);
  const tasks = events.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      `${e.pid}:${e.tid}` === main &&
      e.tdur > LONG_MS * 1000,
  );
  console.log(`${pageName} on ${feed}: painted at ${painted.toFixed(0)} ms`);
  if (!tasks.length) console.log(`no task over ${LONG_MS} ms`);
  for (const task of tasks) {
    const self = new Map();
    for (const sample of all) {
      if (sample.ts < task.ts || sample.ts > task.ts + task.dur) continue;
      self.set(sample.name, (self.get(sample.name) ?? 0) + 1);
    }
    const count = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    console.log(
      `\ntask of ${(task.tdur / 1000).toFixed(1)} ms CPU (${(task.dur / 1000).toFixed(1)} ms wall); share of its samples by function:`,
    );
    for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
      console.log(`  ${((100 * n) / count).toFixed(0).padStart(3)} %  ${name}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(feedsDir, { recursive: true, force: true });
}
