// `npm run check:pages`: the built bundles on real pages, in headless Chromium and Firefox and in WebKit
// (or the engines NW_BROWSERS names).
//   demo suite    — every page `npm start` serves: each element renders, nothing throws.
//   hostile suite — pages we don't control (test/pages/): a strict CSP, Trusted Types, aggressive global
//                   CSS, our tag already taken by another script. Same checks, plus zero CSP violations
//                   and per-page expectations below.
// Needs `npm run build` first. Prints one line per page and browser and `pages: N passed, N failed`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers, wantedBrowsers } from './browsers.js';
import { startPageServer } from './page-server.js';
import { openWebKitSession } from './webkit.js';

const dir = (path) => fileURLToPath(new URL(path, import.meta.url));
const PROBE = readFileSync(dir('../test/pages/probe.js'), 'utf8');

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
// Both at once, with the policy names SECURITY.md tells sites to allow; feed images may come from anywhere.
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' http: https:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html news-widgets";

const SUITES = [
  {
    name: 'demo',
    pagesDir: dir('../demo'),
    pages: {
      '/': {},
      '/module.html': {},
      '/rss.html': {},
      '/twice.html': {},
      '/dark.html': {},
      '/currency.html': {},
    },
  },
  {
    name: 'hostile',
    pagesDir: dir('../test/pages'),
    pages: {
      '/csp.html': { headers: { 'content-security-policy': CSP } },
      '/trusted-types.html': { headers: { 'content-security-policy': TRUSTED_TYPES } },
      '/hostile-css.html': { check: layoutSurvives },
      // Hostile feeds (test/fixtures/hostile/) under STRICT: no payload runs, no violation, every widget says something.
      // Feed images that point at hosts that do not exist fail to load; that is the feed's problem, not an error.
      '/hostile-feeds.html': {
        headers: { 'content-security-policy': STRICT },
        ignore: /Failed to load resource/,
      },
      // A language and a feed reader loaded on demand (dist/chunks/), under the same strict policy.
      '/languages.html': {
        headers: { 'content-security-policy': STRICT },
        // The rates themselves, not the loading message: the XML reader has then arrived.
        ready: (elements) => elements.some((el) => el.text.includes('USD/RUB')),
        check: spokeKazakhFromChunks,
      },
      // The ticker alone as partners embed it: which files such a page loads is what its size budgets measure.
      '/partner.html': {
        headers: { 'content-security-policy': STRICT },
        ready: (elements) => elements.some((el) => el.text.includes('KGS/USD')),
        check: loadedOnly('Exchange rates, Demo data, as of December 7, 2025', []),
      },
      '/partner-xml.html': {
        headers: { 'content-security-policy': STRICT },
        ready: (elements) => elements.some((el) => el.text.includes('KZT/USD')),
        check: loadedOnly('Exchange rates, Bank of Russia, as of December 6, 2025', ['xml']),
      },
      // Its <nw-dateline> is someone else's; ours may be absent there.
      '/predefined.html': { check: leftTheirElementAlone, theirs: true },
    },
  },
];

/** In the page: each of our elements (by the version stamp on its class) and whether it rendered. */
function inspectElements() {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('nw-') && customElements.get(el.localName)?.nwVersion)
    .map((el) => {
      const box = el.getBoundingClientRect();
      return {
        tag: el.localName,
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        label: el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '',
        width: box.width,
        height: box.height,
      };
    });
}

/** Aggressive global CSS must not collapse, hide or overlap our elements. */
function layoutSurvives({ elements }) {
  const collapsed = elements.filter((el) => el.width < 50 || el.height < 10).map((el) => el.tag);
  return collapsed.length ? `collapsed: ${collapsed.join(', ')}` : '';
}

/**
 * The ticker named itself in Kazakh — its label, the Bank of Russia's name and the feed's day with a Kazakh
 * month — and read the XML feed, with the two chunks that takes.
 */
const KAZAKH_NAME = 'Валюта бағамдары, Ресей Банкі, 06 желтоқсан 2025 жағдай бойынша';
function spokeKazakhFromChunks({ elements, chunks }) {
  const problems = [];
  const label = elements.find((el) => el.tag === 'nw-rate-ticker')?.label;
  if (label !== KAZAKH_NAME) problems.push(`named "${label}", not "${KAZAKH_NAME}"`);
  for (const name of ['kk', 'xml'])
    if (!chunks.some((url) => url.includes(`/chunks/rate-ticker-${name}-`)))
      problems.push(`no ${name} chunk loaded (${chunks.join(', ') || 'none'})`);
  return problems.join('; ');
}

/**
 * A partner's ticker page in English showed its rates, named `name` (who published them and the day), and
 * loaded from dist/chunks/ exactly the rate-ticker chunks `names` (none for a JSON feed: everything it ran was
 * in dist/rate-ticker.js).
 */
function loadedOnly(name, names) {
  return ({ elements, chunks }) => {
    const problems = [];
    const label = elements.find((el) => el.tag === 'nw-rate-ticker')?.label;
    if (label !== name) problems.push(`named "${label}", not "${name}"`);
    const loaded = chunks.map(
      (url) => url.match(/\/chunks\/rate-ticker-(.+)-[\w-]{8}\.js$/)?.[1] ?? url,
    );
    if (loaded.sort().join() !== names.join())
      problems.push(`loaded chunks [${loaded.join(', ')}], not [${names.join(', ')}]`);
    return problems.join('; ');
  };
}

/** Someone else's <nw-dateline> stays theirs, and the console says why ours is missing. */
function leftTheirElementAlone({ warnings, page }) {
  const warned = warnings.some((text) =>
    text.includes('<nw-dateline> is already defined by other code'),
  );
  return warned ? '' : `no warning about the taken tag (${page})`;
}

/** Every element shows something (a loading message counts), unless the page asks for more. */
const hasContent = (elements) => elements.length && elements.every((el) => el.text);

async function waitForContent(evaluate, ready = hasContent) {
  // Elements fetch their feeds after load; give them a moment, but stop as soon as all have content.
  for (let waited = 0; waited < 5000; waited += 250) {
    const elements = await evaluate(inspectElements);
    if (ready(elements)) return elements;
    await sleep(250);
  }
  return evaluate(inspectElements);
}

/** What a page shows and reports once its elements have content; the same for every engine. */
async function observe(evaluate, ready) {
  const elements = await waitForContent(evaluate, ready);
  const page = await evaluate(() => ({
    violations: window.__nwViolations ?? [],
    pwned: window.__nwPwned ?? [],
    theirs: document.querySelector('nw-dateline')?.textContent,
    logged: window.__nwLogged ?? { errors: [], warnings: [] },
    // The files the bundle loaded on demand (dist/chunks/: a language's words, a feed reader).
    chunks: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/chunks/')),
  }));
  return { elements, ...page };
}

/** Chromium and Firefox through puppeteer, which hears the console and uncaught errors from the start. */
async function openPuppeteer(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  return {
    async visit(url, ready) {
      const page = await browser.newPage();
      const errors = [];
      const warnings = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
        if (message.type() === 'warn' || message.type() === 'warning')
          warnings.push(message.text());
      });
      await page.goto(url, { waitUntil: 'load' });
      const seen = await observe((fn) => page.evaluate(fn), ready);
      await page.close();
      return { ...seen, errors, warnings };
    },
    close: () => browser.close(),
  };
}

/**
 * WebKit through WebDriver, which has no console events: test/pages/probe.js, loaded first on the hostile
 * pages, records console errors and warnings and uncaught errors in the page from the start; the demo pages,
 * which do not load it, get it from here after their load event (a WebKit-only error during load would still
 * show: as an element that never renders).
 */
async function openWebKit() {
  const { webkit: driver, xvfb } = ensureBrowsers(['webkit']);
  const { session, stop } = await openWebKitSession({ driver, xvfb });
  const evaluate = (fn) => session.execute(fn);
  return {
    async visit(url, ready) {
      await session.url(url);
      await session.execute(PROBE);
      const seen = await observe(evaluate, ready);
      await session.url('about:blank');
      return { ...seen, errors: seen.logged.errors, warnings: seen.logged.warnings };
    },
    async close() {
      await stop();
    },
  };
}

async function checkPage(browser, origin, path, expectations) {
  const { elements, errors, warnings, violations, pwned, theirs, chunks } = await browser.visit(
    origin + path,
    expectations.ready,
  );

  const problems = [];
  if (!elements.length && !expectations.theirs) problems.push('no elements');
  const blank = elements.filter((el) => !el.text).map((el) => el.tag);
  if (blank.length) problems.push(`blank: ${blank.join(', ')}`);
  const real = errors.filter((text) => !expectations.ignore?.test(text));
  if (real.length) problems.push(`errors: ${real.join(' | ')}`);
  if (violations.length) problems.push(`CSP violations: ${violations.join(' | ')}`);
  if (pwned.length) problems.push(`feed payloads ran: ${pwned.join(' | ')}`);
  const custom = expectations.check?.({ elements, warnings, theirs, chunks });
  if (custom) problems.push(custom);
  return { elements: elements.length, problems };
}

const engines = wantedBrowsers();
const paths = ensureBrowsers(engines.filter((name) => name !== 'webkit'));
const openers = {
  chromium: () => openPuppeteer({ executablePath: paths.chromium, args: CHROMIUM_ARGS }),
  firefox: () => openPuppeteer({ browser: 'firefox', executablePath: paths.firefox }),
  webkit: openWebKit,
};
const only = process.argv[2];
let passed = 0;
let failed = 0;

for (const suite of SUITES.filter((s) => !only || s.name === only)) {
  const server = await startPageServer({
    pagesDir: suite.pagesDir,
    headersFor: (path) => suite.pages[path]?.headers ?? {},
  });
  const origin = `http://localhost:${server.address().port}`;
  try {
    for (const name of engines) {
      const browser = await openers[name]();
      for (const [path, expectations] of Object.entries(suite.pages)) {
        const { elements, problems } = await checkPage(browser, origin, path, expectations);
        if (problems.length) failed++;
        else passed++;
        const verdict = problems.length ? 'FAIL' : 'ok  ';
        console.log(
          `${verdict} ${suite.name.padEnd(8)}${name.padEnd(9)}${path.padEnd(20)}${elements} elements` +
            (problems.length ? `; ${problems.join('; ')}` : ''),
        );
      }
      await browser.close();
    }
  } finally {
    server.close();
  }
}
console.log(`\npages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
