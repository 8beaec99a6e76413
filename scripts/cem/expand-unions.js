// A Custom Elements Manifest analyzer plugin: a property typed with an alias (`pagination: NewsListPagination`)
// reads as the alias's name, which tells a tool nothing. Where the alias is a union of string literals declared
// in the sources, the member's and attribute's type is written out as the union itself (`'pages' | 'more' |
// 'none'`), so the configurator and Storybook offer its values as choices, and `expandedType` carries the same
// text for the editors' custom data and web-types, which read that field.
export function expandUnionsPlugin() {
  /** Alias name → its literal values, e.g. NewsListPagination → ['pages', 'more', 'none']. */
  const unions = new Map();
  // A member and its attribute can share one type object: remember which were written out.
  const expanded = new WeakSet();

  const expand = (item) => {
    const text = item?.type?.text;
    if (!text) return;
    if (expanded.has(item.type)) {
      item.expandedType = { text };
      return;
    }
    const parts = text.split('|').map((part) => part.trim());
    if (!parts.some((part) => unions.has(part))) return;
    const names = parts.flatMap((part) =>
      unions.has(part) ? unions.get(part).map((value) => `'${value}'`) : [part],
    );
    item.type.text = [...new Set(names)].join(' | ');
    expanded.add(item.type);
    item.expandedType = { text: item.type.text };
  };

  return {
    name: 'nw-expand-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((type) =>
        ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : null,
      );
      if (!literals.includes(null)) unions.set(node.name.text, literals);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            expand(item);
          }
        }
      }
    },
  };
}
