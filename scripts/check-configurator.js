// `npm run check:configurator` (after `npm run build` and `npm run build:site`): the embed builder, proved as
// a webmaster would use it, in headless Chromium and Firefox, and in WebKit (scripts/configurator-webkit.js).
//   1. The builder runs under a strict CSP (no inline script or style), is used by keyboard, and axe finds
//      nothing on it.
//   2. Its feed check reads a demo feed, and explains CORS for a feed on another origin that sends no header.
//   3. Its state lives in the address: Back undoes a change, Forward redoes it.
//   4. The snippet it prints is pasted into a blank page on another origin, served with exactly the CSP the
//      snippet asks for (plus Trusted Types, behind `default-src 'none'`): the element renders the preview's
//      text, its screenshot matches the preview's, and no CSP violation happens. The integrity hash in the
//      snippet is recomputed from dist/ (the file it names: the full bundle, or the ticker's own).
//   5. Copy puts the snippet on the clipboard; where the clipboard is refused, it selects the snippet and
//      says how to copy it.
// Prints one line per check and browser, then `configurator: N passed, N failed`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers, wantedBrowsers } from './browsers.js';
import { startPageServer } from './page-server.js';
import {
  axeFindings,
  axeSource,
  checkCopy,
  compare,
  deepText,
  integrityProblem,
  pasteOnSite,
  settled,
  startWebmasterSite,
} from './configurator-pages.js';
import { startRelay } from '../relay/node/server.js';
import { runInWebKit } from './configurator-webkit.js';

const BUILDER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https:; " +
  "img-src 'self' http: https: data:; frame-src 'self'";
const VIEWPORT = { width: 1800, height: 1600 };

/** Tabs (or Shift+Tabs, for a field above the focus) until `selector` has focus, as a keyboard user would. */
async function tabTo(page, selector) {
  const above = await page.evaluate((s) => {
    const target = document.querySelector(s);
    const focus = document.activeElement;
    return !!focus && focus !== document.body && !!(target.compareDocumentPosition(focus) & 4);
  }, selector);
  for (let presses = 0; presses < 100; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.down('Shift').catch(() => {});
    if (!above) await page.keyboard.up('Shift');
    await page.keyboard.press('Tab');
    if (above) await page.keyboard.up('Shift');
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

/** Types into a focused text field (replacing its value), then Tab commits it as a user's edit does. */
async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.evaluate((s) => document.querySelector(s).select(), selector);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function feedCheck(page) {
  await tabTo(page, '#check');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#feed-report')?.dataset.state);
  return page.$eval('#feed-report', (el) => ({ state: el.dataset.state, text: el.textContent }));
}

const previewFrame = (page) => page.frames().find((frame) => frame.url().includes('/preview.html'));

async function waitForPreview(page, expectedQuery) {
  await page
    .waitForFunction(
      (query) => document.querySelector('#preview').contentWindow.location.search === query,
      { timeout: 10000 },
      expectedQuery,
    )
    .catch(async (error) => {
      const shown = await page.evaluate(() => [
        document.querySelector('#preview').contentWindow.location.search,
        location.search,
      ]);
      throw new Error(
        `the preview shows ${shown[0]}, the builder ${shown[1]}, expected ${expectedQuery}`,
        { cause: error },
      );
    });
  const frame = previewFrame(page);
  // Its images load lazily, as on any page: they need to be on screen.
  await page.$eval('#preview', (element) => element.scrollIntoView());
  await frame.waitForFunction(settled, { polling: 100 }, '#previewed');
  // The builder sizes the frame to its content; wait until it has.
  await page.waitForFunction(() => {
    const frame = document.querySelector('#preview');
    return frame.offsetHeight >= frame.contentDocument.documentElement.scrollHeight;
  });
  return frame;
}

/**
 * The snippet the builder shows for `query`, pasted into a blank page on the webmaster's origin, served with
 * the CSP the snippet prints behind `default-src 'none'` (and Trusted Types): compared with the preview.
 */
async function pasteAndCompare(
  browser,
  browserName,
  page,
  site,
  query,
  label,
  { picture = true } = {},
) {
  const frame = await waitForPreview(page, query);
  const previewText = await frame.evaluate(deepText, '#previewed');
  // The element's box in the builder's document: the frame's box plus the element's box inside it (an
  // element handle's own screenshot inside a frame is not placed reliably in every engine).
  // The frame is moved to whole pixels first: at a fractional offset Firefox rasterises each line of text
  // rounded its own way, which no pixel comparison of two pages can tell from a real difference.
  await page.$eval('#preview', (element) => {
    element.style.setProperty('position', 'relative');
    element.style.setProperty('top', '0');
    element.style.setProperty('left', '0');
    const { top, left } = element.getBoundingClientRect();
    element.style.setProperty('top', `${Math.ceil(top) - top}px`);
    element.style.setProperty('left', `${Math.ceil(left) - left}px`);
  });
  const inFrame = await frame.$eval('#previewed', (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
  const clip = await page.$eval(
    '#preview',
    (element, box) => {
      const outer = element.getBoundingClientRect();
      return { ...box, x: outer.left + scrollX + box.x, y: outer.top + scrollY + box.y };
    },
    inFrame,
  );
  const previewShot = await page.screenshot({ clip });
  const snippet = await page.$eval('#snippet', (el) => el.textContent);
  record(browserName, `${label}: integrity matches dist/`, await integrityProblem(snippet));

  const directives = pasteOnSite(site, snippet, query);
  const pasted = await browser.newPage();
  await pasted.setViewport({ width: 1200, height: 3000 });
  const pastedErrors = [];
  pasted.on('pageerror', (error) => pastedErrors.push(String(error)));
  pasted.on(
    'console',
    (message) => message.type() === 'error' && pastedErrors.push(message.text()),
  );
  await pasted.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await pasted.goto(`${site.origin}/`, { waitUntil: 'load' });
  const tag = /<(nw-[a-z-]+)[\s>]/.exec(snippet.split('\n').at(-1))[1];
  await pasted.waitForFunction(settled, { polling: 100 }, tag);
  const pastedText = await pasted.evaluate(deepText, tag);
  record(
    browserName,
    `${label}: pasted snippet shows the preview’s text`,
    pastedText === previewText
      ? ''
      : `"${pastedText.slice(0, 120)}" vs "${previewText.slice(0, 120)}"`,
  );
  const pastedShot = await (await pasted.$(tag)).screenshot();
  // A moving ticker is never in the same place twice; its text and rendering are what is compared.
  const difference = picture ? compare(previewShot, pastedShot) : '';
  if (picture) record(browserName, `${label}: pasted snippet looks like the preview`, difference);
  if (difference) {
    await writeFile(`/tmp/nw-configurator-${browserName}-${label}-preview.png`, previewShot);
    await writeFile(`/tmp/nw-configurator-${browserName}-${label}-pasted.png`, pastedShot);
    console.log(
      `     screenshots: /tmp/nw-configurator-${browserName}-${label}-{preview,pasted}.png`,
    );
  }
  const csp = await pasted.evaluate(() => window.__violations);
  record(
    browserName,
    `${label}: no CSP violation on the pasted page`,
    [...csp, ...pastedErrors].join(' | ') +
      (['script-src', 'connect-src'].every((name) => directives.some((d) => d.startsWith(name)))
        ? ''
        : ' (no script-src or connect-src printed)'),
  );
  await pasted.close();
}

const results = [];
function record(browser, name, problem) {
  results.push(!problem);
  console.log(
    `${problem ? 'FAIL' : 'ok  '} ${browser.padEnd(9)}${name}${problem ? `: ${problem}` : ''}`,
  );
}

async function runIn(browserName, launchOptions, setup) {
  const { builderOrigin, site, feeds, relay } = setup;
  const browser = await puppeteer.launch({ headless: true, ...launchOptions });
  try {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    const errors = [];
    // The feed check's request to a feed without CORS is refused by design; the console says so (Firefox
    // reports it as a page error).
    const refused = /CORS|Cross-Origin Request Blocked|net::ERR_FAILED/;
    const note = (text) => refused.test(text) || errors.push(text);
    page.on('pageerror', (error) => note(String(error)));
    page.on('console', (message) => message.type() === 'error' && note(message.text()));

    // 1. Keyboard: the feed address and the page size typed, a CORS feed checked, then the demo feed.
    await page.goto(`${builderOrigin}/configurator/?element=nw-news-list`, { waitUntil: 'load' });
    await page.waitForSelector('[data-attribute="src"]');
    const siteOrigin = site.origin;
    await typeInto(page, '[data-attribute="src"]', `${siteOrigin}/feeds/articles.json`);
    const cors = await feedCheck(page);
    record(
      browserName,
      'feed check explains a feed without CORS',
      cors.state === 'cors' &&
        /Access-Control-Allow-Origin/.test(cors.text) &&
        /relay/.test(cors.text)
        ? ''
        : `${cors.state}: ${cors.text}`,
    );
    await typeInto(page, '[data-attribute="src"]', '/feeds/articles.json');
    const report = await feedCheck(page);
    record(
      browserName,
      'feed check reads the demo feed',
      report.state === 'ok' && /JSON Feed/.test(report.text) && /Items\s*\d+/.test(report.text)
        ? ''
        : `${report.state}: ${report.text}`,
    );
    await typeInto(page, '[data-attribute="page-size"]', '3');
    await typeInto(page, '#bundle', `${siteOrigin}/news-widgets/`);
    await page.select('#preset', 'newsroom');
    const query = await page.evaluate(() => location.search);
    const params = new URLSearchParams(query);
    record(
      browserName,
      'state in the address',
      params.get('element') === 'nw-news-list' &&
        params.get('src') === '/feeds/articles.json' &&
        params.get('page-size') === '3' &&
        params.get('--nw-color-accent') === '#a4161a'
        ? ''
        : query,
    );

    // 3. Back undoes the preset, Forward brings it back; the controls follow.
    await page.goBack();
    const afterBack = await page.$eval('[data-theme="--nw-color-accent"]', (el) => el.value);
    await page.goForward();
    const afterForward = await page.$eval('[data-theme="--nw-color-accent"]', (el) => el.value);
    record(
      browserName,
      'Back / Forward',
      afterBack === '' && afterForward === '#a4161a'
        ? ''
        : `back: "${afterBack}", forward: "${afterForward}"`,
    );

    // axe on the builder as configured.
    await page.evaluate(await axeSource());
    const violations = await page.evaluate(axeFindings);
    record(browserName, 'axe on the builder', violations.join(', '));

    // The Copy button, by keyboard: the clipboard where the browser allows it, else the snippet selected.
    if (browserName === 'chromium')
      await browser
        .defaultBrowserContext()
        .overridePermissions(setup.builderOrigin, ['clipboard-read', 'clipboard-sanitized-write']);
    const pressCopy = async () => {
      // The clipboard is written only for the focused page.
      await page.bringToFront();
      await tabTo(page, '#copy');
      await page.keyboard.press('Enter');
    };
    const copyChecks = await checkCopy({
      evaluate: (fn) => page.evaluate(fn),
      pressCopy,
      waitFor: (fn) => page.waitForFunction(fn, { polling: 50 }),
      canRead: browserName === 'chromium',
    });
    for (const [name, problem] of copyChecks) record(browserName, name, problem);

    // 4. The snippet, pasted into a blank page on the webmaster's origin with the CSP it prints.
    await pasteAndCompare(browser, browserName, page, site, query, 'same-site feed');

    // 5. A feed on a third site that sends no CORS header: the check says so; with a relay it reads, and
    //    the snippet (its <meta> and connect-src) works on the webmaster's page.
    await typeInto(page, '[data-attribute="src"]', `${feeds.origin}/feeds/articles.json`);
    const blocked = await feedCheck(page);
    await typeInto(page, '#relay', relay.url);
    const relayed = await feedCheck(page);
    record(
      browserName,
      'feed check through the relay',
      blocked.state === 'cors' && relayed.state === 'ok' && /JSON Feed/.test(relayed.text)
        ? ''
        : `${blocked.state} then ${relayed.state}: ${relayed.text}`,
    );
    const relayQuery = await page.evaluate(() => location.search);
    await pasteAndCompare(browser, browserName, page, site, relayQuery, 'relayed feed');

    // 6. The rate ticker: its own lighter bundle, an ES module with its own hash, works when pasted.
    const tickerQuery = `?element=nw-rate-ticker&src=%2Ffeeds%2Frates.json&bundle=${encodeURIComponent(`${siteOrigin}/news-widgets/`)}`;
    await page.goto(`${builderOrigin}/configurator/${tickerQuery}`, { waitUntil: 'load' });
    const tickerSnippet = await page.$eval('#snippet', (el) => el.textContent);
    record(
      browserName,
      'the ticker’s snippet loads rate-ticker.js as a module',
      /<script type="module" src="[^"]+\/rate-ticker\.js"/.test(tickerSnippet) ? '' : tickerSnippet,
    );
    await pasteAndCompare(browser, browserName, page, site, tickerQuery, 'rate ticker', {
      picture: false,
    });

    // 7. The rate table: the rate elements' bundle, an ES module with its own hash, works when pasted.
    const tableQuery = `?element=nw-rate-table&src=%2Ffeeds%2Frates-usd-base.json&symbols=USD%2FKZT%2CEUR%2FKZT&bundle=${encodeURIComponent(`${siteOrigin}/news-widgets/`)}`;
    await page.goto(`${builderOrigin}/configurator/${tableQuery}`, { waitUntil: 'load' });
    const tableSnippet = await page.$eval('#snippet', (el) => el.textContent);
    record(
      browserName,
      'the table’s snippet loads rates.js as a module',
      /<script type="module" src="[^"]+\/rates\.js"/.test(tableSnippet) ? '' : tableSnippet,
    );
    await pasteAndCompare(browser, browserName, page, site, tableQuery, 'rate table');
    record(browserName, 'no errors on the builder', errors.join(' | '));
  } finally {
    await browser.close();
  }
}

const engines = wantedBrowsers();
const paths = ensureBrowsers(engines.filter((name) => name !== 'webkit'));
const builder = await startPageServer({
  pagesDir: fileURLToPath(new URL('../demo', import.meta.url)),
  headersFor: (path) =>
    path.startsWith('/configurator/') ? { 'content-security-policy': BUILDER_CSP } : {},
});
const site = await startWebmasterSite();
site.origin = `http://127.0.0.1:${site.server.address().port}`;
// A third site that publishes feeds without CORS headers, and a relay that may read it (on loopback, hence
// allowPrivate, which a real relay refuses).
const feedServer = await startPageServer({
  pagesDir: fileURLToPath(new URL('../demo', import.meta.url)),
});
const feeds = { origin: `http://127.0.0.1:${feedServer.address().port}` };
const relay = await startRelay({
  port: 0,
  allow: [new URL(feeds.origin).host],
  allowPrivate: true,
  perMinute: 0,
  log: () => {},
});
const setup = { builderOrigin: `http://localhost:${builder.address().port}`, site, feeds, relay };
try {
  if (engines.includes('chromium'))
    await runIn('chromium', { executablePath: paths.chromium, args: CHROMIUM_ARGS }, setup);
  if (engines.includes('firefox'))
    await runIn('firefox', { browser: 'firefox', executablePath: paths.firefox }, setup);
  if (engines.includes('webkit')) await runInWebKit(setup, record);
} finally {
  builder.close();
  site.server.close();
  feedServer.close();
  await relay.close();
}
const passed = results.filter(Boolean).length;
console.log(`\nconfigurator: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed ? 1 : 0);
