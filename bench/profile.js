// `node bench/profile.js <page> <feed> [runs]`: where the time goes on one bench page, for explaining a figure
// rather than taking one. Needs `npm run build` first. For each of `runs` fresh loads (default 3) it traces
// the page's main thread and samples it with the V8 CPU profiler (100 µs), then prints, for the window the
// list case measures — from the end of the feed's response to the frame showing six cards painted — the median
// time per kind of work (script, style, layout, paint, garbage collection, idle…) and the functions with the
// most self time in the run nearest that median, each with the start of its minified source so it can be
// found in src/. The feed answers after the list case's latency unless it carries its own query. Example:
//   node bench/profile.js list-ours.html /gen/articles-10000.json
import { readFile, rm } from 'node:fs/promises';
import { launchBrowser, openPage, waitForPainted } from './lib/browser.js';
import { writeFeeds } from './lib/feeds.js';
import { startServer } from './lib/server.js';
import { median } from './lib/stats.js';
import { FEED_LATENCY_MS, switchPage } from './cases/list.js';

const [pageName = 'list-ours.html', feedArg = '/gen/articles-50.json', runsArg = '3', mode] =
  process.argv.slice(2);
// `switch` as the fourth argument: the window is the list case's page switch instead.
const switching = mode === 'switch';
// Answered after the list case's latency, unless the feed names its own query (e.g. `?delay=0`).
const feed = feedArg.includes('?') ? feedArg : `${feedArg}?delay=${FEED_LATENCY_MS}`;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  // Gives forced style recalcs and layouts the script stack that asked for them.
  'disabled-by-default-devtools.timeline.stack',
];

// Trace events by what the main thread was doing; anything else counts as "other".
const KINDS = {
  script: [
    'FunctionCall',
    'BlinkScheduler_PerformMicrotaskCheckpoint',
    'v8.callFunction',
    'v8.newInstance',
    'v8.run',
    'EvaluateScript',
    'v8.evaluateModule',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'v8.compile',
    'v8.compileModule',
    'CompileScript',
    'V8.CompileCode',
    'ParseHTML',
    'XHRReadyStateChange',
    'FireIdleCallback',
    'v8.produceModuleCache',
  ],
  'style (recalc, incl. forced)': [
    'UpdateLayoutTree',
    'RecalculateStyles',
    'ParseAuthorStyleSheet',
    'ScheduleStyleRecalculation',
  ],
  layout: ['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections'],
  'paint and composite': [
    'Paint',
    'PrePaint',
    'Layerize',
    'CompositeLayers',
    'Commit',
    'UpdateLayer',
    'PaintImage',
    'RasterTask',
    'Decode Image',
    'ImageDecodeTask',
  ],
  'garbage collection': [
    'MinorGC',
    'MajorGC',
    'BlinkGC.AtomicPhase',
    'V8.GC_SCAVENGER',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'V8.GCIncrementalMarking',
    'V8.GC_MC_BACKGROUND_MARKING',
    'CppGC.IncrementalMark',
    'V8.GCCompactor',
  ],
};
const kindOf = new Map(
  Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);
// Task wrappers: their own time (outside any named child) is work the trace does not name, such as a
// promise's native continuation (Response.json() parsing); it is counted as "other", and time outside
// every task as idle.
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/** The renderer main thread of the page that made the `bench-sync` mark, as `{ pid, tid }`. */
function mainThread(events) {
  const pid = events.find((e) => e.name === 'bench-sync').pid;
  return events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
  );
}

/** The main thread's complete events, as [start, end, name] in µs on the trace clock. */
function mainThreadEvents(events, { pid, tid }) {
  return events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur)
    .map((e) => [e.ts, e.ts + e.dur, e.name])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Self time (µs) per kind of work inside [from, to]: each event's time less its children's, clipped. */
function breakdown(events, from, to, byName = false) {
  const totals = {};
  const stack = [];
  const add = (name, start, end) => {
    const span = Math.min(end, to) - Math.max(start, from);
    if (span <= 0) return;
    const kind = byName ? name : (kindOf.get(name) ?? 'other');
    totals[kind] = (totals[kind] ?? 0) + span;
  };
  // Walk in start order, keeping the open ancestors; a gap between a parent's children is the parent's.
  const flush = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      add(done.name, done.cursor, done.end);
      if (stack.length) stack.at(-1).cursor = done.end;
    }
  };
  for (const [start, end, name] of events) {
    if (end < from || start > to) continue;
    flush(start);
    const parent = stack.at(-1);
    if (parent) {
      add(parent.name, parent.cursor, start);
      parent.cursor = end;
    }
    stack.push({ name, end, cursor: start });
  }
  flush(Infinity);
  // What no event covers is idle (waiting for the network, a timer or a frame).
  const busy = Object.values(totals).reduce((sum, value) => sum + value, 0);
  totals.idle = Math.max(0, to - from - busy);
  return totals;
}

/** The main thread's tasks inside [from, to], each with its costliest kinds of work: the window as a timeline. */
function tasksIn(events, from, to) {
  return events
    .filter(
      ([start, end, name]) => WRAPPERS.has(name) && start <= to && end >= from && end - start > 300,
    )
    .map(([start, end]) => {
      const kinds = Object.entries(breakdown(events, start, end))
        .filter(([kind, us]) => kind !== 'idle' && us > 300)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, us]) => `${kind} ${(us / 1000).toFixed(1)}`)
        .join(', ');
      return `${((start - from) / 1000).toFixed(1).padStart(7)} ms +${((end - start) / 1000).toFixed(1)} ms: ${kinds}`;
    })
    .filter((line, index, lines) => lines.indexOf(line) === index);
}

/** Style recalcs and layouts that script forced inside [from, to], as "count × ms" per calling function. */
function forcedIn(traceEvents, main, from, to) {
  const forced = new Map();
  for (const e of traceEvents) {
    const stack = e.args?.beginData?.stackTrace;
    if (e.ph !== 'X' || !stack?.length || e.ts < from || e.ts > to) continue;
    if (e.pid !== main.pid || e.tid !== main.tid) continue;
    const frames = stack
      .slice(0, 3)
      .map(
        (frame) =>
          `${frame.functionName || '(anonymous)'}\t${frame.url}\t${frame.lineNumber - 1}\t${frame.columnNumber - 1}`,
      );
    const key = `${e.name}\n${frames.join('\n')}`;
    const entry = forced.get(key) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += (e.dur ?? 0) / 1000;
    forced.set(key, entry);
  }
  return [...forced].sort((a, b) => b[1].ms - a[1].ms);
}

/**
 * The call tree inside [from, to], top down, as lines of inclusive ms per frame (those of at least `min` ms),
 * so a cost is seen under the caller that pays it (a forced layout under the read that forced it).
 */
function treeIn(profile, from, to, min = 1) {
  const byId = new Map(profile.nodes.map((node) => [node.id, { ...node, total: 0 }]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < from || time > to) return;
    const ms = (profile.timeDeltas[index + 1] ?? 100) / 1000;
    for (let at = id; at !== undefined; at = parent.get(at)) byId.get(at).total += ms;
  });
  const lines = [];
  const walk = (node, depth) => {
    if (node.total < min) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (depth >= 0)
      lines.push([
        depth,
        node.total,
        `${functionName || '(anonymous)'}\t${url}\t${lineNumber}\t${columnNumber}`,
      ]);
    const children = (node.children ?? []).map((child) => byId.get(child));
    for (const child of children.sort((a, b) => b.total - a.total)) walk(child, depth + 1);
  };
  walk(byId.get(profile.nodes[0].id), -1);
  return lines;
}

/** Self time (ms) per function inside [from, to] from a CPU profile on the trace clock. */
function functionsIn(profile, from, to) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map();
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    if (time < from || time > to) return;
    const frame = nodes.get(id);
    const key = `${frame.functionName || '(anonymous)'}\t${frame.url}\t${frame.lineNumber}\t${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 100) / 1000);
  });
  return self;
}

const demoFeed = JSON.parse(
  await readFile(new URL('../demo/feeds/articles.json', import.meta.url), 'utf8'),
);
// The generated feeds keep the demo's first titles, so page 2 starts with the demo's seventh.
const seventhTitle = demoFeed.items[6].title;
const feedsDir = await writeFeeds();
const server = await startServer({ '/gen/': feedsDir });
const browser = await launchBrowser();
const runs = [];
try {
  for (let run = 0; run < Number(runsArg); run++) {
    // Trace from before navigation (or, for a page switch, from the first page painted) to the end.
    const { page, cdp } = await openPage(browser, 'about:blank');
    const start = async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await page.tracing.start({ categories: CATEGORIES });
      await cdp.send('Profiler.start');
    };
    if (!switching) await start();
    await page.goto(`${server.origin}/pages/${pageName}?feed=${encodeURIComponent(feed)}`);
    let painted = await waitForPainted(page, 60_000);
    if (switching) {
      await start();
      const switched = await page.evaluate(switchPage, seventhTitle);
      painted = (await page.evaluate(() => window.__benchSwitchStart)) + switched;
    }
    const { profile } = await cdp.send('Profiler.stop');
    // A mark whose page time is known ties performance.now() to the trace's clock.
    const { responseEnd, switchStart, markAt } = await page.evaluate((path) => {
      performance.mark('bench-sync');
      return {
        responseEnd: performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes(path))?.responseEnd,
        switchStart: window.__benchSwitchStart,
        markAt: performance.getEntriesByName('bench-sync')[0].startTime,
      };
    }, feed);
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    await page.close();
    const mark = traceEvents.find((e) => e.name === 'bench-sync');
    const offset = mark.ts - markAt * 1000;
    const windowStart = switching ? switchStart : responseEnd;
    const from = offset + windowStart * 1000;
    const to = offset + painted * 1000;
    const main = mainThread(traceEvents);
    const events = mainThreadEvents(traceEvents, main);
    runs.push({
      window: painted - windowStart,
      kinds: breakdown(events, from, to),
      tasks: tasksIn(events, from, to),
      names: breakdown(events, from, to, true),
      forced: forcedIn(traceEvents, main, from, to),
      functions: functionsIn(profile, from, to),
      tree: treeIn(profile, from, to),
    });
  }
} finally {
  await browser.close();
  await server.close();
  await rm(feedsDir, { recursive: true, force: true });
}

const bundles = {};
/** "name\turl\tline\tcolumn" (0-based) as the name, the file and the start of its minified source. */
async function described(frame) {
  const [name, url, line, column] = frame.split('\t');
  let source = '';
  if (url.includes('/dist/')) {
    bundles[url] ??= (
      await readFile(new URL(`../dist/${url.split('/dist/')[1]}`, import.meta.url), 'utf8')
    ).split('\n');
    source = bundles[url][Number(line)]?.slice(Number(column), Number(column) + 70) ?? '';
  }
  return `${name}  ${url.split('/').pop()}  ${source}`;
}

const windowMs = median(runs.map((run) => run.window));
console.log(
  `${pageName} on ${feed}: ${switching ? 'page switch' : 'response end'} → six cards painted, ` +
    `median of ${runs.length}: ` +
    `${windowMs.toFixed(1)} ms (${runs.map((run) => run.window.toFixed(1)).join(', ')})`,
);
const kinds = new Set(runs.flatMap((run) => Object.keys(run.kinds)));
const kindRows = [...kinds]
  .map((kind) => [kind, median(runs.map((run) => (run.kinds[kind] ?? 0) / 1000))])
  .sort((a, b) => b[1] - a[1]);
for (const [kind, ms] of kindRows) console.log(`${ms.toFixed(1).padStart(8)} ms  ${kind}`);

const typical = runs.reduce((best, run) =>
  Math.abs(run.window - windowMs) < Math.abs(best.window - windowMs) ? run : best,
);
console.log('\nby trace event (the run nearest the median):');
for (const [name, us] of Object.entries(typical.names)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 15))
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
console.log('\nstyle and layout forced by script (the same run):');
for (const [key, { count, ms }] of typical.forced) {
  const [name, ...frames] = key.split('\n');
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${count} × ${name}, called from:`);
  for (const frame of frames) console.log(`              ${await described(frame)}`);
}
if (!typical.forced.length) console.log('    none');
console.log(
  `\ntasks over 0.3 ms in that window, from the response end (the run of ${typical.window.toFixed(1)} ms):`,
);
for (const line of typical.tasks) console.log(line);
console.log(`\nself time by function in that window (the run of ${typical.window.toFixed(1)} ms):`);
for (const [key, ms] of [...typical.functions].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${await described(key)}`);
}

if (process.env.NW_PROFILE_TREE) {
  console.log('\ncall tree in that window, inclusive ms (NW_PROFILE_TREE=1):');
  for (const [depth, ms, frame] of typical.tree) {
    console.log(
      `${ms.toFixed(1).padStart(8)} ms  ${'  '.repeat(depth)}${(await described(frame)).slice(0, 110)}`,
    );
  }
}
