// `npm run check:examples` (after `npm run build`): the React, Vue, Svelte and Angular examples, against the
// packed package. For each: `npm ci --prefer-offline` with its own lockfile (the npm cache serves what an
// earlier install fetched), `npm run build` (tsc / vue-tsc / svelte-check, then vite build; `ng build` with
// the application builder, whose strict templates type-check as they compile), then the build is served
// and opened in headless Chromium: the list renders the feed's first page of cards, a real click on page 2
// shows the next cards and runs the app's nw-page-change handler, and the console stays free of errors.
// Chromium alone: the examples test the frameworks' glue, which is engine-independent; the elements
// themselves are tested in every engine by `npm test` and `npm run check:pages`.
// Prints one line per example and `examples: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';
import { pack } from './pack.js';
import { serveFolder } from './static-server.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const EXAMPLES = ['react', 'vue', 'svelte', 'angular'];
const only = process.argv.slice(2);

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

/**
 * A `file:` tarball's integrity changes with every pack, and npm ci would install the copy its cache holds
 * under the recorded one: the lockfile must not pin it. An `npm install` in the example adds it back.
 */
async function unpinPackage(directory) {
  const path = `${directory}/package-lock.json`;
  const lock = JSON.parse(await readFile(path, 'utf8'));
  const entry = lock.packages['node_modules/news-widgets'];
  if (entry?.integrity) {
    delete entry.integrity;
    await writeFile(path, `${JSON.stringify(lock, null, 2)}\n`);
  }
}

/** In the page: the headlines the list shows, read through its shadow root and each card's. */
function shownHeadlines() {
  const list = document.querySelector('nw-news-list');
  return [...(list?.shadowRoot?.querySelectorAll('nw-article-card') ?? [])].map((card) =>
    card.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim(),
  );
}

async function checkInBrowser(browser, origin) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
  });
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    // Three cards, each with its headline: the feed was fetched, read and rendered.
    await page.waitForFunction(
      `(${shownHeadlines})().length === 3 && (${shownHeadlines})().every(Boolean)`,
      { timeout: 15000 },
    );
    const first = await page.evaluate(shownHeadlines);
    if (first[0] !== 'Harbour ferries return to the winter timetable') {
      throw new Error(`first page shows ${JSON.stringify(first)}`);
    }
    const pageTwo = await page.evaluateHandle(() =>
      [...document.querySelector('nw-news-list').shadowRoot.querySelectorAll('nav button')].find(
        (button) => button.textContent.trim() === '2',
      ),
    );
    await pageTwo.asElement().click();
    await page.waitForFunction(() => document.querySelector('#page-status')?.textContent === '2', {
      timeout: 5000,
    });
    const second = await page.evaluate(shownHeadlines);
    if (second[0] !== 'River path lighting switched on') {
      throw new Error(`page 2 shows ${JSON.stringify(second)}`);
    }
    const dateline = await page.evaluate(() =>
      document.querySelector('nw-dateline')?.shadowRoot?.textContent?.trim(),
    );
    // In the browser's language (en-US here: "December 7, 2025"), so only the parts every English form has.
    if (!/December/.test(dateline) || !/\b7\b/.test(dateline) || !/2025/.test(dateline)) {
      throw new Error(`dateline shows ${dateline}`);
    }
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

const { chromium } = ensureBrowsers(['chromium']);
await pack(examples, { stableName: true });
let passed = 0;
let failed = 0;
const browser = await puppeteer.launch({
  headless: true,
  executablePath: chromium,
  args: CHROMIUM_ARGS,
});
try {
  for (const name of EXAMPLES.filter((example) => !only.length || only.includes(example))) {
    const directory = `${examples}${name}`;
    try {
      await unpinPackage(directory);
      run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], directory);
      run('npm', ['run', 'build'], directory);
      const server = await serveFolder(`${directory}/dist`);
      try {
        await checkInBrowser(browser, server.origin);
      } finally {
        await server.close();
      }
      passed++;
      console.log(`ok   ${name}: built, type-checked, list rendered, page 2 reached the handler`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`\nexamples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
