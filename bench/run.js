// `npm run bench`: builds dist/, serves it beside the peers and the feeds, and measures every case in
// headless Chromium; prints the tables and writes them to BENCHMARKS.md.
// `npm run bench -- --quick`: one warm-up and one run with shorter durations, writes nothing, and fails
// only when something is broken (a page that throws, a case that cannot run), never on the figures.
// `-- --only=bytes,list` runs some cases only (and then does not write BENCHMARKS.md either);
// `-- --no-build` uses dist/ as it is (CI builds it just before).
import { execSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.js';
import { writeFeeds } from './lib/feeds.js';
import { goals, header } from './lib/report.js';
import { startServer } from './lib/server.js';
import { buildPeers } from './peers/build.js';
import bytes from './cases/bytes.js';
import tickerSteady from './cases/ticker-steady.js';
import tickerStart from './cases/ticker-start.js';
import list from './cases/list.js';
import network from './cases/network.js';
import hostPage from './cases/host-page.js';
import memory from './cases/memory.js';
import relay from './cases/relay.js';
import read from './cases/read.js';
import repeatView from './cases/repeat-view.js';

const CASES = [
  bytes,
  tickerSteady,
  tickerStart,
  list,
  hostPage,
  network,
  memory,
  relay,
  read,
  repeatView,
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const started = new Date();
const loadAtStart = os.loadavg();
const log = (line) => console.log(line);

if (!args.includes('--no-build')) {
  log('Building dist/ …');
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
}

const feedsDir = await writeFeeds();
const peersDir = await buildPeers();
const server = await startServer({ '/gen/': feedsDir, '/peers/': peersDir });
const browser = await launchBrowser();
const ctx = {
  browser,
  origin: server.origin,
  server,
  peersDir,
  quick,
  warmups: 1,
  runs: quick ? 1 : 5,
  /** A duration in ms: the full figure, or a short one under --quick. */
  duration: (full, short) => (quick ? short : full),
  log,
};

const sections = [];
const goalList = [];
let broken = 0;
try {
  for (const benchCase of CASES.filter((c) => !only || only.includes(c.id))) {
    const caseStart = Date.now();
    log(`\n== ${benchCase.title} ==`);
    try {
      const result = await benchCase.run(ctx);
      sections.push(`## ${benchCase.title}\n\n${result.markdown}`);
      goalList.push(...(result.goals ?? []));
      log(result.markdown);
    } catch (error) {
      broken++;
      sections.push(`## ${benchCase.title}\n\nBroken: ${error.message}\n`);
      console.error(`${benchCase.title} is broken:`, error);
    }
    log(`(${((Date.now() - caseStart) / 1000).toFixed(0)} s)`);
  }
  const command = 'npm run bench';
  const markdown = [
    header({ browserVersion: await browser.version(), ...ctx, command, started, loadAtStart }),
    goals(goalList),
    ...sections,
  ].join('\n');
  log(`\n${goals(goalList)}`);
  if (!quick && !only) {
    await writeFile(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), markdown);
    log('Wrote BENCHMARKS.md');
  }
} finally {
  await browser.close();
  await server.close();
  await rm(feedsDir, { recursive: true, force: true });
  await rm(peersDir, { recursive: true, force: true });
}
log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Figures never fail the run; a case that could not run at all does.
process.exitCode = broken ? 1 : 0;
