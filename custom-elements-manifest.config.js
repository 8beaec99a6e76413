// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs and the README's tables are read from.
export default {
  globs: ['src/**/*.ts'],
  // small-element.ts is the ticker's base class, not an element of its own.
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/rate-ticker/small-element.ts'],
  outdir: '.',
  litelement: true,
};
