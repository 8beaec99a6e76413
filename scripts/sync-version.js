// The version the elements stamp on their classes (and name in the "already defined" warning) is the
// package's: this writes package.json's `version` into src/shared/version.ts. `npm run build` and the
// release routine (`npm run release:version`, after `changeset version`) call it; `npm run check:package` fails if
// a packed tarball's two disagree.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const VERSION_FILE = new URL('src/shared/version.ts', root);

export async function syncVersion() {
  const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
  const source = [
    '// Written from package.json by scripts/sync-version.js (`npm run build`, `npm run release:version`): do not edit.',
    '/** The package version, stamped on every element class so two copies on one page can tell each other apart. */',
    `export const VERSION = '${version}';`,
    '',
  ].join('\n');
  if ((await readFile(VERSION_FILE, 'utf8')) !== source) await writeFile(VERSION_FILE, source);
  return version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`src/shared/version.ts: ${await syncVersion()}`);
}
