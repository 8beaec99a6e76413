// XML entity expansion, measured before a feed reaches DOMParser. WebKit's XML parser expands internal
// entities without the amplification limits Chromium's and Firefox's have: ten nested entities ("billion
// laughs", 1 kB of feed) hang Safari's tab for minutes, and one large entity referenced many times makes
// hundreds of megabytes of text in any engine. Feeds rarely declare entities at all, so the few that do
// are held to the same size limit as the feed itself, counted after expansion.
import { settings, tooLarge } from './fetch.js';

// Declarations are looked for in the whole text, and inside each other's values (the value is only looked
// ahead at): one a parameter entity would write is found too, a look-alike in CDATA only makes the estimate
// larger, and nothing hidden in a quoted value can end the search early.
const ENTITY = /<!ENTITY\s+(%\s+)?([^\s%]+)\s+(?=("[^"]*"|'[^']*')?)/g;
const REFERENCE = /([&%])([^\s&%;#]+);/g;

/** Throws FeedError 'too-large' when `text` declares XML entities that would take it past the size limit. */
export function checkEntityExpansion(text: string, url: string): void {
  if (!/<!DOCTYPE[^[>]*\[/i.test(text)) return;
  // Replacement text by `&name` or `%name` (the two kinds have separate names); the first declaration binds.
  // An external entity (SYSTEM "…") is never fetched by browsers: it expands to nothing.
  const values = new Map<string, string>();
  for (const [, parameter, name, value = '""'] of text.matchAll(ENTITY)) {
    const key = (parameter ? '%' : '&') + name;
    if (!values.has(key)) values.set(key, value.slice(1, -1));
  }
  const lengths = new Map<string, number>();
  const expanded = (part: string): number => {
    let length = part.length;
    for (const [reference, sigil, name] of part.matchAll(REFERENCE)) {
      const key = sigil + name;
      const value = values.get(key);
      if (value === undefined) continue; // &amp; and friends, or undefined (the parser refuses those).
      if (!lengths.has(key)) {
        lengths.set(key, Infinity); // A reference back to an entity still being measured: a cycle.
        lengths.set(key, expanded(value));
      }
      length += lengths.get(key)! - reference.length;
    }
    return length;
  };
  // Once its entities are expanded, the document is larger than the limit.
  if (expanded(text) > settings.maxBytes) throw tooLarge(url);
}
