// `npm run test:visual`: screenshots of a focused set of stories on a light and a dark page, from the static
// Storybook build (`npm run build-storybook`), compared with the baselines in stories/visual/.
// `npm run test:visual -- --update` accepts the current look (writes the baselines). A story that differs
// writes its screenshot and a diff image (changed pixels in red) to visual-diff/, which git ignores.
//
// Deterministic on a fresh machine: a fixed viewport at device scale 1, Chromium's font hinting and LCD text
// off, DejaVu Sans from Debian's fonts-dejavu-core on every page (.ci/run installs it), UTC
// and en-GB, Date frozen at 2025-12-07 09:00 UTC (the dateline shows "today"), feeds from the build's own
// files, prefers-reduced-motion (the ticker stands still; MOVING below shows a strip that runs) and every CSS
// animation held at its start.
//
// pixelmatch + pngjs: pure JavaScript, nothing to download or compile, and pixelmatch's anti-aliasing
// detection ignores the sub-pixel edge noise between runs while any real change in colour or layout fails.
/* global document, window */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';
import {
  NAVIGATION,
  openWindow,
  RENDER_TIMEOUT,
  renderedOrFailed,
  startServer,
  storyEntries,
  trackRequests,
} from './storybook-static.js';

const BASELINES = fileURLToPath(new URL('../stories/visual/', import.meta.url));
const DIFFS = fileURLToPath(new URL('../visual-diff/', import.meta.url));
const VIEWPORT = { width: 560, height: 400, deviceScaleFactor: 1 };
const PAGES = ['light', 'dark'];
const FROZEN_NOW = Date.UTC(2025, 11, 7, 9, 0, 0);
// From Debian's fonts-dejavu-core, which .ci/run installs.
const FONT = '"DejaVu Sans"';
// pixelmatch's per-pixel colour threshold (0..1), and how many pixels may differ in all. Its default, 0.1,
// let a darker shade of the ticker's green (#13743a → #1a7f45) through; the screenshots are identical run
// to run, so the only noise to allow is anti-aliasing, which pixelmatch detects on its own.
const THRESHOLD = 0.02;
const MAX_DIFF_PIXELS = 20;
const ERROR_STATE_TAG = 'error-state';
const HOST = 'storybook.test';

// One story per look a designer signs off: each element's main state, and the states with their own design.
const STORIES = [
  'elements-rate-ticker--default',
  'elements-rate-ticker--loading',
  'elements-rate-ticker--stale',
  'elements-rate-ticker--not-found',
  'elements-article-card--stacked',
  'elements-article-card--horizontal',
  'elements-article-card--compact',
  'elements-news-list--pages',
  'elements-news-list--loading',
  'elements-news-list--not-found',
  'elements-news-list--empty',
  'elements-dateline--default',
  'elements-dateline--formats',
  // The rates suite: the ticker's later looks (the bank's quantity with the "as of" line, the "Out of date"
  // badge, flags, faded ends, trend lines), the table's and the converter's main states and those with their own design.
  'elements-rate-ticker--published-quantity',
  'elements-rate-ticker--outdated',
  'elements-rate-ticker--flags',
  'elements-rate-ticker--faded',
  'elements-rate-ticker--trends',
  'elements-rate-table--default',
  'elements-rate-table--sorted-by-change',
  'elements-rate-table--trends',
  'elements-rate-table--stale',
  'elements-currency-converter--trend',
  'elements-currency-converter--no-rate',
];
// Stories whose look is the moving strip (the ticker's faded ends, which the wrapped strip of reduced motion
// does not have): shown without reduced motion, the loop held at its start like every other animation.
const MOVING = new Set(['elements-rate-ticker--faded']);
// Stories taller than the viewport whose whole look is signed off: a taller page, so the last row is not cut.
const HEIGHTS = new Map([['elements-rate-table--stale', 440]]);

const update = process.argv.includes('--update');

/** In the page, before any script: `new Date()` and `Date.now()` start at FROZEN_NOW and run on from there. */
function freezeDate(now) {
  const RealDate = Date;
  const start = performance.now();
  const current = () => now + (performance.now() - start);
  class FrozenDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [current()]));
    }
    static now() {
      return Math.floor(current());
    }
  }
  window.Date = FrozenDate;
}

/**
 * In the page: one font on every page whatever else the machine has (system-ui and sans-serif resolve
 * differently with other font packages). The elements inherit it; !important beats the page decorator's
 * inline font.
 */
function fixFont(family) {
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = `body { font-family: ${family} !important; }`;
    document.head.append(style);
  });
}

/** In the page: every element updated, every picture decoded, every font loaded. */
async function settled() {
  const all = [...document.querySelectorAll('#storybook-root *')];
  const deep = (nodes) =>
    nodes.flatMap((node) => [node, ...deep([...(node.shadowRoot?.querySelectorAll('*') ?? [])])]);
  const everything = deep(all);
  await Promise.all(everything.map((el) => el.updateComplete).filter(Boolean));
  await Promise.all(
    everything
      .filter((el) => el.localName === 'img' && el.src)
      .map((img) => img.decode().catch(() => undefined)),
  );
  await document.fonts.ready;
}

async function screenshot(browser, base, entry, page) {
  const { page: tab, close } = await openWindow(browser);
  try {
    await tab.setViewport({ ...VIEWPORT, height: HEIGHTS.get(entry.id) ?? VIEWPORT.height });
    await tab.emulateTimezone('UTC');
    await tab.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: MOVING.has(entry.id) ? 'no-preference' : 'reduce' },
    ]);
    const cdp = await tab.createCDPSession();
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
    await tab.evaluateOnNewDocument(freezeDate, FROZEN_NOW);
    await tab.evaluateOnNewDocument(fixFont, FONT);
    await tab.evaluateOnNewDocument(() => {
      window.nwErrors = 0;
      document.addEventListener('nw-error', () => window.nwErrors++);
    });
    const requests = trackRequests(tab);
    const query = new URLSearchParams({ id: entry.id, viewMode: 'story', globals: `page:${page}` });
    await tab.goto(`${base}/iframe.html?${query}`, NAVIGATION);
    const rendered = await tab.waitForFunction(renderedOrFailed, {
      timeout: RENDER_TIMEOUT,
      polling: 50,
    });
    if ((await rendered.jsonValue()) === 'error') throw new Error('the story threw');
    if (entry.tags?.includes(ERROR_STATE_TAG)) {
      await tab.waitForFunction(() => window.nwErrors > 0, {
        timeout: RENDER_TIMEOUT,
        polling: 50,
      });
    }
    await requests();
    await tab.evaluate(settled);
    return PNG.sync.read(Buffer.from(await tab.screenshot({ type: 'png' })));
  } finally {
    await close();
  }
}

/** RGB without alpha at the strongest deflate: what keeps the committed baselines small. */
const encode = (png) =>
  PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9, filterType: -1 });

async function compare(name, actual) {
  const file = join(BASELINES, `${name}.png`);
  if (update) {
    await writeFile(file, encode(actual));
    return 'updated';
  }
  const expected = await readFile(file)
    .then((bytes) => PNG.sync.read(bytes))
    .catch(() => undefined);
  if (!expected) return 'no baseline (run `npm run test:visual -- --update`)';
  if (expected.width !== actual.width || expected.height !== actual.height) {
    await writeFile(join(DIFFS, `${name}.actual.png`), encode(actual));
    return `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
  });
  if (changed <= MAX_DIFF_PIXELS) return '';
  await writeFile(join(DIFFS, `${name}.actual.png`), encode(actual));
  await writeFile(join(DIFFS, `${name}.diff.png`), encode(diff));
  return `${changed} pixels differ (diff in visual-diff/${name}.diff.png)`;
}

async function main() {
  const entries = new Map((await storyEntries()).map((entry) => [entry.id, entry]));
  const missing = STORIES.filter((id) => !entries.has(id));
  if (missing.length) {
    console.error(`Stories not in the build: ${missing.join(', ')}`);
    process.exit(1);
  }
  await rm(DIFFS, { recursive: true, force: true });
  await mkdir(DIFFS, { recursive: true });
  await mkdir(BASELINES, { recursive: true });

  const started = Date.now();
  const server = await startServer();
  // One address on every run: messages that quote a feed's URL show no port that changes between runs.
  // Service workers (Mock Service Worker) need a secure origin, which a made-up host is only when told.
  const base = `http://${HOST}`;
  const hostArgs = [
    `--host-resolver-rules=MAP ${HOST}:80 127.0.0.1:${server.address().port}`,
    `--unsafely-treat-insecure-origin-as-secure=${base}`,
  ];
  const { chromium } = ensureBrowsers(['chromium']);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: [
      ...CHROMIUM_ARGS,
      ...hostArgs,
      '--lang=en-GB',
      '--font-render-hinting=none',
      '--disable-lcd-text',
      '--force-color-profile=srgb',
      '--hide-scrollbars',
    ],
    headless: true,
    env: { ...process.env, LANG: 'en_GB.UTF-8', TZ: 'UTC' },
  });

  const jobs = STORIES.flatMap((id) => PAGES.map((page) => ({ entry: entries.get(id), page })));
  let failed = 0;
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const name = `${job.entry.id}.${job.page}`;
      const problem = await screenshot(browser, base, job.entry, job.page)
        .then((png) => compare(name, png))
        .catch((error) => `could not screenshot: ${error.message}`);
      const failure = problem && problem !== 'updated';
      if (failure) failed++;
      console.log(
        `${failure ? 'FAIL' : problem ? 'new ' : 'ok  '} ${name}${failure ? `: ${problem}` : ''}`,
      );
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const count = STORIES.length * PAGES.length;
  console.log(
    `visual: ${count} screenshots ${update ? 'written' : 'compared'}, ${failed} failed (${seconds} s)`,
  );
  process.exit(failed ? 1 : 0);
}

await main();
