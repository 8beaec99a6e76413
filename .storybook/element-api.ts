// Each element's Docs table and Controls, built from custom-elements.json (the elements' JSDoc, generated
// by `npm run analyze` before every Storybook command). Every public member appears once, under the name
// a story's args use (`pageSize`, its attribute `page-size` named in the row), grouped as attributes,
// properties, events, slots, CSS parts and CSS custom properties; enumerations get a select or radio.
// Storybook's own manifest reading listed every attribute twice (`page-size` and `pageSize`) and offered
// "Set object" for types it could not read.
//
// Not @wc-toolkit/storybook-helpers: its template and args replace the stories' own (arg keys are attribute
// names, with suffixes where names collide), and the tests render the stories as plain functions of their
// camelCase args. Reading the same manifest here keeps one set of arg names for designers and tests.
import type { ArgTypes } from '@storybook/web-components-vite';
import type { ArticleFormat } from '../src/feeds/types.js';
import manifest from '../custom-elements.json';

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Documented {
  fieldName?: string;
}
interface Member extends Documented {
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

// The manifest writes literal-union aliases out (scripts/cem/expand-unions.js), so layouts and paging arrive
// as `'list' | 'grid'`. ArticleFormat is derived from the adapter registry, not written as literals, so the
// manifest can only name it; `satisfies` keeps this list to real values.
const ENUMERATIONS: Record<string, readonly string[]> = {
  ArticleFormat: ['auto', 'jsonfeed', 'wordpress', 'rss', 'atom', 'json'] satisfies ArticleFormat[],
};

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

function declaration(tag: string): Declaration {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run analyze\``);
  return found;
}

/** `string | undefined` → `string`: what a designer may set. */
const settable = (type = '') =>
  type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null')
    .join(' | ');

function literals(type: string): string[] | undefined {
  if (ENUMERATIONS[type]) return [...ENUMERATIONS[type]];
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((p) => p.slice(1, -1))
    : undefined;
}

function control(type: string) {
  const options = literals(type);
  if (options)
    return { control: options.length <= 3 ? 'inline-radio' : 'select', options } as const;
  if (type === 'boolean') return { control: 'boolean' } as const;
  if (type === 'number') return { control: 'number' } as const;
  if (type === 'string') return { control: 'text' } as const;
  return { control: false } as const;
}

const row = (category: string, item: Documented, name = item.name) => ({
  name,
  description: item.description ?? '',
  table: {
    category,
    type: { summary: settable(item.type?.text) || undefined },
    defaultValue: item.default ? { summary: item.default } : undefined,
  },
});

/**
 * The Docs rows and Controls of `<tag>`: Storybook's `docs.extractArgTypes` (preview.ts), which it merges
 * under each story file's own argTypes. Every attribute with a settable type gets a control, because every
 * story template binds every attribute; properties that take objects or functions are documented only.
 */
export function elementArgTypes(tag: string): ArgTypes {
  const d = declaration(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of d.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    argTypes[key] = {
      ...row('attributes', attribute, key),
      description: `${attribute.description ?? ''}\n\nAttribute: \`${attribute.name}\``,
      ...control(settable(attribute.type?.text)),
    };
  }
  const publicFields = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      (m.privacy ?? 'public') === 'public' &&
      !(m.name in argTypes),
  );
  for (const field of publicFields) {
    argTypes[field.name] = { ...row('properties', field), control: false };
  }
  for (const event of d.events ?? []) {
    argTypes[`on:${event.name}`] = { ...row('events', event, event.name), control: false };
  }
  for (const slot of d.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot:${name}`] = { ...row('slots', slot, name), control: false };
  }
  for (const part of d.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { ...row('css shadow parts', part), control: false };
  }
  for (const property of d.cssProperties ?? []) {
    argTypes[property.name] = { ...row('css custom properties', property), control: false };
  }
  return argTypes;
}

/** The Docs page's description: the element's summary and its longer JSDoc text. */
export const elementDescription = (tag: string): string => {
  const d = declaration(tag);
  return [d.summary, d.description].filter(Boolean).join('\n\n');
};

/** Every event any element fires, for Actions (they bubble and are composed, so the story root hears them). */
export const elementEvents = (): string[] => [
  ...new Set(declarations.flatMap((d) => (d.events ?? []).map((event) => event.name))),
];

export interface Token {
  name: string;
  description: string;
  elements: string[];
}

/** Every CSS custom property any element reads, shared ones (read by more than one element) first. */
export function elementTokens(): Token[] {
  const tokens = new Map<string, Token>();
  for (const d of declarations) {
    for (const property of d.cssProperties ?? []) {
      const token = tokens.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        elements: [],
      };
      token.elements.push(`<${d.tagName}>`);
      tokens.set(property.name, token);
    }
  }
  const shared = (token: Token) => (token.name.match(/^--nw-(color|font|radius)/) ? 0 : 1);
  return [...tokens.values()].sort((a, b) => shared(a) - shared(b) || a.name.localeCompare(b.name));
}
