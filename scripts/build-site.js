// `npm run build:site` (after `npm run build`): the embed builder's scripts, then the demo and the builder as
// one static folder, site/, that any web server can host at its root.
//   dist/configurator/  main.js and preview.js, bundled by esbuild with the facts fixed at build time: the
//                       package version, the manifest, and the SRI hash of the very bundle file in dist/.
//   site/               demo/ (the builder under configurator/), dist/ as the pages load it, docs/, and the
//                       bundles again under news-widgets/<version>/, where the builder's default snippet
//                       points, so a snippet pasted into a page on the same host works as printed.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Every element in one classic script; the rate ticker alone in a lighter ES module (the partner bundle), and
// the three rate elements in another (a finance page).
const BUNDLES = { all: 'news-widgets.iife.js', ticker: 'rate-ticker.js', rates: 'rates.js' };

/** `sha384-…` of a file, as a browser checks a script's `integrity`. */
export const integrityOf = (bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSite();

async function buildSite() {
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));

  // The builder's own query names must not shadow an attribute, or a link would lose it.
  const stateSource = await readFile('demo/configurator/src/state.ts', 'utf8');
  const settings = [...stateSource.match(/SETTINGS = \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map(
    (match) => match[1],
  );
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      for (const attribute of declaration.attributes ?? [])
        if (settings.includes(attribute.name))
          throw new Error(
            `<${declaration.tagName}> has an attribute "${attribute.name}", which the builder's address uses for itself (demo/configurator/src/state.ts)`,
          );

  const bundle = async (file) => ({ file, integrity: integrityOf(await readFile(`dist/${file}`)) });
  // The chunks the ticker's module loads on demand (`chunks/rate-ticker-ru-….js`: a language's words; `-xml-`:
  // the XML parser), by name, so the snippet can preload exactly those its widget needs, with their hashes.
  const prefix = `${BUNDLES.ticker.replace(/\.js$/, '')}-`;
  const chunks = {};
  for (const file of await readdir('dist/chunks'))
    if (file.startsWith(prefix))
      chunks[file.slice(prefix.length).replace(/-[\w-]+\.js$/, '')] = await bundle(
        `chunks/${file}`,
      );
  const info = {
    version,
    bundles: {
      all: await bundle(BUNDLES.all),
      ticker: { ...(await bundle(BUNDLES.ticker)), chunks },
      rates: await bundle(BUNDLES.rates),
    },
    manifest,
  };

  await build({
    entryPoints: ['demo/configurator/src/main.ts', 'demo/configurator/src/preview.ts'],
    outdir: 'dist/configurator',
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    logLevel: 'warning',
    define: { __NW_BUILD__: JSON.stringify(info) },
  });

  await rm('site', { recursive: true, force: true });
  await mkdir('site', { recursive: true });
  await cp('demo', 'site', {
    recursive: true,
    filter: (source) => !source.includes('configurator/src'),
  });
  await cp('dist', 'site/dist', { recursive: true });
  await cp('docs', 'site/docs', { recursive: true });
  await mkdir(`site/news-widgets/${version}`, { recursive: true });
  for (const file of [
    'news-widgets.js',
    'news-widgets.iife.js',
    ...Object.values(BUNDLES),
    'chunks',
  ])
    await cp(`dist/${file}`, `site/news-widgets/${version}/${file}`, { recursive: true });

  console.log(
    `site/: the demo and the embed builder (news-widgets ${version}, ${info.bundles.all.integrity})`,
  );
}
