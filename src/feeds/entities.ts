// XML entity expansion, measured before a feed reaches DOMParser. WebKit's XML parser expands internal
// entities without the amplification limits Chromium's and Firefox's have: ten nested entities ("billion
// laughs", 1 kB of feed) hang Safari's tab for minutes, and one large entity referenced many times makes
// hundreds of megabytes of text in any engine. Feeds rarely declare entities at all, so the few that do
// are held to the same size limit as the feed itself, counted after expansion.
import { feedError } from './errors.js';
import { settings } from './fetch.js';

const DOCTYPE_SUBSET = /<!DOCTYPE[^[>]*\[/i;
// The subset ends at the first `]` that is not inside a quoted literal or a comment.
const SUBSET_TOKEN = /"[^"]*"|'[^']*'|<!--[\s\S]*?-->|[^\]"'<]+|</y;
const ENTITY = /<!ENTITY\s+(%\s+)?([^\s%]+)\s+("[^"]*"|'[^']*'|[^>]*)\s*>/g;
const REFERENCE = /&([^\s&;#]+);/g;

/** The internal DTD subset (`<!DOCTYPE feed [ … ]>`) and where the document after it starts, if there is one. */
function internalSubset(text: string): { subset: string; end: number } | null {
  const doctype = DOCTYPE_SUBSET.exec(text);
  if (!doctype) return null;
  const start = doctype.index + doctype[0].length;
  let end = start;
  SUBSET_TOKEN.lastIndex = start;
  while (SUBSET_TOKEN.test(text)) end = SUBSET_TOKEN.lastIndex;
  return { subset: text.slice(start, end), end };
}

/** Replacement text of each general entity the internal DTD subset declares; `null` for a parameter entity. */
function declarations(subset: string): Map<string, string> | null {
  const values = new Map<string, string>();
  for (const [, parameter, name, value] of subset.matchAll(ENTITY)) {
    // Parameter entities can write further declarations; no feed needs them.
    if (parameter) return null;
    // An external entity (SYSTEM/PUBLIC) is never fetched by browsers: it expands to nothing.
    const quoted = /^["']/.test(value);
    if (!values.has(name)) values.set(name, quoted ? value.slice(1, -1) : '');
  }
  return values;
}

/** Length of `text` with every declared entity in it expanded, recursively; Infinity for a cycle. */
function expandedLength(
  text: string,
  values: Map<string, string>,
  lengths: Map<string, number>,
): number {
  let length = text.length;
  for (const [reference, name] of text.matchAll(REFERENCE)) {
    const value = values.get(name);
    if (value === undefined) continue; // &amp; and friends, or undefined (the parser refuses those).
    if (!lengths.has(name)) {
      lengths.set(name, Infinity); // A reference back to an entity still being measured is a cycle.
      lengths.set(name, expandedLength(value, values, lengths));
    }
    length += lengths.get(name)! - reference.length;
  }
  return length;
}

/**
 * Throws FeedError 'too-large' when `text` declares XML entities that would make it larger than the feed size
 * limit once expanded, or 'format' when it declares parameter entities.
 */
export function checkEntityExpansion(text: string, url: string): void {
  const dtd = internalSubset(text);
  if (!dtd?.subset.includes('<!ENTITY')) return;
  const values = declarations(dtd.subset);
  if (!values)
    throw feedError('format', url, 'declares XML parameter entities, which feeds do not use');
  const body = text.slice(dtd.end);
  if (expandedLength(body, values, new Map()) > settings.maxBytes)
    throw feedError('too-large', url, 'declares XML entities that expand beyond the size limit');
}
