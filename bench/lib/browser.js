// Headless Chromium for the benchmarks: the system's browser (scripts/browsers.js never downloads one),
// one fresh page per measurement, and the in-page probes every case reads.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from '../../scripts/browsers.js';

export async function launchBrowser() {
  const { chromium } = ensureBrowsers(['chromium']);
  return puppeteer.launch({
    executablePath: chromium,
    // --enable-precise-memory-info: exact heap figures; --js-flags=--expose-gc is not needed, the memory
    // case forces collection through the DevTools protocol instead.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--window-size=1280,800'],
    defaultViewport: { width: 1280, height: 800 },
  });
}

/**
 * Runs in every page before its own scripts: records when `window.benchProbe()` (which each bench page
 * defines to recognise its own content) first holds, as the time after the frame that shows it has been
 * painted, and keeps every long task. Polls once per frame only until the probe holds, so it adds no
 * script time to the steady-state measurements that follow.
 */
export function installProbes() {
  const bench = { painted: undefined, longTasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  const poll = () => {
    if (window.benchProbe?.()) {
      // A task queued from the frame's rAF runs after that frame's paint.
      setTimeout(() => (bench.painted = performance.now()), 0);
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Opens `url` in a fresh page with the probes installed and a DevTools session attached. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.text().includes('404') && message.location()?.url?.endsWith('favicon.ico')) return;
    if (message.type() === 'error') errors.push(message.text());
  });
  // Every page here is a first view: pages share one profile, so a copy of a feed an earlier page kept
  // (src/feeds/store.ts) would otherwise answer at once. Repeat views are measured in cases/repeat-view.js.
  // It runs in every frame, and a frame without storage (sandboxed, opaque origin) throws on the read.
  await page.evaluateOnNewDocument(() => {
    try {
      localStorage.clear();
    } catch {
      // No storage here, so nothing kept either.
    }
  });
  await page.evaluateOnNewDocument(installProbes);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp, errors };
}

/** Resolves once the page's probe has held and the frame showing it was painted; returns that time. */
export async function waitForPainted(page, timeout = 10_000) {
  await page.waitForFunction(() => window.__bench.painted !== undefined, { timeout, polling: 50 });
  return page.evaluate(() => window.__bench.painted);
}

/** The DevTools performance counters as a name → value map. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}
