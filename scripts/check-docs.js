// `npm run check:docs` (part of `npm run lint`): the docs name only what exists. In every Markdown, source and
// config file each `npm run <name>` is a script in package.json and each path into the repository's folders
// (`scripts/feed-server.js`) exists; in Markdown each relative link, and each relative path in a code span,
// resolves to a file inside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;

// Tracked files and new ones not ignored, so a clean clone and a working tree are checked alike.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && existsSync(join(root, file)));

const NPM_RUN = /npm run ([a-z0-9:_-]+)/g;
// A relative path in code spans (`../shared/DESIGN.md`), which must stay inside the repository.
const RELATIVE = /`(\.\.?\/[^`\s]+)`/g;
const MD_LINK = /\]\(([^)\s]+)\)/g;
// Paths into the repository's own folders, as comments write them (`scripts/feed-server.js`).
const REPO_PATH =
  /(?<![\w./-])(?:scripts|bench|test|demo|stories|docs|src|schemas|relay|examples|\.ci|\.storybook)\/[\w./-]*\w\.(?:js|ts|md|json|html|css)\b/g;
const CODE = /\.(?:js|ts|json)$|^\.ci\/run$/;

/** `examples/react/` for a file of the React example, else undefined. */
const exampleFolder = (file) => file.match(/^examples\/[^/]+\//)?.[0];

/** An example's files may also run that example's own scripts (`examples/react/package.json`). */
function exampleScripts(file) {
  const folder = exampleFolder(file);
  const manifest = folder && join(root, folder, 'package.json');
  return manifest && existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).scripts : {};
}

const problems = [];
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

for (const file of files) {
  const markdown = file.endsWith('.md');
  if (!markdown && !CODE.test(file)) continue;
  if (file.startsWith('test/fixtures/') || file === 'package-lock.json') continue;
  const text = readFileSync(join(root, file), 'utf8');
  for (const match of text.matchAll(NPM_RUN)) {
    if (!scripts[match[1]] && !exampleScripts(file)[match[1]])
      problems.push(
        `${file}:${lineOf(text, match.index)}: \`npm run ${match[1]}\` is not a script`,
      );
  }
  if (markdown) {
    for (const match of [...text.matchAll(MD_LINK), ...text.matchAll(RELATIVE)]) {
      const target = match[1].split('#')[0];
      if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // an anchor, or http:, mailto:…
      const path = resolve(root, dirname(file), decodeURI(target));
      const where = `${file}:${lineOf(text, match.index)}`;
      if (relative(root, path).startsWith('..'))
        problems.push(`${where}: ${target} is outside the repository`);
      else if (!existsSync(path)) problems.push(`${where}: ${target} does not exist`);
    }
  }
  for (const match of text.matchAll(REPO_PATH)) {
    const path = match[0];
    // An example's own config names its files from the example's folder (angular.json's browser entry).
    const bases = [root, join(root, exampleFolder(file) ?? '')];
    // Sources import TypeScript files by their .js names.
    const found = bases.some(
      (base) =>
        existsSync(join(base, path)) || existsSync(join(base, path.replace(/\.js$/, '.ts'))),
    );
    if (!found) problems.push(`${file}:${lineOf(text, match.index)}: ${path} does not exist`);
  }
}

if (problems.length) {
  console.error(`Docs name what does not exist:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:docs: ${files.length} files, every npm script and relative link named exists`);
