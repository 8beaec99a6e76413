// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs and the README's tables are read from.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Storybook turns every member it finds into a control; private and protected ones are not API.
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members &&= declaration.members.filter(
              (member) => !member.privacy || member.privacy === 'public',
            );
          }
        }
      },
    },
  ],
};
