// `npm run check:package` (after `npm run build`): packs the package and checks the tarball a user would get.
//   contents  — every file package.json points at is in it, each element's entry with its types, the bundles,
//               the manifest and editor data, the LICENSE (of the licence package.json names); nothing from
//               tests, fixtures, stories, demos or sources.
//   version   — the version the elements report (lib/shared/version.js) is package.json's.
//   types     — the React, Vue and Svelte types are what custom-elements.json gives today (element-types.js).
//   publint   — packaging mistakes (exports order, missing files, format mismatches), warnings as errors.
//   attw      — "Are the types wrong?": each export's types resolve, for Node 16+ ESM and bundlers. The
//               package is ESM only (`"type": "module"`, no require condition), so the esm-only profile.
// Prints the tarball's size and file count, and one line per failure; exits 1 on any.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { EDITOR_FILES } from './editor-data.js';
import { pack } from './pack.js';
import { staleElementTypes } from './element-types.js';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);

/** Every file named by `exports` (wildcards aside), `main`, `types`, `customElements`, `web-types`. */
function referencedFiles() {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  walk([pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']]);
  return [...new Set(targets.filter((path) => !path.includes('*')).map(normalize))];
}

const normalize = (path) => path.replace(/^\.\//, '');

// What no one installing the package should download: the repository's own development files.
const FORBIDDEN = [
  [
    /^(test|tests|stories|demo|bench|examples|scripts|\.storybook|\.changeset|\.ci)\//,
    'a development folder',
  ],
  [/^src\//, 'TypeScript sources (lib/ has the built modules and types)'],
  [/(^|\/)fixtures?\//, 'a test fixture'],
  [/\.(test|spec|stories)\.[cm]?[jt]sx?$/, 'a test or story'],
  [/\.tsbuildinfo$|\.map$|\.log$/, 'a build by-product'],
  [/(^|\/)node_modules\//, 'node_modules'],
];

const directory = await mkdtemp(join(tmpdir(), 'nw-pack-'));
try {
  const { tarball, files, size, unpackedSize, version } = await pack(directory);
  const packed = new Set(files.map((file) => file.path));

  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    ...referencedFiles(),
    ...EDITOR_FILES,
  ];
  for (const path of required) if (!packed.has(path)) fail(`missing from the tarball: ${path}`);
  // What size-limit measures: a file, or a pattern (`dist/chunks/rate-ticker-ru-*.js`) for the chunks a
  // bundle loads on demand, which must match at least one packed file.
  for (const pattern of pkg['size-limit'].flatMap((limit) => limit.path)) {
    const glob = new RegExp(
      `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`,
    );
    if (![...packed].some((path) => glob.test(path))) fail(`missing from the tarball: ${pattern}`);
  }
  // Every built module brings its declaration file, so no import from the package is untyped.
  for (const path of packed) {
    if (path.startsWith('lib/') && path.endsWith('.js')) {
      const types = path.replace(/\.js$/, '.d.ts');
      if (!packed.has(types)) fail(`no types beside ${path}`);
    }
  }
  for (const path of packed) {
    const rule = FORBIDDEN.find(([pattern]) => pattern.test(path));
    if (rule) fail(`should not be published: ${path} (${rule[1]})`);
  }

  // The licence text shipped is the one package.json declares (`MIT` → "MIT License").
  // (A missing LICENSE is reported above, as missing from the tarball.)
  const licence = await readFile('LICENSE', 'utf8').catch(() => undefined);
  if (licence !== undefined && !licence.startsWith(`${pkg.license} License`)) {
    fail(`LICENSE is not the ${pkg.license} licence package.json declares`);
  }

  const versionModule = await readFile('lib/shared/version.js', 'utf8');
  if (!versionModule.includes(`'${version}'`)) {
    fail(`lib/shared/version.js does not say ${version} (run npm run build)`);
  }

  for (const path of await staleElementTypes()) {
    fail(`${path} is stale against custom-elements.json (run npm run build, commit it)`);
  }

  const bytes = await readFile(tarball);
  const lint = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
    strict: true,
  });
  for (const message of lint.messages) {
    const text = formatMessage(message, lint.pkg, { color: false }) ?? message.code;
    if (message.type === 'suggestion') console.log(`publint suggests: ${text}`);
    else fail(`publint: ${text}`);
  }

  try {
    execFileSync('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
      stdio: 'inherit',
    });
  } catch {
    fail('attw: some export has types that do not resolve (table above)');
  }

  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `\n${pkg.name}@${version}: ${kb(size)} packed, ${kb(unpackedSize)} unpacked, ${files.length} files`,
  );
} finally {
  await rm(directory, { recursive: true, force: true });
}

for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`package: ${failures.length ? `${failures.length} problem(s)` : 'ok'}`);
process.exit(failures.length ? 1 : 0);
