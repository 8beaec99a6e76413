// Editor support generated from custom-elements.json: VS Code's HTML and CSS custom data (tags, attributes
// with their values, events, slots, parts, custom properties) and JetBrains' web-types. Both generators come
// from one author and read the manifest as it is, so they are used as libraries here, after `cem analyze`,
// instead of as analyzer plugins (which would also run on every Storybook start).
import { readFile } from 'node:fs/promises';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

export const EDITOR_FILES = [
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'dist/web-types.json',
];

export async function writeEditorData() {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const shared = {
    outdir: 'dist',
    descriptionSrc: 'summary',
    hideMethodDocs: true,
    hideLogs: true,
    // The unions written out by scripts/cem/expand-unions.js, so `pagination` offers pages, more and none.
    typesSrc: 'expandedType',
  };
  generateVsCodeCustomElementData(manifest, {
    ...shared,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(manifest, { ...shared, webTypesFileName: 'web-types.json' });
}
