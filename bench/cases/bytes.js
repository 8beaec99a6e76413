// Case 1, bytes: what a page downloads for a ticker. Ours as built (dist/), each peer as library + plugin
// bundled and minified by esbuild (bench/peers/build.js); all compressed the same way with node:zlib.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { table } from '../lib/report.js';
import { PEERS } from '../peers/build.js';

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
    const smallestPeer = Math.min(
      ...rows.slice(Object.keys(OURS).length).map((row) => row.samples[0].gzip),
    );
    return {
      markdown,
      goals: [
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
