// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs and the README's tables are read from.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
