// Feeds in the wild are sloppier than XML allows, and long-lived readers (Python's feedparser, feed-rs) read
// them anyway. The browser's XML parser stops at the first fault, so the faults publishers commonly make are
// mended here, in the text, and the document parsed again. Nothing is guessed about structure: a document that
// is still not well-formed after these repairs is reported as such.
import { parseXml, trusted } from './xml.js';

/**
 * More mending for the feeds that need it (articles: namespaces.ts), kept apart so the ticker's bundle does not
 * carry it: `before` runs on every document, `repair` on the markup parts of one the parser rejected.
 */
export interface Mending {
  before(text: string): string;
  repair(parts: MarkupParts): void;
}

/** A document split so that its markup is at even indices and verbatim sections (CDATA…) at odd ones. */
export type MarkupParts = string[];

/**
 * Parses a feed's XML as feedparser would read it: a document the parser rejects is repaired once and parsed
 * again. Throws the parser's FeedError 'format' when that fails too.
 */
export function parseFeedXml(text: string, url: string, mending?: Mending): Document {
  const prepared = mending ? mending.before(text) : text;
  try {
    return parseXml(prepared, url);
  } catch (error) {
    const repaired = repair(prepared, mending);
    if (repaired === prepared) throw error;
    return parseXml(repaired, url);
  }
}

// Sections whose text is not markup and must reach the parser untouched: CDATA, comments, processing
// instructions and the DOCTYPE (with its internal subset). `split` with this group keeps them at odd indices.
const VERBATIM =
  /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(?:\[[^\]]*\][^[>]*)?>)/i;

// A CDATA section wrapped twice (a template that adds CDATA around text that already has it): the inner
// end ends both, and the outer end is left as stray markup.
const DOUBLE_CDATA = /<!\[CDATA\[\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*\]\]>/g;

// Characters XML 1.0 forbids anywhere (§2.2), which CMS exports carry over from pasted text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\0-\x08\v\f\x0E-\x1F\uFFFE\uFFFF]/g;

function repair(text: string, mending?: Mending): string {
  const parts = text.replace(FORBIDDEN, '').replace(DOUBLE_CDATA, '<![CDATA[$1]]>').split(VERBATIM);
  const declared = new Set(
    parts.flatMap((part) => [...part.matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((match) => match[1])),
  );
  for (let i = 0; i < parts.length; i += 2) parts[i] = mendMarkup(parts[i], declared);
  mending?.repair(parts);
  return parts.join('');
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
