// The embed builder in WebKit: WebKitGTK's WebDriver on Xvfb (scripts/webkit.js), driven over W3C WebDriver
// by webdriverio. The same walk as in Chromium and Firefox, with what WebDriver offers: keys as a user presses
// them, scripts run in the page, and screenshots of elements. WebDriver hears no console and cannot run a
// script before a page's own, so the pasted page loads test/pages/probe.js first, which records CSP
// violations and errors from the start (its script-src is already the site's own origin).
import { writeFile } from 'node:fs/promises';
import { Key } from 'webdriverio';
import { PNG } from 'pngjs';
import { ensureBrowsers } from './browsers.js';
import { openWebKitSession } from './webkit.js';
import {
  axeFindings,
  axeSource,
  checkCopy,
  compare,
  deepText,
  integrityProblem,
  pasteOnSite,
  settled,
} from './configurator-pages.js';

const TIMEOUT = 15000;

/** Presses one key, with Shift held when `shift`. */
async function press(session, key, shift = false) {
  const keys = session.action('key');
  if (shift) keys.down(Key.Shift);
  keys.down(key).up(key);
  if (shift) keys.up(Key.Shift);
  await keys.perform();
}

/** Tabs (or Shift+Tabs, for a field above the focus) until `selector` has focus. */
async function tabTo(session, selector) {
  const above = await session.execute((s) => {
    const focus = document.activeElement;
    const target = document.querySelector(s);
    return !!focus && focus !== document.body && !!(target.compareDocumentPosition(focus) & 4);
  }, selector);
  for (let presses = 0; presses < 100; presses++) {
    if (await session.execute((s) => !!document.activeElement?.matches(s), selector)) return;
    await press(session, Key.Tab, above);
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

async function typeInto(session, selector, text) {
  await tabTo(session, selector);
  await session.execute((s) => document.querySelector(s).select(), selector);
  // One key action per character: WebKitGTK's driver drops a character repeated within one sequence.
  for (const character of text) await session.action('key').down(character).up(character).perform();
  await press(session, Key.Tab);
}

const waitFor = (session, fn, ...args) =>
  session.waitUntil(async () => !!(await session.execute(fn, ...args)), {
    timeout: TIMEOUT,
    interval: 100,
  });

async function feedCheck(session) {
  await session.execute(() =>
    document.querySelector('#feed-report')?.removeAttribute('data-state'),
  );
  await tabTo(session, '#check');
  await press(session, Key.Enter);
  await waitFor(session, () => document.querySelector('#feed-report')?.dataset.state);
  return session.execute(() => {
    const report = document.querySelector('#feed-report');
    return { state: report.dataset.state, text: report.textContent };
  });
}

/** In a page: the box of `selector` in the viewport, after the next two frames have been drawn. */
async function boxOf(selector) {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const { x, y, width, height } = document.querySelector(selector).getBoundingClientRect();
  return { x, y, width, height, scale: devicePixelRatio };
}

/**
 * The window's screenshot cut to `box`. WebKitGTK's element screenshot returns the whole window, so the
 * element's box, measured in the page, is cut from it; the box must be on screen.
 */
async function shotOf(session, box) {
  const png = PNG.sync.read(Buffer.from(await session.takeScreenshot(), 'base64'));
  const [x, y, width, height] = [box.x, box.y, box.width, box.height].map((n) =>
    Math.round(n * box.scale),
  );
  if (x < 0 || y < 0 || x + width > png.width || y + height > png.height)
    throw new Error(`the element (${x},${y} ${width}×${height}) is not all on screen`);
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}

/** The preview's text, width and picture, once the preview shows `query` and has settled. */
async function capturePreview(session, query) {
  await waitFor(
    session,
    (q) => document.querySelector('#preview').contentWindow.location.search === q,
    query,
  );
  await session.execute(() => document.querySelector('#preview').scrollIntoView());
  const outer = await session.execute(boxOf, '#preview');
  await session.switchFrame(await session.$('#preview'));
  await waitFor(session, settled, '#previewed');
  const text = await session.execute(deepText, '#previewed');
  const inner = await session.execute(boxOf, '#previewed');
  await session.switchFrame(null);
  const box = { ...inner, x: outer.x + inner.x, y: outer.y + inner.y };
  return { text, width: inner.width, shot: await shotOf(session, box) };
}

/** Runs the builder's checks in WebKit; `record(engine, check, problem)` as in check-configurator.js. */
export async function runInWebKit({ builderOrigin, site }, record) {
  const { webkit: driver, xvfb } = ensureBrowsers(['webkit']);
  const { session, stop } = await openWebKitSession({ driver, xvfb });
  try {
    await session.setWindowSize(1280, 1000).catch(() => {});
    await walk(session, { builderOrigin, site }, (name, problem) =>
      record('webkit', name, problem),
    );
  } finally {
    await stop();
  }
}

async function walk(session, { builderOrigin, site }, record) {
  // Keyboard: the feed address, a feed check, the page size and where the bundle lives, typed.
  await session.url(`${builderOrigin}/configurator/?element=nw-news-list`);
  await waitFor(session, () => document.querySelector('[data-attribute="src"]'));
  await typeInto(session, '[data-attribute="src"]', '/feeds/articles.json');
  const report = await feedCheck(session);
  record(
    'feed check reads the demo feed, by keyboard',
    report.state === 'ok' && /JSON Feed/.test(report.text) ? '' : `${report.state}: ${report.text}`,
  );
  await typeInto(session, '[data-attribute="page-size"]', '3');
  await typeInto(session, '#bundle', `${site.origin}/news-widgets/`);
  // A select as puppeteer's page.select sets one: the value, then the events a user's choice fires.
  await session.execute(() => {
    const select = document.querySelector('#preset');
    select.value = 'newsroom';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const query = await session.execute(() => location.search);
  const params = new URLSearchParams(query);
  record(
    'state in the address',
    params.get('src') === '/feeds/articles.json' &&
      params.get('page-size') === '3' &&
      params.get('--nw-color-accent') === '#a4161a'
      ? ''
      : query,
  );

  await session.execute(await axeSource());
  const violations = await session.execute(axeFindings);
  record('axe on the builder', violations.join(', '));

  for (const [name, problem] of await checkCopy({
    evaluate: (fn) => session.execute(fn),
    pressCopy: async () => {
      await tabTo(session, '#copy');
      await press(session, Key.Enter);
    },
    waitFor: (fn) => waitFor(session, fn),
    canRead: false,
  }))
    record(name, problem);

  // The tablet width, by keyboard (the radio group's arrows), so the preview fits the window.
  await tabTo(session, 'input[name="view"]:checked');
  while (!(await session.execute(() => document.querySelector('input[value="tablet"]').checked)))
    await press(session, Key.ArrowLeft);
  // The snippet pasted into a blank page on the webmaster's origin, with the CSP it prints.
  const shown = await session.execute(() => location.search);
  const preview = await capturePreview(session, shown);
  const snippet = await session.execute(() => document.querySelector('#snippet').textContent);
  record('integrity matches dist/', await integrityProblem(snippet));
  const directives = pasteOnSite(site, snippet, query, { probe: true });
  const probeAllowed = directives.some(
    (d) => d.startsWith('script-src') && d.includes(site.origin),
  );
  await session.url(`${site.origin}/`);
  const tag = /<(nw-[a-z-]+)[\s>]/.exec(snippet.split('\n').at(-1))[1];
  await waitFor(session, settled, tag);
  const pastedText = await session.execute(deepText, tag);
  record(
    'pasted snippet shows the preview’s text',
    pastedText === preview.text
      ? ''
      : `"${pastedText.slice(0, 120)}" vs "${preview.text.slice(0, 120)}"`,
  );
  // The page's body as wide as the preview's (a script may set a style under any CSP).
  await session.execute((width) => (document.body.style.width = `${width}px`), preview.width);
  const pastedShot = await shotOf(session, await session.execute(boxOf, tag));
  const difference = compare(preview.shot, pastedShot);
  record('pasted snippet looks like the preview', difference);
  if (difference) {
    await writeFile('/tmp/nw-configurator-webkit-preview.png', preview.shot);
    await writeFile('/tmp/nw-configurator-webkit-pasted.png', pastedShot);
    console.log('     screenshots: /tmp/nw-configurator-webkit-{preview,pasted}.png');
  }
  const seen = await session.execute(() => ({
    violations: window.__nwViolations ?? null,
    errors: window.__nwLogged?.errors ?? [],
  }));
  record(
    'no CSP violation on the pasted page',
    !probeAllowed || !seen.violations
      ? 'the violation recorder did not run'
      : [...seen.violations, ...seen.errors].join(' | '),
  );
}
