// What the configurator knows about each element, read from custom-elements.json (the analyzer's output of the
// classes' JSDoc): no attribute list is kept by hand here, so a new attribute gets its control on the next build.

/** The parts of a Custom Elements Manifest this page reads. */
export interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      summary?: string;
      description?: string;
      attributes?: {
        name: string;
        type?: { text: string };
        default?: string;
        description?: string;
      }[];
      cssProperties?: { name: string; description?: string }[];
      members?: { name: string }[];
    }[];
  }[];
}

export type Control =
  | { kind: 'select'; options: string[] }
  | { kind: 'switch' }
  /** Present or absent, with an optional value (`sync-url`, `sync-url="p"`). */
  | { kind: 'flag-text' }
  | { kind: 'number' }
  | { kind: 'text' };

export interface AttributeSpec {
  name: string;
  control: Control;
  /** The value the element uses when the attribute is absent, as it would be written ('' for none). */
  default: string;
  help: string;
}

export interface ThemeSpec {
  name: string;
  help: string;
  /** Colours get a colour picker beside the text field. */
  colour: boolean;
}

export interface ElementSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  theme: ThemeSpec[];
  /** Whether the element reads a feed (has a `src`), so the feed check applies. */
  readsFeed: boolean;
  /** Whether that feed is a rates feed (the element takes `rates`): the ticker, the table, the converter. */
  readsRates: boolean;
}

const literal = /^'([^']*)'$/;

function controlFor(typeText: string): Control {
  const parts = typeText.split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined' && part !== 'null');
  if (values.length && values.every((part) => literal.test(part)))
    return { kind: 'select', options: values.map((part) => part.replace(literal, '$1')) };
  if (values.length === 1 && values[0] === 'boolean') return { kind: 'switch' };
  if (values.length === 1 && values[0] === 'number') return { kind: 'number' };
  if (parts.includes('null')) return { kind: 'flag-text' };
  return { kind: 'text' };
}

/** The default as an attribute would spell it: `'long'` → `long`, `6` → `6`, `false` / none → ''. */
function attributeDefault(text: string | undefined): string {
  if (!text || text === 'false' || text === 'undefined') return '';
  return text.replace(literal, '$1');
}

/** Plain help text: the manifest's Markdown code spans shown without their backticks. */
const plain = (text = '') => text.replace(/`([^`]*)`/g, '$1').trim();

const COLOUR = /colou?r|background|divider|placeholder/i;

/** Every custom element in the manifest, in the order it lists them. */
export function elementSpecs(manifest: Manifest): ElementSpec[] {
  const specs: ElementSpec[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        control: controlFor(attribute.type?.text ?? 'string'),
        default: attributeDefault(attribute.default),
        help: plain(attribute.description),
      }));
      specs.push({
        tag: declaration.tagName,
        summary: plain(declaration.summary ?? declaration.description?.split('\n\n')[0]),
        attributes,
        theme: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          help: plain(property.description),
          colour: COLOUR.test(property.name) || /^Colou?r\b/i.test(property.description ?? ''),
        })),
        readsFeed: attributes.some((attribute) => attribute.name === 'src'),
        readsRates: (declaration.members ?? []).some((member) => member.name === 'rates'),
      });
    }
  }
  return specs;
}
