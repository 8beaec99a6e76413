import { defineConfig, type Plugin } from 'vite';

/**
 * package.json's `sideEffects` lists the published entry points (lib/, dist/), so to the bundler the
 * sources are side-effect free and a story's bare `import '../src/index.js'` — which exists only to define
 * the elements — is dropped from the production build: every story would show undefined, empty tags.
 * The modules that register elements keep their side effects here.
 */
const keepDefinitions: Plugin = {
  name: 'nw-keep-element-definitions',
  transform(code, id) {
    if (/[\\/]src[\\/](index|[\w-]+[\\/]define)\.ts$/.test(id)) {
      return { code, map: null, moduleSideEffects: true };
    }
    return undefined;
  },
};

export default defineConfig({ plugins: [keepDefinitions] });
