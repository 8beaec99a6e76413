// `npm run check:dist`: the shipped bundles use nothing the supported browsers lack (README, "Supported
// browsers"; the list is `browserslist` in package.json, which the build also targets). Needs `npm run build`.
//   syntax — each bundle must parse as ECMAScript 2024: the newest edition whose syntax every supported
//            browser parses (Firefox 128 lacks ES2025's import attributes, Safari 18.2 its regex modifiers).
//   APIs   — built-ins newer than ES2024 (eslint-plugin-es-x: Promise.try, iterator helpers …), and web
//            APIs a supported browser lacks, from MDN's compatibility data (eslint-plugin-compat).
// Before the bundles, each check is shown code it must reject, so a check that stopped working fails too.
import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'acorn';
import { ESLint } from 'eslint';
import esX from 'eslint-plugin-es-x';
import compat from 'eslint-plugin-compat';
import globals from 'globals';

const ECMA_VERSION = 2024;
const { browserslist } = JSON.parse(await readFile('package.json', 'utf8'));

/** Newer code each check must catch: [what, source]. */
const CANARIES = [
  ['ES2025 regex modifiers', 'export const word = /(?i:a)b/;'],
  ['ES2025 Promise.try', 'export const p = Promise.try(() => 1);'],
  ['ES2025 iterator helpers', 'export const i = Iterator.from([1]).drop(1);'],
  ['a web API Safari lacks', 'requestIdleCallback(() => {});'],
];

const eslint = new ESLint({
  overrideConfigFile: true,
  ignore: false,
  baseConfig: [
    {
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        globals: globals.browser,
      },
      plugins: { 'es-x': esX, compat },
      settings: { browsers: browserslist },
      rules: {
        ...esX.configs['flat/restrict-to-es2024'].rules,
        'compat/compat': 'error',
      },
    },
  ],
});

/** Problems in one file's source: a parse error at ES2024, or the rules' findings. */
async function problemsIn(source, sourceType) {
  const problems = [];
  try {
    parse(source, { ecmaVersion: ECMA_VERSION, sourceType });
  } catch (error) {
    problems.push(`syntax beyond ES${ECMA_VERSION}: ${error.message}`);
  }
  const [result] = await eslint.lintText(source);
  for (const message of result.messages)
    problems.push(`${message.line}:${message.column} ${message.message} (${message.ruleId})`);
  return problems;
}

let failed = 0;
for (const [what, source] of CANARIES) {
  if (!(await problemsIn(source, 'module')).length) {
    console.error(`FAIL the check no longer notices ${what}: ${source}`);
    failed++;
  }
}

// The bundles and the chunks they load on demand (dist/chunks/: other languages' words, rare feeds' code).
const files = (await readdir('dist', { recursive: true })).filter((file) => file.endsWith('.js'));
if (!files.length) {
  console.error('No bundles in dist/: run `npm run build` first.');
  process.exit(1);
}
for (const file of files) {
  const source = await readFile(`dist/${file}`, 'utf8');
  // The IIFE bundle is a classic script: there `import`/`export` would be syntax errors too.
  const problems = await problemsIn(source, file.includes('.iife.') ? 'script' : 'module');
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} dist/${file}`);
  for (const problem of problems.slice(0, 20)) console.log(`       ${problem}`);
}
console.log(`\ndist: ES${ECMA_VERSION} and ${browserslist.join(', ')}; ${failed} problems`);
process.exit(failed ? 1 : 0);
