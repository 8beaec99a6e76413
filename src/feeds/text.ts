import { disarm, trusted } from './xml.js';

/** Plain text of an HTML fragment, and the `src` of its first image (unresolved). */
export interface HtmlParts {
  text: string;
  image?: string;
}

// One inert document for every fragment: it has no browsing context, so nothing in it runs or loads, and
// reusing it is far cheaper than a DOMParser document per item on a 10,000-item feed.
let scratch: HTMLElement | undefined;

// Block boundaries become spaces, so "<p>One.</p><p>Two.</p>" reads "One. Two." and not "One.Two.".
const BLOCKS =
  /<(?=\/?(?:p|div|br|li|h[1-6]|tr|td|th|dd|dt|blockquote|section|article|figure)\b)/gi;

// What `collapse` would change: two whitespace in a row, whitespace other than a plain space, or an edge space.
// Most feed strings have none, and testing is far cheaper than rebuilding 10,000 titles and summaries.
const UNTIDY = /\s\s|[^\S ]|^ | $/;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** A feed value that should be plain text: strings and numbers are kept, anything else is ''. */
export function plain(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? collapse(String(value)) : '';
}

// A start or end tag, with quoted attribute values that may hold '>'.
const TAG = /<\/?[a-z][^\s/>]*(?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>/gi;
// Markup whose text is not simply "the text between the tags": comments, CDATA, raw-text elements, foreign content.
const HARD = /<(?:[!?]|(?:script|style|template|noscript|textarea|title|svg)\b)/i;
const IMG = /<img\s(?:[^>]*?\s)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
// Entities decoded without the DOM; a fragment with any other stays on the DOM path, which knows them all.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Decodes the common entities; undefined when one it does not know remains (the DOM then decides). */
function decodeEntities(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(/&(#x[\da-f]+|#\d+|[a-z][a-z\d]*);?/gi, (entity, name: string) => {
    const code = /^#x/i.test(name)
      ? parseInt(name.slice(2), 16)
      : name[0] === '#'
        ? +name.slice(1)
        : 0;
    if (entity.endsWith(';') && Object.hasOwn(NAMED, name)) return NAMED[name];
    // C1 codes map through windows-1252 in HTML; leave those (and NUL, and surrogates) to the DOM.
    if (code >= 160 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff))
      return String.fromCodePoint(code);
    unknown = true;
    return entity;
  });
  return unknown ? undefined : decoded;
}

/**
 * Plain text by stripping tags, for the markup feeds usually hold; undefined for anything subtler, unless
 * `force`d (no DOM to hand the subtler cases to), when there is always an answer.
 */
function quick(html: string, force: true): HtmlParts;
function quick(html: string, force?: false): HtmlParts | undefined;
function quick(html: string, force = false): HtmlParts | undefined {
  if (!force && HARD.test(html)) return undefined;
  const stripped = html
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCKS, ' <')
    .replace(TAG, '');
  if (!force && /<[a-z/!?]/i.test(stripped)) return undefined;
  const text = decodeEntities(stripped) ?? (force ? stripped : undefined);
  const match = IMG.exec(html);
  const src = match && (match[1] ?? match[2] ?? match[3]);
  return text === undefined
    ? undefined
    : { text: collapse(text), image: src ? decodeEntities(src) : undefined };
}

/**
 * Reads an HTML fragment as plain text (entities decoded, scripts and styles dropped) plus its first image.
 * Simple fragments are read by stripping tags (a 10,000-item feed would otherwise spend seconds in the DOM);
 * anything subtler is parsed in an inert document. Either way the result is only ever text.
 */
export function readHtml(value: unknown): HtmlParts {
  const html = plain(value);
  if (!/[<&]/.test(html)) return { text: html };
  const simple = quick(html);
  if (simple) return simple;
  try {
    scratch ??= document.implementation.createHTMLDocument('').body;
    scratch.innerHTML = trusted(disarm(html.replace(BLOCKS, ' <')));
    for (const node of scratch.querySelectorAll('script,style,template,noscript')) node.remove();
    const image = scratch.querySelector('img[src]')?.getAttribute('src') ?? undefined;
    const text = collapse(scratch.textContent ?? '');
    scratch.textContent = '';
    return { text, image };
  } catch {
    // Trusted Types enforced without our policy: strip tags by hand; no markup is ever interpreted.
    return quick(html, true);
  }
}

/** Plain text of an HTML fragment. */
export function htmlText(value: unknown): string {
  return readHtml(value).text;
}
