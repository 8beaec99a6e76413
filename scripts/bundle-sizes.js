// `npm run size:why`: which source files fill each drop-in bundle. Builds every bundle again with a source
// map into a scratch folder, gives each byte of minified output to the file it came from, and prints the
// largest contributors with their share of the gzip size (bytes × the bundle's gzip ratio), as BENCHMARKS.md
// reports them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';

const BUNDLES = {
  'news-widgets': 'news-widgets.js',
  'rate-ticker': 'rate-ticker.js',
};
const TOP = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 12);

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
      const bytes = Buffer.byteLength(text.slice(segment[0], end));
      totals.set(name, (totals.get(name) ?? 0) + bytes);
    });
  });
  return totals;
}

const scratch = await mkdtemp(path.join(tmpdir(), 'nw-sizes-'));
try {
  for (const [mode, file] of Object.entries(BUNDLES)) {
    await build({ mode, logLevel: 'warn', build: { outDir: scratch, sourcemap: true } });
    const code = await readFile(path.join(scratch, file), 'utf8');
    const map = JSON.parse(await readFile(path.join(scratch, `${file}.map`), 'utf8'));
    const raw = Buffer.byteLength(code);
    const gzip = gzipSync(code, { level: 9 }).length;
    const rows = [...bytesBySource(code, map)].sort((a, b) => b[1] - a[1]);
    console.log(
      `\n${file}: ${(raw / 1000).toFixed(2)} kB minified, ${(gzip / 1000).toFixed(2)} kB gzip`,
    );
    console.log(`${'source'.padEnd(40)}${'min'.padStart(9)}${'≈gzip'.padStart(9)}`);
    for (const [name, bytes] of rows.slice(0, TOP))
      console.log(
        `${name.padEnd(40)}${(bytes / 1000).toFixed(2).padStart(9)}${((bytes * gzip) / raw / 1000).toFixed(2).padStart(9)}`,
      );
    const rest = rows.slice(TOP).reduce((sum, [, bytes]) => sum + bytes, 0);
    if (rest)
      console.log(
        `${`${rows.length - TOP} others`.padEnd(40)}${(rest / 1000).toFixed(2).padStart(9)}`,
      );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
