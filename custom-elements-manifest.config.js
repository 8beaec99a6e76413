// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs, the README's tables, editors' custom data and the React types are read from.
import { expandUnionsPlugin } from './scripts/cem/expand-unions.js';

export default {
  globs: ['src/**/*.ts'],
  // small-element.ts is the ticker's base class, not an element of its own; elements.ts only re-exports.
  exclude: [
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/rate-ticker/small-element.ts',
    'src/elements.ts',
    'src/ssr/**',
    'src/react/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [expandUnionsPlugin()],
};
