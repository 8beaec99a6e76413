// The XML namespaces article feeds use, and the ways publishers get them wrong. Elements are read by namespace
// URI, never by prefix; the mending here lets a feed whose declarations are missing or misspelt still be read
// by URI. Rates feeds use no namespaces, so the ticker's bundle leaves this out.
import type { MarkupParts, Mending } from './xml-repair.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

// Namespace URIs compared the way publishers vary them: case, a trailing slash or hash, http or https.
function key(uri: string): string {
  const text = uri
    .trim()
    .toLowerCase()
    .replace(/^https:/, 'http:');
  let end = text.length;
  while (end && '/#'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

const KNOWN = new Map<string, string>([
  ...Object.values(NS).map((uri): [string, string] => [key(uri), uri]),
  // Atom 0.3, whose elements the Atom reader understands.
  [key('http://purl.org/atom/ns#'), NS.atom],
]);

const DECLARATION = /(\sxmlns(?::[\w.-]+)?\s*=\s*)(["'])([^"']*)\2/g;

/** Declarations of a known namespace by a misspelt or older URI, given the real one. */
function correctNamespaces(text: string): string {
  return text.replace(DECLARATION, (attribute, name: string, quote: string, uri: string) => {
    const meant = KNOWN.get(key(uri)) ?? uri;
    return meant === uri ? attribute : `${name}${quote}${meant}${quote}`;
  });
}

const PREFIX_USE = /<\/?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=/g;
const PREFIX_DECLARATION = /\sxmlns:([\w.-]+)\s*=/g;

// What a prefix means when a feed uses it undeclared: the namespace every feed that declares it uses.
const USUAL = new Map(Object.entries(NS));

/**
 * A declaration on the root element for each prefix the markup uses but never declares: the usual namespace
 * for the prefixes the readers read (`dc`, `media`…), a placeholder URN for the rest, so their elements parse
 * and are simply not read.
 */
function declarePrefixes(parts: MarkupParts): void {
  const used = new Set<string>();
  const declared = new Set(['xml', 'xmlns']);
  for (let i = 0; i < parts.length; i += 2) {
    for (const match of parts[i].matchAll(PREFIX_USE)) used.add(match[1] ?? match[2]);
    for (const match of parts[i].matchAll(PREFIX_DECLARATION)) declared.add(match[1]);
  }
  const missing = [...used].filter((prefix) => !declared.has(prefix));
  if (!missing.length) return;
  const declarations = missing
    .map((prefix) => ` xmlns:${prefix}="${USUAL.get(prefix) ?? `urn:x-undeclared:${prefix}`}"`)
    .join('');
  for (let i = 0; i < parts.length; i += 2) {
    const root = /<[A-Za-z_][\w.:-]*/.exec(parts[i]);
    if (root) {
      const end = root.index + root[0].length;
      parts[i] = parts[i].slice(0, end) + declarations + parts[i].slice(end);
      return;
    }
  }
}

/** The namespace mending parseFeedXml applies to article feeds. */
export const namespaceMending: Mending = { before: correctNamespaces, repair: declarePrefixes };
