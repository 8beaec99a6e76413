// Case 2, ticker steady state: a ticker that has started and just scrolls. Measured over a fixed window
// (10 s; 1 s under --quick) once the strip is painted and has run a moment: layouts and style recalcs and
// script/task time from the DevTools counters, long tasks from a PerformanceObserver, frames from the
// trace. Goal for ours: no layout at all and under 1 ms of script per 10 s — the motion is a CSS
// transform animation on the compositor, so the main thread has nothing to do.
import { metrics, openPage, waitForPainted } from '../lib/browser.js';
import { Skip, repeat, sleep } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';
import { mainThreadSummary, startFrameTrace, stopFrameTrace } from '../lib/trace.js';

export const TICKERS = [
  {
    name: 'news-widgets <nw-rate-ticker>',
    page: 'ticker-ours.html',
    short: 'ours',
    baseline: true,
    ours: true,
  },
  { name: 'jQuery + jquery.marquee', page: 'ticker-jquery.html' },
  { name: 'React + react-fast-marquee', page: 'ticker-react.html' },
];

/** Opens a ticker page on a feed; throws Skip when our element is not in the bundle yet. */
export async function openTicker(ctx, contender, feed) {
  const opened = await openPage(ctx.browser, `${ctx.origin}/pages/${contender.page}?feed=${feed}`);
  if (
    contender.ours &&
    !(await opened.page.evaluate(() => Boolean(customElements.get('nw-rate-ticker'))))
  ) {
    await opened.page.close();
    throw new Skip('<nw-rate-ticker> is not in dist/rate-ticker.js yet');
  }
  return opened;
}

async function measureSteady(ctx, contender, feed, windowMs) {
  const { page, cdp, errors } = await openTicker(ctx, contender, feed);
  try {
    await waitForPainted(page);
    await sleep(ctx.duration(500, 200));
    await startFrameTrace(page);
    const before = await metrics(cdp);
    const start = await page.evaluate(() => performance.now());
    await sleep(windowMs);
    const after = await metrics(cdp);
    const frames = await stopFrameTrace(page);
    const longTasks = await page.evaluate(
      (from) => window.__bench.longTasks.filter((task) => task.startTime >= from).length,
      start,
    );
    if (errors.length) throw new Error(`${contender.page}: ${errors.join(' | ')}`);
    // The last run's breakdown is kept to explain the counters in the report.
    contender.mainThread = mainThreadSummary(frames.events);
    const seconds = (after.Timestamp - before.Timestamp) / 10;
    return {
      layouts: after.LayoutCount - before.LayoutCount,
      styles: after.RecalcStyleCount - before.RecalcStyleCount,
      // Per 10 s whatever the window, so --quick figures read on the same scale.
      script: ((after.ScriptDuration - before.ScriptDuration) * 1000) / seconds,
      tasks: ((after.TaskDuration - before.TaskDuration) * 1000) / seconds,
      longTasks,
      fps: frames.frames / (seconds * 10),
      // Share of frames that carried an animation: proof the strip was actually moving.
      moving: (100 * frames.animated) / Math.max(1, frames.frames + frames.dropped),
      dropped: frames.dropped,
    };
  } finally {
    await page.close();
  }
}

export default {
  id: 'ticker-steady',
  title: 'Ticker, steady state',
  async run(ctx) {
    const windowMs = ctx.duration(10_000, 1000);
    let markdown = '';
    const goals = [];
    for (const pairs of [5, 200]) {
      ctx.log(`  ${pairs} pairs`);
      const feed = `/gen/rates-${pairs}.json`;
      // The warm-up only warms caches: a short window does.
      const rows = await repeat(ctx, TICKERS, (contender, { warmup }) =>
        measureSteady(ctx, contender, feed, warmup ? Math.min(windowMs, 2000) : windowMs),
      );
      markdown += table({
        title: `${pairs} pairs, ${windowMs / 1000} s of scrolling`,
        columns: [
          { key: 'layouts', label: 'layouts', digits: 0 },
          { key: 'styles', label: 'style recalcs', digits: 0 },
          { key: 'script', label: 'script ms / 10 s', digits: 2 },
          { key: 'tasks', label: 'main-thread task ms / 10 s', digits: 1 },
          { key: 'longTasks', label: 'long tasks', digits: 0 },
          { key: 'fps', label: 'frames / s', digits: 1 },
          { key: 'dropped', label: 'dropped frames', digits: 0 },
          { key: 'moving', label: '% frames animating', digits: 0 },
        ],
        rows,
        ratioOf: 'tasks',
      });
      const explained = rows.filter((row) => row.samples.length);
      markdown += `\nMain thread during the last window, from the trace (costliest first):\n\n${explained
        .map((row) => `- ${row.name}: ${row.mainThread}`)
        .join('\n')}\n\n`;
      const ours = rows.find((row) => row.ours);
      const m = ours.samples.length ? medians(ours.samples) : {};
      goals.push(
        {
          label: `ticker, ${pairs} pairs: 0 layouts per 10 s`,
          measured: m.layouts,
          digits: 0,
          met: m.layouts === 0,
        },
        {
          label: `ticker, ${pairs} pairs: < 1 ms script per 10 s`,
          measured: m.script,
          unit: ' ms',
          met: m.script < 1,
        },
      );
    }
    markdown +=
      'Counters are deltas of the DevTools `Performance.getMetrics` figures over the window (script and task time ' +
      'scaled to 10 s). Frames come from the trace’s `PipelineReporter` events (presented, dropped, and whether ' +
      'they carried an animation), so nothing in the page counts frames from script. A task is long past 50 ms. ' +
      'When the trace shows nothing on the page’s main thread, the remaining task time is the DevTools protocol ' +
      'serving the measurement itself (the same for every contender), not the ticker.\n';
    return { markdown, goals };
  },
};
