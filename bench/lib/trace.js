// Reads what the DevTools counters cannot tell: frames, from a Chromium trace. Every frame the compositor
// produces leaves a `PipelineReporter` event whose state says whether it was presented in full, in part
// or dropped; reading them costs the page nothing, unlike counting rAF intervals from script.

export const FRAME_CATEGORIES = [
  'disabled-by-default-devtools.timeline.frame',
  'devtools.timeline',
];

/** Starts tracing the page's frames. */
export function startFrameTrace(page) {
  return page.tracing.start({ categories: FRAME_CATEGORIES });
}

/** Stops tracing; resolves to `{ frames, dropped, partial, animated, events }`. */
export async function stopFrameTrace(page) {
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const reports = traceEvents
    .filter((event) => event.name === 'PipelineReporter' && event.ph === 'b')
    .map((event) => event.args?.frame_reporter ?? {});
  const count = (test) => reports.filter(test).length;
  return {
    frames: count(
      (r) => r.state === 'STATE_PRESENTED_ALL' || r.state === 'STATE_PRESENTED_PARTIAL',
    ),
    dropped: count((r) => r.state === 'STATE_DROPPED'),
    partial: count((r) => r.state === 'STATE_PRESENTED_PARTIAL'),
    animated: count((r) => r.has_compositor_animation || r.has_main_animation),
    events: traceEvents,
  };
}

// Wrappers that contain the real work; summing them as well would count it twice.
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

/**
 * Where the renderer's main thread spent the traced window: the costliest trace event names with their
 * count and total milliseconds, as one line for the report ("FunctionCall ×3 0.40 ms, …").
 */
export function mainThreadSummary(events, top = 5) {
  // The page's renderer only: the browser's own WebUI renderer shows up in the trace too.
  const pages = new Set(
    events
      .filter((e) => e.name === 'process_name' && e.args?.name === 'Renderer')
      .map((e) => e.pid),
  );
  const mains = new Set(
    events
      .filter(
        (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pages.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`) || WRAPPERS.has(e.name)) continue;
    const total = totals.get(e.name) ?? { count: 0, ms: 0 };
    total.count++;
    total.ms += (e.dur ?? 0) / 1000;
    totals.set(e.name, total);
  }
  const lines = [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([name, { count, ms }]) => `${name} ×${count} ${ms.toFixed(2)} ms`);
  return lines.length ? lines.join(', ') : 'nothing';
}
