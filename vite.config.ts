import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * The supported browsers (README, "Supported browsers") as build targets: package.json's `browserslist`
 * (`safari >= 18.2`) in the transformer's spelling (`safari18.2`). `npm run check:dist` proves the output.
 */
const TARGET_NAMES: Record<string, string> = { ios_saf: 'ios' };
const { browserslist } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { browserslist: string[] };
const target = browserslist.map((query) => {
  const [name, version] = query.split('>=').map((part) => part.trim());
  return `${TARGET_NAMES[name] ?? name}${version}`;
});

/**
 * The drop-in bundles, one per Vite "mode" (scripts/build.js builds them all). Each is minified with Lit
 * inside, in Lit's production build, for pages with no build step of their own.
 */
const BUNDLES = {
  // The whole set as one ES module: <script type="module" src="news-widgets.js">.
  'news-widgets': { entry: 'src/index.ts', format: 'es', fileName: 'news-widgets.js' },
  // The same as a classic script, for <script src> without type="module".
  'news-widgets-iife': { entry: 'src/index.ts', format: 'iife', fileName: 'news-widgets.iife.js' },
  // The ticker alone, for partner sites.
  'rate-ticker': { entry: 'src/rate-ticker/define.ts', format: 'es', fileName: 'rate-ticker.js' },
  // The finance page's set: ticker, table and converter, sharing one feed client and one copy of Lit.
  rates: { entry: 'src/rates.ts', format: 'es', fileName: 'rates.js' },
  // Each other element alone (the list with the cards it renders): what `npm run size` holds to its budget.
  'news-list': { entry: 'src/news-list/define.ts', format: 'es', fileName: 'news-list.js' },
  'article-card': {
    entry: 'src/article-card/define.ts',
    format: 'es',
    fileName: 'article-card.js',
  },
  dateline: { entry: 'src/dateline/define.ts', format: 'es', fileName: 'dateline.js' },
  'rate-table': { entry: 'src/rate-table/define.ts', format: 'es', fileName: 'rate-table.js' },
  'currency-converter': {
    entry: 'src/currency-converter/define.ts',
    format: 'es',
    fileName: 'currency-converter.js',
  },
  // The browser side of news-widgets/ssr for pages without a bundler: hydrates what the server rendered.
  hydrate: { entry: 'src/ssr/hydrate.ts', format: 'es', fileName: 'hydrate.js' },
} as const;

export type BundleName = keyof typeof BUNDLES;

export default defineConfig(({ mode }) => {
  const bundle = BUNDLES[mode as BundleName] ?? BUNDLES['news-widgets'];
  return {
    // Lit's html`` and css`` templates keep their source indentation; collapsing it saves ~10% gzip. The
    // hydration bundle keeps html`` as written: Lit hydrates only onto markup from the very same template
    // strings, and the server renders lib/'s. Its css`` is not part of that match (styles are adopted, not
    // hydrated), so it is collapsed there too: 2.4 kB gzip.
    plugins: [
      minifyHTMLLiterals(mode === 'hydrate' ? { options: { shouldMinify: () => false } } : {}),
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target,
      // Terser's extra passes over the Oxc output save ~1% gzip (measured by `npm run size`) at no risk:
      // no unsafe transforms, no property mangling (Lit's `_$` names are shared with other Lit copies).
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
      sourcemap: false,
      reportCompressedSize: false,
      // Vite leaves library ES output unminified (for consumers' bundlers); ours goes straight into pages.
      rolldownOptions: {
        // Terser is slow on purpose (three passes); Rolldown's timing report about it is noise here. The XML
        // parser is imported on demand by the ticker's rates code and statically by the articles' code: in a
        // bundle with both it is simply inside, which is what the warning about that says.
        checks: { pluginTimings: false, ineffectiveDynamicImport: false },
        // `/* @__PURE__ */` marks only help a later bundler; these files go straight into pages.
        output: {
          minify: true,
          comments: { annotation: false },
          // What loads only when a page needs it (another language's words, code for rare feeds) is a chunk
          // beside the bundle, named after the bundle: each bundle is its own build into the same dist/.
          chunkFileNames: `chunks/${mode}-[name]-[hash].js`,
          // A classic script cannot import: there every chunk is inlined (its budget says so).
          codeSplitting: bundle.format !== 'iife',
        },
        // A chunk imports what it shares with the bundle from the bundle itself: library mode's 'strict'
        // default would move that shared code into a third file every page must also fetch.
        preserveEntrySignatures: 'allow-extension',
        // Lit's modules only register their version on globalThis at load; without this, importing `css`
        // from 'lit' keeps all of LitElement in the ticker's bundle, which does not use it.
        treeshake: {
          moduleSideEffects: (id: string) =>
            !/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(
              id,
            ),
        },
      },
      lib: {
        entry: bundle.entry,
        name: 'NewsWidgets',
        formats: [bundle.format],
        fileName: () => bundle.fileName,
      },
    },
  };
});
