// Feeds in the wild are sloppier than XML allows, and long-lived readers (Python's feedparser, feed-rs) read
// them anyway. The browser's XML parser stops at the first fault, so the faults publishers commonly make are
// mended here, in the text, before it is parsed again. Nothing is guessed about structure: a document that is
// still not well-formed after these repairs is reported as such.
import { canonicalNamespace, USUAL_PREFIXES } from './namespaces.js';
import { parseXml, trusted } from './xml.js';

/**
 * The feed's text from where the document starts: byte-order marks (one per mis-converting hop), zero-width
 * spaces and whitespace dropped, and any stray output before the XML declaration (a PHP notice, a blank line)
 * left out, since XML allows nothing before it. Used for JSON too, which has no such rule but the same hosts.
 */
export function startOfFeed(text: string): string {
  const trimmed = text.replace(/^[\s\uFEFF\u200B]+/, '').trimEnd();
  const declaration = /<\?xml\s/.exec(trimmed);
  const before = declaration ? trimmed.slice(0, declaration.index) : '';
  // Only when what precedes it holds no element: a declaration quoted inside an item must stay where it is.
  return before && !/<[A-Za-z]/.test(before) ? trimmed.slice(before.length) : trimmed;
}

/**
 * Parses a feed's XML as feedparser would read it: namespace declarations with a known misspelling are
 * corrected first (they parse, but elements would land in the wrong namespace), and a document the parser
 * rejects is repaired once and parsed again. Throws the parser's FeedError 'format' when that fails too.
 */
export function parseFeedXml(text: string, url: string): Document {
  const declared = correctNamespaces(text);
  try {
    return parseXml(declared, url);
  } catch (error) {
    const repaired = repair(declared);
    if (repaired === declared) throw error;
    return parseXml(repaired, url);
  }
}

const DECLARATION = /(\sxmlns(?::[\w.-]+)?\s*=\s*)(["'])([^"']*)\2/g;

function correctNamespaces(text: string): string {
  return text.replace(DECLARATION, (attribute, name: string, quote: string, uri: string) => {
    const meant = canonicalNamespace(uri);
    return meant === uri ? attribute : `${name}${quote}${meant}${quote}`;
  });
}

// Sections whose text is not markup and must reach the parser untouched: CDATA, comments, processing
// instructions and the DOCTYPE (with its internal subset). `split` with this group keeps them at odd indices.
const VERBATIM =
  /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;

// A CDATA section wrapped twice (a template that adds CDATA around text that already has it): the inner
// end ends both, and the outer end is left as stray markup.
const DOUBLE_CDATA = /<!\[CDATA\[\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*\]\]>/g;

// Characters XML 1.0 forbids anywhere (§2.2), which CMS exports carry over from pasted text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\0-\x08\v\f\x0E-\x1F\uFFFE\uFFFF]/g;

function repair(text: string): string {
  const parts = text.replace(FORBIDDEN, '').replace(DOUBLE_CDATA, '<![CDATA[$1]]>').split(VERBATIM);
  const declaredEntities = new Set(
    parts.flatMap((part) => [...part.matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((match) => match[1])),
  );
  for (let i = 0; i < parts.length; i += 2) parts[i] = mendMarkup(parts[i], declaredEntities);
  return declarePrefixes(parts);
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Entities XML does not know, bare ampersands, and a stray CDATA end, in text that is markup. */
function mendMarkup(markup: string, declared: Set<string>): string {
  return markup
    .replace(/&([A-Za-z][\w.-]*);/g, (entity, name: string) =>
      XML_ENTITIES.has(name) || declared.has(name) ? entity : characterReference(name),
    )
    .replace(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[\da-fA-F]+);)/g, '&amp;')
    .replace(/]]>/g, ']]&gt;');
}

// HTML's named entities (`&nbsp;`, `&mdash;`, 2,000 more) as characters, read once each by the browser's own
// HTML parser, which knows them all, rather than from a table the bundle would have to carry.
const htmlEntities = new Map<string, string | undefined>();

function htmlEntity(name: string): string | undefined {
  if (!htmlEntities.has(name)) {
    let text: string | undefined;
    try {
      // `name` is letters and digits only, so this parse can hold nothing but the one reference.
      text =
        new DOMParser().parseFromString(trusted(`&${name};`), 'text/html').body.textContent ?? '';
    } catch {
      // Trusted Types enforced without our policy: the entity is kept as text, see characterReference.
    }
    // HTML also reads legacy prefixes (`&notit;` as "¬it;"); only a whole name, one or two characters, counts.
    htmlEntities.set(name, text && [...text].length <= 2 && !text.includes(';') ? text : undefined);
  }
  return htmlEntities.get(name);
}

/** A named entity as numeric references XML reads, or as literal text when HTML does not know it either. */
function characterReference(name: string): string {
  const text = htmlEntity(name);
  if (text === undefined) return `&amp;${name};`;
  return [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
}

const PREFIX_USE = /<\/?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=/g;
const PREFIX_DECLARATION = /\sxmlns:([\w.-]+)\s*=/g;

/**
 * The markup with a declaration on its root element for each prefix it uses but never declares: the usual
 * namespace for the prefixes feeds share (`dc`, `media`…), a placeholder URN for the rest, so their elements
 * parse and are simply not read.
 */
function declarePrefixes(parts: string[]): string {
  const used = new Set<string>();
  const declared = new Set(['xml', 'xmlns']);
  for (let i = 0; i < parts.length; i += 2) {
    for (const match of parts[i].matchAll(PREFIX_USE)) used.add(match[1] ?? match[2]);
    for (const match of parts[i].matchAll(PREFIX_DECLARATION)) declared.add(match[1]);
  }
  const missing = [...used].filter((prefix) => !declared.has(prefix));
  if (missing.length) {
    const declarations = missing
      .map((prefix) => {
        const uri = Object.hasOwn(USUAL_PREFIXES, prefix) ? USUAL_PREFIXES[prefix] : undefined;
        return ` xmlns:${prefix}="${uri ?? `urn:x-undeclared:${prefix}`}"`;
      })
      .join('');
    for (let i = 0; i < parts.length; i += 2) {
      const root = /<[A-Za-z_][\w.:-]*/.exec(parts[i]);
      if (root) {
        const end = root.index + root[0].length;
        parts[i] = parts[i].slice(0, end) + declarations + parts[i].slice(end);
        break;
      }
    }
  }
  return parts.join('');
}
