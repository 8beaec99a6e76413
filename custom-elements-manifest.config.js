// Generates custom-elements.json from the classes' JSDoc: the one description of the public API that
// Storybook's controls and docs, the README's tables, editors' custom data and the React types are read from.
import { expandUnionsPlugin } from './scripts/cem/expand-unions.js';

export default {
  globs: ['src/**/*.ts'],
  // elements.ts only re-exports; ssr/ and react/ hold no elements.
  exclude: [
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/elements.ts',
    'src/ssr/**',
    'src/react/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    expandUnionsPlugin(),
    {
      // Storybook turns every member it finds into a control, and a `state: true` entry of a properties table
      // comes out as an attribute too: only public API stays. Public members carry no `privacy`, as the
      // analyzer writes them for class fields (the README's tables rely on it).
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // A base class without a tag (shared/rate-element.ts) is no element: its members are listed on
            // each element that extends it.
            if (!declaration.tagName) delete declaration.customElement;
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
            // An element that redeclares an inherited property to describe it its own way (the table's
            // `label` is its caption) has that description on the field; its attribute says the same.
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find(
                (member) => member.name === attribute.fieldName,
              );
              if (field?.description) attribute.description = field.description;
            }
            // The shared feed attributes a base class gives (`src` first) before the element's own, in the
            // README's tables, the embed builder's fields and the framework types alike.
            const inheritedFirst = (list) => [
              ...list.filter((item) => item.inheritedFrom),
              ...list.filter((item) => !item.inheritedFrom),
            ];
            declaration.attributes &&= inheritedFirst(declaration.attributes);
            declaration.members &&= inheritedFirst(declaration.members);
          }
        }
      },
    },
  ],
};
