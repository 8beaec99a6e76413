// Case 6, memory: each element mounted and unmounted 1,000 times (100 under --quick), with what the page's
// script holds, the heap, DOM nodes and event listeners compared before and after. A component that leaks a
// listener, a feed subscription or a timer per mount shows up here as growth proportional to the cycles.
//
// The verdict reads what script holds (objects, closures, arrays, strings: bench/lib/heap.js), from a heap
// snapshot after each round, not `JSHeapUsedSize`: that one also counts the code V8 keeps optimizing for
// thousands of mounts, which made one before/after pair swing 3–41 KiB between runs of the same build while
// no object of ours grew. What script holds comes out 0 bytes for most rounds; the median of the runs
// drops the odd round whose snapshot catches something short-lived (hundreds of KiB that the next round
// gives back).
import { metrics, openPage } from '../lib/browser.js';
import { scriptHeld } from '../lib/heap.js';
import { Skip, repeat } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';

const ELEMENTS = [
  { name: 'plain <div> (control)', short: 'control', tag: 'div', baseline: true },
  ...[
    'nw-rate-ticker',
    'nw-news-list',
    'nw-article-card',
    'nw-dateline',
    'nw-rate-table',
    'nw-currency-converter',
  ].map((tag) => ({
    name: `<${tag}>`,
    tag,
  })),
];

async function settledCounters(page, cdp) {
  // The page's long-task probe (lib/browser.js) keeps every long task, more of them the busier the machine:
  // not the element's, so emptied before each measurement.
  await page.evaluate(() => {
    window.__bench.longTasks.length = 0;
  });
  // Twice: the first pass can leave objects whose finalizers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = await metrics(cdp);
  const held = await scriptHeld(cdp);
  return {
    heap: counters.JSHeapUsedSize,
    held: held.bytes,
    objects: held.objects,
    nodes: counters.Nodes,
    listeners: counters.JSEventListeners,
  };
}

async function measureMemory(ctx, { tag }, cycles) {
  const { page, cdp, errors } = await openPage(ctx.browser, `${ctx.origin}/pages/memory.html`);
  try {
    await page.waitForFunction(() => typeof window.benchCycle === 'function', { timeout: 10_000 });
    if (!(await page.evaluate((name) => window.benchDefined(name), tag))) {
      throw new Skip(`<${tag}> is not in dist/news-widgets.js yet`);
    }
    await cdp.send('HeapProfiler.enable');
    // Cycles first, so what is made once per page (styles, caches, the feed, and the optimized code V8
    // compiles once a function is hot, which took up to ~1,000 cycles in trials) counts as "before".
    await page.evaluate((name, count) => window.benchCycle(name, count), tag, cycles);
    const before = await settledCounters(page, cdp);
    const started = Date.now();
    await page.evaluate((name, count) => window.benchCycle(name, count), tag, cycles);
    const elapsed = Date.now() - started;
    const after = await settledCounters(page, cdp);
    if (errors.length) throw new Error(`memory.html (${tag}): ${errors.join(' | ')}`);
    return {
      heapBefore: before.heap / 1024,
      heapGrowth: (after.heap - before.heap) / 1024,
      heldGrowth: (after.held - before.held) / 1024,
      objects: after.objects - before.objects,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      perCycle: elapsed / cycles,
    };
  } finally {
    await page.close();
  }
}

export default {
  id: 'memory',
  title: 'Memory',
  async run(ctx) {
    const cycles = ctx.quick ? 100 : 1000;
    // No separate warm-up round: every measurement opens a fresh page and runs a full round of cycles
    // before "before", which is the warm-up (and the case's costliest part: 2,000 list mounts a run).
    const rows = await repeat({ ...ctx, warmups: 0 }, ELEMENTS, (element) =>
      measureMemory(ctx, element, cycles),
    );
    const markdown = table({
      title: `${cycles.toLocaleString('en-US')} mount/unmount cycles`,
      columns: [
        { key: 'heapBefore', label: 'JS heap before, KiB', digits: 0 },
        { key: 'heapGrowth', label: 'JS heap growth (with compiled code), KiB', digits: 1 },
        { key: 'heldGrowth', label: 'held by script, growth, KiB', digits: 1 },
        { key: 'objects', label: 'objects growth', digits: 0 },
        { key: 'nodes', label: 'DOM nodes growth', digits: 0 },
        { key: 'listeners', label: 'listeners growth', digits: 0 },
        { key: 'perCycle', label: 'ms per cycle', digits: 2 },
      ],
      rows,
      note:
        'Each cycle: create, set the feed (or the article), append, await the first render and one more task, ' +
        'remove. As many cycles run before "before". "held by script": the objects, closures, arrays and ' +
        "strings in a heap snapshot (V8's code and bookkeeping left out), which is what a leak is made of and " +
        'what the goal reads; "JS heap" is `JSHeapUsedSize` after two forced collections, which also counts ' +
        'the code V8 goes on optimizing for thousands of cycles. The control cycles a plain `<div>` the same way.',
    });
    // The control's growth is the harness's own (promises, the evaluate call, V8's bookkeeping); what an
    // element adds on top is its own. Under 16 bytes a cycle is no leak of anything a mount holds (the
    // smallest object V8 allocates is 12 bytes, and a leaked listener or subscription costs far more).
    const control = rows.find((row) => row.baseline);
    const controlGrowth = control.samples.length ? medians(control.samples).heldGrowth : 0;
    const limit = (cycles * 16) / 1024;
    const goals = rows
      .filter((row) => !row.baseline && row.samples.length)
      .map((row) => {
        const m = medians(row.samples);
        const own = m.heldGrowth - controlGrowth;
        return {
          label: `${row.name}: after ${cycles} cycles, growth of what script holds beyond the control < ${limit.toFixed(1)} KiB, no node or listener growth`,
          measured: own,
          unit: ' KiB',
          digits: 1,
          met: own < limit && m.nodes <= 0 && m.listeners <= 0,
        };
      });
    return { markdown, goals };
  },
};
