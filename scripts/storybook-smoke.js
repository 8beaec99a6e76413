// `npm run test-storybook`: every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) opened in headless Chromium. A story fails on a console error, an uncaught
// exception or unhandled rejection, a story that does not render, or an axe violation in the story root.
//
// The server is a plain static file server, as a designer's host would be: the fault stories' states come
// from Mock Service Worker in the page (.storybook/feed-faults.ts), and this test proves they are shown.
// Stories tagged with a state are checked for what a reader sees in it, in the elements' shadow roots:
//   loading      busy, skeletons or the loading message, and no items — still so once requests settle
//   slow         busy with no items first, then items
//   failed       the error message and no items
//   stale        the stale note beside the last good items
//   empty        the empty message
//   update       the rates on screen change after a refresh
//
// Expected failures: Chromium logs "Failed to load resource: …404" for every failed request, which is the
// point of an error-state story. Those console messages, and only those, are ignored for stories tagged
// `http-errors` (story `tags`, which Storybook writes into index.json). Everything else still fails them.
// Stories tagged `error-state` (404, 500, bad JSON, stale) are checked after their first `nw-error` event, so
// axe sees the error or stale message, and a story that never fails is itself a failure.
//
// Stories tagged `reduced-motion` are opened with prefers-reduced-motion: reduce emulated.
//
// Docs pages: each element's has its API table, and no page shows a Markdown table as raw text.
//
// Options: --only=<id substring>, --globals=page:dark (Storybook's globals URL syntax), SMOKE_PAGES=N.
/* global customElements, document, window -- the functions passed to page.evaluate run in the story's page */
import { fileURLToPath } from 'node:url';
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

const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const EXPECTED_HTTP_ERRORS_TAG = 'http-errors';
const ERROR_STATE_TAG = 'error-state';
// One story at a time by default: every story page is a client of the same Mock Service Worker, and with
// four opened at once some navigations never reached DOMContentLoaded (2 of 60 pages timed out on a quiet
// machine; 0 of 60 one at a time, in about the same 85 s, since the hung pages had cost the run a minute each).
const PARALLEL = Number(process.env.SMOKE_PAGES ?? 1);
// Page-level rules: a story is a fragment, not a page, so it has no landmarks or <h1> of its own.
const AXE_OFF = ['region', 'landmark-one-main', 'page-has-heading-one'];

const option = (name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

/** In the page: waits for every Lit element to finish updating, then runs axe on the story root. */
async function settleAndAudit(axeOff) {
  const all = [...document.querySelectorAll('#storybook-root *')];
  // A tag that never upgraded renders nothing, and nothing passes axe: that is a failure, not a pass.
  const undefinedTags = all
    .filter((el) => el.localName.startsWith('nw-') && !customElements.get(el.localName))
    .map((el) => `not defined: <${el.localName}>`);
  if (undefinedTags.length) return [...new Set(undefinedTags)];
  await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
  const rules = Object.fromEntries(axeOff.map((id) => [id, { enabled: false }]));
  const { violations } = await window.axe.run(document.querySelector('#storybook-root'), {
    resultTypes: ['violations'],
    rules,
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join('; ')})`);
}

/** In the page: what the story's feed elements show, read from their shadow roots. */
function shownState() {
  const hosts = [
    ...document.querySelectorAll(
      ['nw-news-list', 'nw-rate-ticker', 'nw-rate-table', 'nw-currency-converter']
        .map((tag) => `#storybook-root ${tag}`)
        .join(', '),
    ),
  ];
  const inside = (selector) =>
    hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll(selector)]);
  const visible = (el) => el.getClientRects().length > 0;
  return {
    hosts: hosts.length,
    busy: inside('[part~="base"][aria-busy="true"]').length,
    skeletons: inside('.skeleton').filter(visible).length,
    // The list's and ticker's items, the table's rows, the converter's form.
    items: inside('[part~="item"], [part~="row"], form[part~="base"]').filter(visible).length,
    // The ticker's items without their copies: what one pass of the strip says.
    rates: inside('.track > ul [part~="rate"]')
      .map((el) => el.textContent)
      .join(' '),
    statuses: inside('[part~="status"]')
      .filter(visible)
      .map((el) => ({ className: el.className, text: (el.title || el.textContent).trim() })),
  };
}

const hasStatus = (state, kind) =>
  state.statuses.some(({ className, text }) => className.split(' ').includes(kind) && text);

/** Each state tag's test of shownState(), and what failing it means. */
const STATE_CHECKS = {
  loading: [
    (s) =>
      s.hosts > 0 &&
      s.busy === s.hosts &&
      s.items === 0 &&
      (s.skeletons > 0 || s.statuses.some(({ text }) => text)),
    'loading: expected busy elements with skeletons or a loading message and no items',
  ],
  failed: [
    (s) => s.items === 0 && hasStatus(s, 'error'),
    'failed: expected the error message and no items',
  ],
  stale: [
    (s) => s.items > 0 && (hasStatus(s, 'stale') || s.statuses.some(({ text }) => text)),
    'stale: expected the stale note beside the last good items',
  ],
  empty: [
    (s) => s.items === 0 && hasStatus(s, 'empty'),
    'empty: expected the empty message and no items',
  ],
};

async function waitForState(page, test) {
  const deadline = Date.now() + RENDER_TIMEOUT;
  for (let state = await page.evaluate(shownState); Date.now() < deadline;) {
    if (test(state)) return state;
    await new Promise((done) => setTimeout(done, 50));
    state = await page.evaluate(shownState);
  }
  return undefined;
}

/** The checks of a story's state tags; `early` runs right after render, `late` once requests settle. */
async function checkStates(page, tags, when) {
  const problems = [];
  for (const [tag, [test, message]] of Object.entries(STATE_CHECKS)) {
    if (!tags.includes(tag)) continue;
    // A loading state must still be loading once everything else has settled, not just at first paint.
    const state =
      when === 'late' ? await page.evaluate(shownState) : await waitForState(page, test);
    if (!state || !test(state)) problems.push(`${message} (shown: ${JSON.stringify(state)})`);
  }
  if (when === 'early' && tags.includes('slow')) {
    const first = await page.evaluate(shownState);
    if (!(first.busy && first.items === 0))
      problems.push(`slow: not loading at first (${JSON.stringify(first)})`);
    if (!(await waitForState(page, (s) => s.items > 0 && !s.busy)))
      problems.push('slow: items never came');
  }
  if (when === 'early' && tags.includes('update')) {
    const before = (await waitForState(page, (s) => s.rates !== ''))?.rates;
    const after = before && (await waitForState(page, (s) => s.rates !== '' && s.rates !== before));
    if (!after) problems.push(`update: the rates on screen never changed from "${before}"`);
  }
  return problems;
}

async function checkStory(browser, base, entry, globals) {
  const problems = [];
  const { page, close } = await openWindow(browser);
  try {
    await page.setViewport({ width: 1000, height: 700 });
    const expectHttpErrors = entry.tags?.includes(EXPECTED_HTTP_ERRORS_TAG);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (expectHttpErrors && text.startsWith('Failed to load resource')) return;
      problems.push(`console.error: ${text} ${message.location()?.url ?? ''}`.trim());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message ?? error}`));
    // Chromium reports most unhandled rejections as page errors; this catches the rest, by name.
    await page.evaluateOnNewDocument(() => {
      window.nwErrors = 0;
      document.addEventListener('nw-error', () => window.nwErrors++);
      window.addEventListener('unhandledrejection', (event) =>
        console.error(`unhandled rejection: ${event.reason?.message ?? event.reason}`),
      );
    });
    if (entry.tags?.includes('reduced-motion')) {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    }
    const settled = trackRequests(page);
    const query = new URLSearchParams({ id: entry.id, viewMode: 'story' });
    if (globals) query.set('globals', globals);
    await page.goto(`${base}/iframe.html?${query}`, NAVIGATION);
    const handle = await page
      .waitForFunction(renderedOrFailed, { timeout: RENDER_TIMEOUT, polling: 50 })
      .catch(async (error) => {
        const state = await page.evaluate(() => document.body.className).catch(() => '?');
        throw new Error(`${error.message} (body class: ${state})`);
      });
    if ((await handle.jsonValue()) === 'error') {
      const shown = await page.$eval('#error-message', (el) => el.textContent).catch(() => '');
      problems.push(`story threw: ${shown}`);
      return problems;
    }
    const tags = entry.tags ?? [];
    problems.push(...(await checkStates(page, tags, 'early')));
    if (entry.tags?.includes(ERROR_STATE_TAG)) {
      await page
        .waitForFunction(() => window.nwErrors > 0, { timeout: RENDER_TIMEOUT, polling: 50 })
        .catch(() => problems.push('error-state story: no nw-error event'));
    }
    await settled();
    problems.push(
      ...(await checkStates(
        page,
        tags.filter((tag) => tag === 'loading'),
        'late',
      )),
    );
    await page.addScriptTag({ path: axePath });
    problems.push(...(await page.evaluate(settleAndAudit, AXE_OFF)));
  } catch (error) {
    problems.push(`smoke: ${error.message}`);
  } finally {
    await close();
  }
  return problems;
}

/** In the page: a Docs page's tables, and any Markdown table left as text; null until it has a table. */
function docsTables() {
  const content = document.querySelector('.sbdocs-content');
  if (!content?.querySelector('table')) return null;
  return {
    tables: content?.querySelectorAll('table').length ?? 0,
    apiRows: content?.querySelectorAll('.docblock-argstable tbody tr').length ?? 0,
    rawMarkdown: /\|\s*-{3,}/.test(content?.innerText ?? ''),
  };
}

/**
 * A Docs page renders: an element's autodocs page has its API table (from custom-elements.json), and no page
 * shows a Markdown table as raw text. Its stories' own console messages are the story checks' business.
 */
async function checkDocs(browser, base, entry) {
  const problems = [];
  const { page, close } = await openWindow(browser);
  try {
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message ?? error}`));
    const query = new URLSearchParams({ id: entry.id, viewMode: 'docs' });
    await page.goto(`${base}/iframe.html?${query}`, NAVIGATION);
    // Read in the same poll that finds the table: waitForFunction outlives a navigation, a later evaluate
    // would not (the news list's docs page once navigated between the two on a loaded machine).
    const found = await page.waitForFunction(docsTables, { timeout: RENDER_TIMEOUT, polling: 50 });
    const shown = await found.jsonValue();
    // Every element has attributes, CSS parts and custom properties: a table of fewer rows lost them.
    if (entry.tags?.includes('autodocs') && shown.apiRows < 5) {
      problems.push(`docs: API table with ${shown.apiRows} rows`);
    }
    if (shown.rawMarkdown) problems.push('docs: a Markdown table shown as text');
  } catch (error) {
    problems.push(`smoke: ${error.message}`);
  } finally {
    await close();
  }
  return problems;
}

async function main() {
  const only = option('only');
  const globals = option('globals');
  const stories = (await storyEntries()).filter((entry) => !only || entry.id.includes(only));
  const docs = (await storyEntries('docs')).filter((entry) => !only || entry.id.includes(only));

  const started = Date.now();
  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = ensureBrowsers(['chromium']);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: CHROMIUM_ARGS,
    headless: true,
  });

  let failed = 0;
  const queue = [...stories, ...docs];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems =
        entry.type === 'docs'
          ? await checkDocs(browser, base, entry)
          : await checkStory(browser, base, entry, globals);
      if (problems.length) failed++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id}`);
      for (const problem of problems) console.log(`     ${problem}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, () => worker()));
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `storybook: ${stories.length} stories and ${docs.length} docs pages checked, ${failed} failed (${seconds} s${globals ? `, ${globals}` : ''})`,
  );
  process.exit(failed || !stories.length ? 1 : 0);
}

await main();
