// A Custom Elements Manifest analyzer plugin: where a member's or attribute's type names a union of literals
// declared in the sources (`pagination: NewsListPagination`), it adds `expandedType` with the union written
// out (`'pages' | 'more' | 'none'`). Editors' custom data and web-types read it to offer the values; without
// it they see only an alias name they cannot resolve.
export function expandUnionsPlugin() {
  /** Alias name → its union of literals as written, e.g. NewsListPagination → 'pages' | 'more' | 'none'. */
  const unions = new Map();

  const expand = (text) =>
    text
      .split('|')
      .map((part) => part.trim())
      .map((part) => unions.get(part) ?? part)
      .join(' | ');

  const annotate = (item) => {
    const text = item?.type?.text;
    if (!text) return;
    const expanded = expand(text);
    if (
      expanded !==
      text
        .split('|')
        .map((part) => part.trim())
        .join(' | ')
    ) {
      item.expandedType = { text: expanded };
    }
  };

  return {
    name: 'nw-expand-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      if (!node.type.types.every((type) => ts.isLiteralTypeNode(type))) return;
      unions.set(node.name.text, node.type.types.map((type) => type.getText()).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            annotate(item);
          }
        }
      }
    },
  };
}
