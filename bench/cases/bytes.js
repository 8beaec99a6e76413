// Case 1, bytes: what a page downloads for a ticker. Ours as built (dist/), each peer as library + plugin
// bundled and minified by esbuild (bench/peers/build.js); all compressed the same way with node:zlib.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { contributors } from '../../scripts/bundle-sizes.js';
import { table } from '../lib/report.js';
import { PEERS } from '../peers/build.js';

/** The budget for the ticker alone, in kB of 1,000 bytes as size-limit counts them. */
const TICKER_BUDGET_KB = 12.5;
const TOP_SOURCES = 10;

/** The largest source files in each of our bundles, from a source-mapped build (scripts/bundle-sizes.js). */
async function contributorTables() {
  const kb = (bytes) => (bytes / 1000).toFixed(2);
  const sections = [];
  for (const { file, gzip, sources } of await contributors()) {
    const lines = [
      `### What fills ${file} (${kb(gzip)} kB gzip)`,
      '',
      '| source | minified, kB | ≈ share of gzip, kB |',
      '|---|---:|---:|',
      ...sources
        .slice(0, TOP_SOURCES)
        .map((source) => `| ${source.name} | ${kb(source.minified)} | ${kb(source.gzip)} |`),
    ];
    const rest = sources.slice(TOP_SOURCES);
    lines.push(
      `| ${rest.length} other files | ${kb(rest.reduce((sum, source) => sum + source.minified, 0))} | ${kb(rest.reduce((sum, source) => sum + source.gzip, 0))} |`,
    );
    sections.push(lines.join('\n'));
  }
  return (
    `${sections.join('\n\n')}\n\nEach minified byte is given to the source file its source map names; the gzip ` +
    "share is that byte count × the bundle's gzip ratio, an estimate (text that compresses poorly, like the " +
    'Cyrillic word tables, costs more than its share). `npm run size:why -- --top=40` prints the whole list.\n'
  );
}

const dist = (file) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

const OURS = {
  'rate-ticker.js': 'news-widgets: dist/rate-ticker.js (the ticker alone)',
  'news-widgets.js': 'news-widgets: dist/news-widgets.js (every element, ES module)',
  'news-widgets.iife.js': 'news-widgets: dist/news-widgets.iife.js (every element, classic script)',
};

async function measure(path) {
  const bytes = await readFile(path);
  return {
    raw: bytes.length / 1024,
    gzip: gzipSync(bytes, { level: 9 }).length / 1024,
    brotli: brotliCompressSync(bytes).length / 1024,
  };
}

export default {
  id: 'bytes',
  title: 'Bytes',
  async run({ peersDir }) {
    const rows = [];
    for (const [file, name] of Object.entries(OURS)) {
      rows.push({
        name,
        short: file,
        baseline: file === 'rate-ticker.js',
        samples: [await measure(dist(file))],
      });
    }
    for (const [file, name] of Object.entries(PEERS)) {
      rows.push({
        name: `${name} (minified by esbuild)`,
        samples: [await measure(join(peersDir, file))],
      });
    }
    const markdown = table({
      title: 'Download size (KiB)',
      columns: [
        { key: 'raw', label: 'minified', digits: 2 },
        { key: 'gzip', label: 'gzip -9', digits: 2 },
        { key: 'brotli', label: 'brotli', digits: 2 },
      ],
      rows,
      ratioOf: 'gzip',
      note:
        'Sizes are deterministic, so this case runs once. The peers need their page code on top (a few hundred bytes ' +
        'each, bench/pages/ticker-*.js), which is not counted; ours needs none.',
    });
    const ticker = rows.find((row) => row.baseline).samples[0].gzip;
    const tickerKb = (ticker * 1024) / 1000;
    const smallestPeer = Math.min(
      ...rows.slice(Object.keys(OURS).length).map((row) => row.samples[0].gzip),
    );
    return {
      markdown: `${markdown}\n${await contributorTables()}`,
      goals: [
        {
          label: `ticker bundle ≤ ${TICKER_BUDGET_KB} kB gzip`,
          measured: tickerKb,
          unit: ' kB',
          met: tickerKb <= TICKER_BUDGET_KB,
        },
        {
          label: 'ticker bundle smaller (gzip) than the smallest peer',
          measured: ticker / smallestPeer,
          unit: '× the smallest peer',
          met: ticker < smallestPeer,
        },
      ],
    };
  },
};
