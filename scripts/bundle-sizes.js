// `npm run size:why`: which source files fill each drop-in bundle. Builds the bundles again with a source map
// into a scratch folder, gives each byte of minified output to the file it came from, and prints the largest
// contributors with their share of the gzip size (bytes × the bundle's gzip ratio: an estimate, since gzip
// compresses repeated text across files). The chunks a bundle loads on demand (other languages' words, rare
// feeds' code) are measured the same way, each on its own. bench/cases/bytes.js puts the tables in BENCHMARKS.md.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';

/** Vite mode (vite.config.ts) → the file it writes. The classic-script bundle holds the same modules. */
const BUNDLES = {
  'news-widgets': 'news-widgets.js',
  'rate-ticker': 'rate-ticker.js',
  rates: 'rates.js',
  'rate-table': 'rate-table.js',
  'currency-converter': 'currency-converter.js',
  'news-list': 'news-list.js',
};
const repo = fileURLToPath(new URL('..', import.meta.url));

/** `…/node_modules/lit-html/lit-html.js` → `lit-html`; `…/src/feeds/client.ts` → `src/feeds/client.ts`. */
function owner(source) {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  const inSrc = source.match(/(src\/.*)$/);
  return inSrc ? inSrc[1] : source;
}

/** Bytes of `code` per source file, from the map's segments (each runs to the next segment's start). */
function bytesBySource(code, map) {
  const lines = code.split('\n');
  const totals = new Map();
  decode(map.mappings).forEach((segments, line) => {
    const text = lines[line] ?? '';
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
      const name = segment.length > 1 ? owner(map.sources[segment[1]]) : '(glue)';
      totals.set(name, (totals.get(name) ?? 0) + Buffer.byteLength(text.slice(segment[0], end)));
    });
  });
  return totals;
}

/** `{ file, minified, gzip, sources }` of one built file, `sources` largest first. */
async function measured(folder, file) {
  const code = await readFile(path.join(folder, file), 'utf8');
  const map = JSON.parse(await readFile(path.join(folder, `${file}.map`), 'utf8'));
  const minified = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const sources = [...bytesBySource(code, map)]
    .map(([name, bytes]) => ({ name, minified: bytes, gzip: (bytes * gzip) / minified }))
    .sort((a, b) => b.minified - a.minified);
  return { file, minified, gzip, sources };
}

/**
 * For each bundle: `{ file, minified, gzip, sources, chunks }`, sizes in bytes, `sources` as `{ name, minified,
 * gzip }` largest first, where `gzip` is the source's estimated share; `chunks` the same for each file the
 * bundle loads on demand.
 */
export async function contributors() {
  const scratch = await mkdtemp(path.join(tmpdir(), 'nw-sizes-'));
  try {
    const bundles = [];
    for (const [mode, file] of Object.entries(BUNDLES)) {
      const outDir = path.join(scratch, mode);
      await build({ root: repo, mode, logLevel: 'silent', build: { outDir, sourcemap: true } });
      const chunkFiles = (await readdir(path.join(outDir, 'chunks')).catch(() => []))
        .filter((name) => name.endsWith('.js'))
        .sort();
      const chunks = [];
      for (const chunk of chunkFiles) chunks.push(await measured(outDir, `chunks/${chunk}`));
      bundles.push({ ...(await measured(outDir, file)), chunks });
    }
    return bundles;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const top = Number(process.argv.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 12);
  const kb = (bytes) => (bytes / 1000).toFixed(2).padStart(9);
  for (const { file, minified, gzip, sources, chunks } of await contributors()) {
    console.log(`\n${file}: ${kb(minified).trim()} kB minified, ${kb(gzip).trim()} kB gzip`);
    console.log(`${'source'.padEnd(40)}${'min kB'.padStart(9)}${'≈gzip kB'.padStart(9)}`);
    for (const source of sources.slice(0, top))
      console.log(`${source.name.padEnd(40)}${kb(source.minified)}${kb(source.gzip)}`);
    const rest = sources.slice(top).reduce((sum, source) => sum + source.minified, 0);
    if (rest) console.log(`${`${sources.length - top} others`.padEnd(40)}${kb(rest)}`);
    if (!chunks.length) continue;
    console.log(`\n  loaded on demand by ${file}:`);
    for (const chunk of chunks) {
      const from = chunk.sources.map((source) => source.name).filter((name) => name !== '(glue)');
      console.log(
        `  ${chunk.file.padEnd(38)}${kb(chunk.minified)}${kb(chunk.gzip)}  ${from.join(', ')}`,
      );
    }
  }
}
