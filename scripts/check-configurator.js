// `npm run check:configurator` (after `npm run build` and `npm run build:site`): the embed builder, proved as
// a webmaster would use it, in headless Chromium and Firefox.
//   1. The builder runs under a strict CSP (no inline script or style), is used by keyboard, and axe finds
//      nothing on it.
//   2. Its feed check reads a demo feed, and explains CORS for a feed on another origin that sends no header.
//   3. Its state lives in the address: Back undoes a change, Forward redoes it.
//   4. The snippet it prints is pasted into a blank page on another origin, served with exactly the CSP the
//      snippet asks for (plus Trusted Types, behind `default-src 'none'`): the element renders the preview's
//      text, its screenshot matches the preview's, and no CSP violation happens. The integrity hash in the
//      snippet is recomputed from dist/.
// Prints one line per check and browser, then `configurator: N passed, N failed`.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';
import { integrityOf } from './build-site.js';
import { startPageServer } from './page-server.js';
import { serveFeed } from './feed-server.js';
import { repositoryPath } from './feed-paths.js';
import { startRelay } from '../relay/node/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUILDER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https:; " +
  "img-src 'self' http: https: data:; frame-src 'self'";
const VIEWPORT = { width: 1800, height: 1600 };
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/** The webmaster's site: a blank page holding whatever snippet was pasted, their copy of dist/, their feeds. */
function startWebmasterSite() {
  const site = { page: '', csp: '', css: '' };
  const server = createServer(async (req, res) => {
    const path = req.url.split('?')[0];
    // Browsers ask for it; a blank page has none, and a 404 would read as an error on the page.
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    // The webmaster's own stylesheet: the page colour the theme was chosen for.
    if (path === '/page.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(site.css);
      return;
    }
    if (path === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': site.csp,
      });
      res.end(site.page);
      return;
    }
    if (path.startsWith(`/news-widgets/${version}/`))
      req.url = path.replace(`/news-widgets/${version}`, '/dist');
    else req.url = repositoryPath(req.url) ?? req.url;
    if (!(await serveFeed(req, res, root))) {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(Object.assign(site, { server }))),
  );
}

/** In a page: the text of an element and every shadow root inside it, whitespace collapsed. */
function deepText(selector) {
  const walk = (node) =>
    [...(node.shadowRoot ?? node).childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return child.textContent;
        if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style') return '';
        return walk(child);
      })
      .join(' ');
  const element = document.querySelector(selector);
  return element ? walk(element).replace(/\s+/g, ' ').trim() : '';
}

/** In a page: true once the element shows articles and every image in it has loaded. */
function settled(selector) {
  const images = [];
  const collect = (node) => {
    for (const child of (node.shadowRoot ?? node).querySelectorAll('*')) {
      if (child.localName === 'img') images.push(child);
      if (child.shadowRoot) collect(child);
    }
  };
  const element = document.querySelector(selector);
  if (!element?.shadowRoot) return false;
  collect(element);
  const cards = element.shadowRoot.querySelectorAll('nw-article-card');
  return cards.length > 0 && images.every((image) => image.complete);
}

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

/** The `width` × `height` window of `png` whose top left is at (`x`, `y`). */
function crop(png, x, y, width, height) {
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return out;
}

/**
 * '' when two screenshots show the same thing. An element at a fractional offset is rasterised up to a pixel
 * apart in two pages (Firefox shows it), so the second is tried at each offset of up to one pixel and the best
 * match counts; what is left is anti-aliasing, and a real difference is far larger.
 */
function compare(a, b) {
  const one = PNG.sync.read(a);
  const two = PNG.sync.read(b);
  if (Math.abs(one.width - two.width) > 1 || Math.abs(one.height - two.height) > 1)
    return `sizes differ: ${one.width}×${one.height} vs ${two.width}×${two.height}`;
  const width = Math.min(one.width, two.width) - 2;
  const height = Math.min(one.height, two.height) - 2;
  const reference = crop(one, 1, 1, width, height);
  let best = Infinity;
  for (const dx of [0, 1, 2])
    for (const dy of [0, 1, 2]) {
      const shifted = crop(two, dx, dy, width, height);
      const differing = pixelmatch(reference.data, shifted.data, null, width, height, {
        threshold: 0.1,
      });
      best = Math.min(best, differing);
    }
  const share = best / (width * height);
  return share > 0.002 ? `${best} pixels differ (${(share * 100).toFixed(2)}%)` : '';
}

/**
 * The webmaster's page policy with the snippet's sources added, as the snippet asks ("add them to yours"):
 * nothing allowed but the page's own images (its favicon), plus Trusted Types with the policies it names.
 */
function policyWith(directives) {
  const policy = new Map([
    ['default-src', ["'none'"]],
    ['img-src', ["'self'"]],
  ]);
  for (const directive of directives) {
    const [name, ...sources] = directive.split(/\s+/);
    policy.set(name, [...new Set([...(policy.get(name) ?? []), ...sources])]);
  }
  return [
    ...[...policy].map(([name, sources]) => `${name} ${sources.join(' ')}`),
    "require-trusted-types-for 'script'",
    'trusted-types lit-html news-widgets',
  ].join('; ');
}

/**
 * The snippet the builder shows for `query`, pasted into a blank page on the webmaster's origin, served with
 * the CSP the snippet prints behind `default-src 'none'` (and Trusted Types): compared with the preview.
 */
async function pasteAndCompare(browser, browserName, page, site, query, label) {
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
  const integrity = /integrity="([^"]+)"/.exec(snippet)?.[1];
  const expected = integrityOf(
    await readFile(new URL('../dist/news-widgets.iife.js', import.meta.url)),
  );
  record(
    browserName,
    `${label}: integrity matches dist/`,
    integrity === expected ? '' : `${integrity} ≠ ${expected}`,
  );

  const directives = [...snippet.matchAll(/^\s+((?:script|connect|img|style)-src [^;]+);$/gm)].map(
    (m) => m[1],
  );
  site.csp = policyWith(directives);
  site.page = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A webmaster's page</title><link rel="stylesheet" href="/page.css"></head>\n<body>\n${snippet}\n</body>\n</html>\n`;
  const backdrop = new URLSearchParams(query).get('backdrop');
  site.css = backdrop ? `html { background: ${backdrop}; }` : '';
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
  const difference = compare(previewShot, pastedShot);
  record(browserName, `${label}: pasted snippet looks like the preview`, difference);
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
      (directives.length < 3 ? ' (too few CSP directives printed)' : ''),
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

async function runIn(browserName, launchOptions, { builderOrigin, site, feeds, relay }) {
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
    const axeSource = await readFile(
      new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
      'utf8',
    );
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { exclude: [['#preview']] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    record(browserName, 'axe on the builder', violations.join(', '));

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
    record(browserName, 'no errors on the builder', errors.join(' | '));
  } finally {
    await browser.close();
  }
}

const paths = ensureBrowsers(['chromium', 'firefox']);
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
  const only = process.env.NW_BROWSERS?.split(',');
  if (!only || only.includes('chromium'))
    await runIn('chromium', { executablePath: paths.chromium, args: CHROMIUM_ARGS }, setup);
  if (!only || only.includes('firefox'))
    await runIn('firefox', { browser: 'firefox', executablePath: paths.firefox }, setup);
} finally {
  builder.close();
  site.server.close();
  feedServer.close();
  await relay.close();
}
const passed = results.filter(Boolean).length;
console.log(`\nconfigurator: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed ? 1 : 0);
