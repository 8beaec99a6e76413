// `npm run build`: the drop-in bundles (Vite), the npm entry with types (tsc), the element manifest
// (Custom Elements Manifest analyzer) and the editor data made from it, then the compressed size of every
// bundle.
import { rm, readFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'vite';
import { writeEditorData } from './editor-data.js';
import { writeElementTypes } from './element-types.js';
import { syncVersion } from './sync-version.js';

// The whole set (ES module and classic script), then each element alone (the modes of vite.config.ts).
const BUNDLE_MODES = [
  'news-widgets',
  'news-widgets-iife',
  'rate-ticker',
  'rates',
  'news-list',
  'article-card',
  'dateline',
  'rate-table',
  'currency-converter',
  'hydrate',
];
const BUNDLE_FILES = [
  'dist/news-widgets.js',
  'dist/news-widgets.iife.js',
  ...BUNDLE_MODES.slice(2).map((mode) => `dist/${mode}.js`),
];

await rm('dist', { recursive: true, force: true });
await rm('lib', { recursive: true, force: true });
await syncVersion();

for (const mode of BUNDLE_MODES) {
  await build({ mode, logLevel: 'warn' });
}
// The manifest first: the React and Vue types are generated from it into src/ before tsc compiles them.
execSync('npx cem analyze', { stdio: 'inherit' });
await writeElementTypes();
await writeEditorData();
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`.padStart(10);
console.log(
  `\n${'file'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`,
);
for (const file of BUNDLE_FILES) {
  const bytes = await readFile(file);
  if (bytes.includes('Lit is in dev mode'))
    throw new Error(`${file} contains Lit's development build`);
  console.log(
    `${file.padEnd(28)}${kb(bytes.length)}${kb(gzipSync(bytes, { level: 9 }).length)}${kb(brotliCompressSync(bytes).length)}`,
  );
}
