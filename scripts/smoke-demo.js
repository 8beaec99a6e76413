// `npm run smoke`: the built bundles as a webmaster meets them. Serves demo/ with `npm start`'s server,
// opens each page in headless Chromium and Firefox, and fails unless every element on it rendered and
// nothing threw. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowsers } from './browsers.js';

const PORT = 8089;
const PAGES = ['/', '/module.html', '/rss.html', '/twice.html'];
const paths = ensureBrowsers(['chromium', 'firefox']);

const server = spawn(process.execPath, ['scripts/serve-demo.js'], {
  env: { ...process.env, PORT: String(PORT) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

/** Tags on the page that are defined, with whether each instance rendered anything into its shadow root. */
function renderedElements() {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('nw-') && customElements.get(el.localName))
    .map((el) => ({
      tag: el.localName,
      rendered: (el.shadowRoot?.textContent ?? '').trim().length > 0,
    }));
}

let failures = 0;
try {
  for (const [name, options] of [
    ['chromium', { executablePath: paths.chromium, args: CHROMIUM_ARGS }],
    ['firefox', { browser: 'firefox', executablePath: paths.firefox }],
  ]) {
    const browser = await puppeteer.launch({ headless: true, ...options });
    for (const path of PAGES) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
      });
      await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'load' });
      await sleep(1500);
      const elements = await page.evaluate(renderedElements);
      const blank = elements.filter((el) => !el.rendered).map((el) => el.tag);
      const ok = elements.length > 0 && blank.length === 0 && errors.length === 0;
      if (!ok) failures++;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(8)} ${path.padEnd(14)} ${elements.length} elements rendered` +
          (blank.length ? `; blank: ${blank.join(', ')}` : '') +
          (errors.length ? `; errors: ${errors.join(' | ')}` : ''),
      );
      await page.close();
    }
    await browser.close();
  }
} finally {
  server.kill();
}
console.log(`\nsmoke: ${PAGES.length * 2 - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
