// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs and the README's tables are read from.
/** Aliases that are unions of string literals, by name: `NewsListLayout` → ['list', 'grid']. */
const unions = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // A property typed with an alias (`layout: ArticleCardLayout`) reads as the alias's name, which tells a
      // tool nothing; where the alias is a union of string literals, the manifest gets the union itself, so
      // the configurator and Storybook can offer its values as choices.
      name: 'literal-unions',
      analyzePhase({ ts, node }) {
        if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
        const literals = node.type.types.map((type) =>
          ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : null,
        );
        if (!literals.includes(null)) unions.set(node.name.text, literals);
      },
      packageLinkPhase({ customElementsManifest }) {
        const resolve = (type) => {
          if (!type?.text) return;
          const parts = type.text.split('|').map((part) => part.trim());
          const names = parts.flatMap((part) =>
            unions.has(part) ? unions.get(part).map((value) => `'${value}'`) : [part],
          );
          type.text = [...new Set(names)].join(' | ');
        };
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
              resolve(entry.type);
          }
        }
      },
    },
    {
      // Storybook turns every member it finds into a control, and a `state: true` entry of a properties table
      // comes out as an attribute too: only public API stays. Public members carry no `privacy`, as the
      // analyzer writes them for class fields (the README's tables rely on it).
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy && member.privacy !== 'public')
                .map((member) => member.name),
            );
            declaration.members &&= declaration.members.filter(
              (member) => !hidden.has(member.name),
            );
            for (const member of declaration.members ?? []) delete member.privacy;
            declaration.attributes &&= declaration.attributes.filter(
              (attribute) => !hidden.has(attribute.fieldName),
            );
          }
        }
      },
    },
  ],
};
