// Case 1, bytes: what a page downloads for a ticker. Ours as built (dist/), each peer as library + plugin
// bundled and minified by esbuild (bench/peers/build.js); all compressed the same way with node:zlib.
import { readFile, readdir } from 'node:fs/promises';
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
  for (const { file, gzip, sources, chunks } of await contributors()) {
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
    if (chunks.length) {
      lines.push(
        '',
        `Loaded on demand by ${file}, each only by a page that needs it:`,
        '',
        '| chunk | from | minified, kB | gzip, kB |',
        '|---|---|---:|---:|',
        ...chunks.map((chunk) => {
          const from = chunk.sources
            .map((source) => source.name)
            .filter((name) => name !== '(glue)');
          return `| ${chunk.file.replace(/-[\w-]{8}\.js$/, '-….js')} | ${from.join(', ')} | ${kb(chunk.minified)} | ${kb(chunk.gzip)} |`;
        }),
      );
    }
    sections.push(lines.join('\n'));
  }
  return (
    `${sections.join('\n\n')}\n\nEach minified byte is given to the source file its source map names; the gzip ` +
    "share is that byte count × the bundle's gzip ratio, an estimate (text that compresses poorly, like the " +
    'Cyrillic word tables, costs more than its share). `npm run size:why -- --top=40` prints the whole list.\n'
  );
}

const dist = (file) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

/** The first chunk of dist/chunks/ whose name starts with `prefix` (`rate-ticker-ru-`). */
async function chunk(prefix) {
  const name = (await readdir(dist('chunks'))).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`dist/chunks/ has no ${prefix}….js`);
  return `chunks/${name}`;
}

/** Each element's own bundle (the list's holds the cards it renders). */
const ELEMENT_FILES = [
  'rate-ticker.js',
  'news-list.js',
  'article-card.js',
  'dateline.js',
  'rate-table.js',
  'currency-converter.js',
];

/** Our rows: the files a page downloads (a bundle, and the chunks it then loads for that page). */
const OURS = [
  [['rate-ticker.js'], 'news-widgets: dist/rate-ticker.js (the ticker alone, on an English page)'],
  [
    ['rate-ticker.js', 'rate-ticker-ru-', 'rate-ticker-xml-'],
    'news-widgets: rate-ticker.js on a Russian page reading the Bank of Russia’s XML (+ its words, the XML reader)',
  ],
  [['news-list.js'], 'news-widgets: dist/news-list.js (the list and its cards)'],
  [['news-widgets.js'], 'news-widgets: dist/news-widgets.js (every element, ES module)'],
  [
    ['news-widgets.js', 'news-widgets-kk-'],
    'news-widgets: news-widgets.js on a Kazakh page (+ its words and month names)',
  ],
  [
    ['news-widgets.iife.js'],
    'news-widgets: dist/news-widgets.iife.js (every element and language, classic script)',
  ],
];

async function measure(path) {
  const bytes = await readFile(path);
  return {
    raw: bytes.length / 1024,
    gzip: gzipSync(bytes, { level: 9 }).length / 1024,
    brotli: brotliCompressSync(bytes).length / 1024,
  };
}

/** Sizes of the files a page downloads, each compressed on its own (as the browser receives them), summed. */
async function measureAll(paths) {
  const each = await Promise.all(paths.map(measure));
  const sum = (key) => each.reduce((total, size) => total + size[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/**
 * What the bytes work of issues 12 and 19 changed, kept with the case so a regenerated BENCHMARKS.md keeps it
 * (the tables above it are measured on every run).
 */
const HISTORY = `### Before → after (the second wave's last byte work, 2 December 2026; size-limit's gzip, kB of 1,000 bytes)

"Before" is main at 86eda3a, "after" main once this work merged (\`npm run build && npm run size\`, same machine).

| bundle | before | after | budget |
|---|---:|---:|---:|
| rate-ticker.js | 18.84 | 18.64 | design 12.5: not met |
| news-list.js (with its cards) | 26.63 | 24.21 | design 25: met |
| article-card.js, dateline.js | 11.56, 8.83 | 11.36, 8.69 | 25: met |
| rate-table.js, currency-converter.js | 18.01, 18.34 | 17.45, 17.35 | 25: met |
| rates.js (ticker, table, converter) | 23.20 | 22.09 | issue 20: 16, not met |
| news-widgets.js (every element) | 37.35 | 34.49 | issue 20: 31, not met |
| news-widgets.iife.js | 47.62 | 47.84 | every reader and language inside |

What moved: RSS and Atom reading out of the list's and the full bundle into a chunk loaded for the first feed that
is not JSON (2.1 kB; a page reading RSS downloads 0.4 kB more in all, one request more); the table and converter
onto one base class, their trend-line code on demand, Lit's \`live()\` gone (0.9 kB off rates.js); the shared feed,
words, dates and contrast code written once where it was twice (0.14–0.43 kB off every bundle). Measured and not
kept: loading the ticker's drag and arrow-key code on first use (−0.13 kB for every strip, +0.47 kB for a strip
someone drags), the XML rate formats with the XML reader (−0.17 kB, +0.27 for bank pages), shortening private
member names with a type-checked build step (−0.07 kB on the ticker, −0.2 kB on the larger bundles, for 280 lines
of build code). The ticker's 18.6 kB is Lit 5.5, the feed layer 3.5, its element and styles 3.4, shared UI
(backdrop palette, base styles, language tracking) 2.3, rate formats 1.3, words 1.2, number and date formatting
1.0, crossing 0.3: removing the element's own code entirely would not reach 12.5 kB, so that budget needs a
feature cut or a smaller feed layer, not a trim.`;

export default {
  id: 'bytes',
  title: 'Bytes',
  async run({ peersDir }) {
    const rows = [];
    for (const [files, name] of OURS) {
      const paths = await Promise.all(
        files.map(async (file) => dist(file.endsWith('.js') ? file : await chunk(file))),
      );
      rows.push({
        name,
        short: files.join(' + '),
        baseline: files.length === 1 && files[0] === 'rate-ticker.js',
        samples: [await measureAll(paths)],
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
    const smallestPeer = Math.min(...rows.slice(OURS.length).map((row) => row.samples[0].gzip));
    // Budgets in kB of 1,000 bytes, as size-limit and the issues count them.
    const kB = async (file) => ((await measure(dist(file))).gzip * 1024) / 1000;
    const elements = await Promise.all(ELEMENT_FILES.map(kB));
    const largest = Math.max(...elements);
    const budget = (label, measured, limit) => ({
      label,
      measured,
      unit: ' kB',
      met: measured <= limit,
    });
    return {
      markdown: `${markdown}\n${await contributorTables()}\n${HISTORY}\n`,
      goals: [
        {
          label: `ticker bundle ≤ ${TICKER_BUDGET_KB} kB gzip`,
          measured: tickerKb,
          unit: ' kB',
          met: tickerKb <= TICKER_BUDGET_KB,
        },
        budget(
          `every element alone ≤ 25 kB gzip (largest: ${ELEMENT_FILES[elements.indexOf(largest)]})`,
          largest,
          25,
        ),
        budget('news-widgets.js (every element) ≤ 31 kB gzip', await kB('news-widgets.js'), 31),
        budget('rates.js (ticker, table, converter) ≤ 16 kB gzip', await kB('rates.js'), 16),
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
