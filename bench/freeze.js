// `node bench/freeze.js [--ref=REV]`: the two inputs of issue 21 that froze the page, timed in headless
// Chromium on the feed text code of the work tree, or of a git revision (`--ref=3d675f8` for the code before
// the fix). A teaser cut inside a link is read with readHtml at growing cuts; an XML document full of
// unclosed `<` goes through parseXml at growing sizes. Once one size takes over LIMIT_MS, larger ones are
// skipped: the old code's next step would take minutes or never end. Prints a table; writes nothing.
import { execSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from './lib/browser.js';

const LIMIT_MS = 1000;
const repo = fileURLToPath(new URL('..', import.meta.url));
const ref = process.argv.find((arg) => arg.startsWith('--ref='))?.slice(6);

/** The feed text routines as one script defining `window.feedText`, from the work tree or from `ref`. */
async function bundle() {
  let root = repo;
  if (ref) {
    root = await mkdtemp(path.join(os.tmpdir(), 'nw-freeze-'));
    execSync(`git archive ${ref} src | tar -x -C ${root}`, { cwd: repo });
  }
  try {
    const result = await build({
      stdin: {
        contents: `export { readHtml } from './src/feeds/text.ts';
                   export { parseXml } from './src/feeds/xml.ts';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'feedText',
      write: false,
      logLevel: 'error',
    });
    return result.outputFiles[0].text;
  } finally {
    if (ref) await rm(root, { recursive: true, force: true });
  }
}

/** Runs in the page: the median of `runs` timings (one when a single run is already slow). */
function timeCase(kind, size) {
  // The slug has no '/', as a cut slug has not: the old expression backtracked over every way to split it.
  const slug = 'a-long-slug-that-goes-on-about-rates-'.repeat(Math.ceil(size / 37) + 1);
  const input =
    kind === 'teaser'
      ? `Rates held steady … read more at <a href="https://example.com/2025/12/07/${slug.slice(0, size)}`
      : `<rss><channel><item><title>${'<a x'.repeat(size / 4)}`;
  const run = () => {
    const start = performance.now();
    try {
      if (kind === 'teaser') window.feedText.readHtml(input);
      else window.feedText.parseXml(input);
    } catch {
      // The XML is malformed on purpose: reporting it is the work being timed.
    }
    return performance.now() - start;
  };
  const first = run();
  if (first > 200) return first;
  const times = [first, run(), run(), run(), run()].sort((a, b) => a - b);
  return times[2];
}

const CASES = [
  [
    'teaser',
    'teaser cut inside a link, N characters of its slug',
    [10, 12, 14, 16, 18, 20, 22, 24, 26, 1000, 100_000],
  ],
  ['xml', 'XML of unclosed "<", N bytes', [39_000, 78_000, 156_000, 1_000_000, 10_000_000]],
];

const script = await bundle();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script });
  console.log(`feed text code of ${ref ?? 'the work tree'}, ${await browser.version()}\n`);
  for (const [kind, title, sizes] of CASES) {
    console.log(title);
    for (const size of sizes) {
      const ms = await page.evaluate(timeCase, kind, size);
      console.log(`  ${String(size).padStart(10)}  ${ms.toFixed(2).padStart(9)} ms`);
      if (ms > LIMIT_MS) {
        console.log(`  (larger sizes skipped: over ${LIMIT_MS} ms)`);
        break;
      }
    }
  }
} finally {
  await browser.close();
}
