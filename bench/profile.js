// `node bench/profile.js <page> <feed>`: where the time goes from navigation to painted on one bench page,
// for explaining a figure rather than taking one. Samples the page with the V8 CPU profiler (100 µs) and
// prints the functions with the most self time, each with the start of its minified source so it can be
// found in src/. Needs `npm run build` first. Example:
//   node bench/profile.js list-ours.html /gen/articles-10000.json
import { readFile, rm } from 'node:fs/promises';
import { launchBrowser, openPage, waitForPainted } from './lib/browser.js';
import { writeFeeds } from './lib/feeds.js';
import { startServer } from './lib/server.js';

const [pageName = 'list-ours.html', feed = '/gen/articles-50.json'] = process.argv.slice(2);
const bundles = {};
const feedsDir = await writeFeeds();
const server = await startServer({ '/gen/': feedsDir });
const browser = await launchBrowser();
try {
  // Profile from before navigation: open a blank page, start, then go.
  const { page, cdp } = await openPage(browser, 'about:blank');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/pages/${pageName}?feed=${feed}`);
  const painted = await waitForPainted(page, 60_000);
  const { profile } = await cdp.send('Profiler.stop');

  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id);
    const key = `${frame.functionName || '(anonymous)'}\t${frame.url}\t${frame.lineNumber}\t${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  console.log(
    `${pageName} on ${feed}: painted at ${painted.toFixed(1)} ms; self time by function:`,
  );
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    const [name, url, line, column] = key.split('\t');
    let source = '';
    if (url.includes('/dist/')) {
      bundles[url] ??= (
        await readFile(new URL(`../dist/${url.split('/dist/')[1]}`, import.meta.url), 'utf8')
      ).split('\n');
      source = bundles[url][Number(line)]?.slice(Number(column), Number(column) + 70) ?? '';
    }
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}  ${url.split('/').pop()}  ${source}`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(feedsDir, { recursive: true, force: true });
}
