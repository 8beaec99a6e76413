// `npm run check:ssr` (after `npm run build`): the server-rendered page of examples/ssr/render.js in real
// browsers, served beside dist/hydrate.js.
//   JavaScript off — the headlines are readable (declarative shadow DOM), and a real click on one follows
//                    its link.
//   JavaScript on  — every element hydrates (no `defer-hydration` left), with no console error, no request
//                    beyond the page and its script (the data is not fetched again), no layout shift
//                    (Chromium's layout-shift entries), and a click on page 2 shows the next cards.
// Prints one line per browser and mode and `ssr: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';
import { serveFolder } from './static-server.js';

const FIRST = 'City library';
const ARTICLE = 'https://example.com/news/library-hours';

/** In the page: the list's headlines, through its shadow root and each card's. */
function shownHeadlines() {
  const list = document.querySelector('nw-news-list');
  return [...(list?.shadowRoot?.querySelectorAll('nw-article-card') ?? [])].map((card) =>
    card.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim(),
  );
}

function watchConsole(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
  });
  return errors;
}

async function withoutJavaScript(browser, origin) {
  const page = await browser.newPage();
  try {
    // Scripts off the way both engines honour: the page is served with a CSP that allows none (the test
    // server's header.* parameter); puppeteer's own evaluation still runs.
    const noScripts = encodeURIComponent("script-src 'none'");
    await page.goto(`${origin}/page.html?header.content-security-policy=${noScripts}`, {
      waitUntil: 'load',
    });
    if (await page.evaluate(() => customElements.get('nw-news-list'))) {
      throw new Error('the page ran its scripts');
    }
    const headlines = await page.evaluate(shownHeadlines);
    if (headlines.length !== 3 || !headlines[0]?.startsWith(FIRST)) {
      throw new Error(`headlines without JavaScript: ${JSON.stringify(headlines)}`);
    }
    // The article's host is not reachable from here; the browser is answered for it, so the click is real.
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url() === ARTICLE
        ? request.respond({ status: 200, contentType: 'text/html', body: '<title>article</title>' })
        : request.continue(),
    );
    const link = await page.evaluateHandle(() =>
      document
        .querySelector('nw-news-list')
        .shadowRoot.querySelector('nw-article-card')
        .shadowRoot.querySelector('a'),
    );
    await Promise.all([page.waitForNavigation(), link.asElement().click()]);
    if (page.url() !== ARTICLE) throw new Error(`the headline led to ${page.url()}`);
  } finally {
    await page.close();
  }
}

async function withJavaScript(browser, origin, name) {
  const page = await browser.newPage();
  const errors = watchConsole(page);
  const requests = [];
  page.on('request', (request) => {
    // Network requests only (Firefox reports the page's `data:` icon too).
    if (request.url().startsWith('http')) requests.push(new URL(request.url()).pathname);
  });
  try {
    if (name === 'chromium') {
      await page.evaluateOnNewDocument(() => {
        window.__shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
    }
    await page.goto(`${origin}/page.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        customElements.get('nw-news-list') &&
        !document.querySelector('[defer-hydration]') &&
        document.querySelector('nw-news-list').hasUpdated,
      { timeout: 10000 },
    );
    const pageTwo = await page.evaluateHandle(() =>
      [...document.querySelector('nw-news-list').shadowRoot.querySelectorAll('nav button')].find(
        (button) => button.textContent.trim() === '2',
      ),
    );
    await pageTwo.asElement().click();
    await page.waitForFunction(`(${shownHeadlines})()[0]?.startsWith('School choir')`, {
      timeout: 5000,
    });
    const shifts = await page.evaluate(() => window.__shifts ?? 0);
    if (shifts > 0) throw new Error(`layout shift ${shifts}`);
    const extra = requests.filter((path) => !['/page.html', '/hydrate.js'].includes(path));
    if (extra.length) throw new Error(`fetched again: ${extra.join(', ')}`);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

const paths = ensureBrowsers(['chromium', 'firefox']);
const folder = await mkdtemp(join(tmpdir(), 'nw-ssr-'));
let passed = 0;
let failed = 0;
try {
  const html = execFileSync('node', ['examples/ssr/render.js'], { encoding: 'utf8' });
  await writeFile(join(folder, 'page.html'), html);
  await copyFile('dist/hydrate.js', join(folder, 'hydrate.js'));
  const server = await serveFolder(folder);
  try {
    for (const [name, options] of [
      ['chromium', { executablePath: paths.chromium, args: CHROMIUM_ARGS }],
      ['firefox', { browser: 'firefox', executablePath: paths.firefox }],
    ]) {
      const browser = await puppeteer.launch({ headless: true, ...options });
      try {
        for (const [mode, check] of [
          ['JavaScript off', withoutJavaScript],
          ['JavaScript on', withJavaScript],
        ]) {
          try {
            await check(browser, server.origin, name);
            passed++;
            console.log(`ok   ${name.padEnd(9)}${mode}`);
          } catch (error) {
            failed++;
            console.log(`FAIL ${name.padEnd(9)}${mode}: ${error.message}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
console.log(`\nssr: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
