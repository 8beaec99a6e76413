import { declarationEnd, startsTag, tagEnd, tagNameEnd } from './markup.js';
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
const BLOCK_NAMES =
  'p div br li h1 h2 h3 h4 h5 h6 tr td th dd dt blockquote section article figure';
const BLOCK_TAGS = new Set(BLOCK_NAMES.split(' '));
const BLOCKS = new RegExp(`<(?=/?(?:${BLOCK_NAMES.replaceAll(' ', '|')})[\\s/>])`, 'gi');
// Elements whose content is not simply "the text between the tags" (raw text, templates, foreign content).
const HARD_TAGS = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'svg']);

// What `collapse` would change: two whitespace in a row, whitespace other than a plain space, an edge space,
// or a bidi embedding or override control (U+202A–U+202E). Most feed strings have none, and testing is far
// cheaper than rebuilding 10,000 titles and summaries.
const UNTIDY = /\s\s|[^\S ]|^ | $|[\u202a-\u202e]/;

/**
 * Collapses runs of whitespace (including no-break spaces) to one space and trims. Drops the bidi embedding
 * and override controls: an override reverses the text after it, so "invoice\u202egpj.exe" would read as
 * "invoiceexe.jpg". Right-to-left text needs none of them (its letters carry their own direction), and the
 * elements isolate each feed string from its neighbours.
 */
export function collapse(text: string): string {
  return UNTIDY.test(text)
    ? text
        .replace(/[\u202a-\u202e]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    : text;
}

/** A feed value that should be plain text: strings and numbers are kept, anything else is ''. */
export function plain(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? collapse(String(value)) : '';
}

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

/** The text of the tags' contents, each block boundary a space, and the first image's `src` (still encoded). */
interface Stripped {
  text: string;
  image?: string;
}

/**
 * Strips tags in one pass. Without `force`, undefined for anything subtler than tags and text (a comment, a
 * raw-text element), which the DOM then reads: a cut tag is read here, as the browser's own parser can take
 * time quadratic in the attributes of one tag. With `force` (no DOM to ask),
 * approximates the HTML parser: comments and script/style contents dropped, an unfinished tag dropped.
 */
function strip(html: string, force: boolean): Stripped | undefined {
  const pieces: string[] = [];
  let image: string | undefined;
  let copied = 0;
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', copied)) {
    pieces.push(html.slice(copied, at));
    let end: number;
    if (startsTag(html, at)) {
      const nameEnd = tagNameEnd(html, at);
      const closing = html[at + 1] === '/';
      const name = html.slice(closing ? at + 2 : at + 1, nameEnd).toLowerCase();
      if (HARD_TAGS.has(name) && !force) return undefined;
      let src: string | undefined;
      end = tagEnd(
        html,
        nameEnd,
        name === 'img' && !image
          ? (start, stop, valueStart, valueEnd) => {
              if (stop - start === 3 && html.slice(start, stop).toLowerCase() === 'src')
                src ??= html.slice(valueStart, valueEnd);
            }
          : undefined,
      );
      // An image whose tag the input ends inside is dropped with it, as the HTML parser drops it.
      if (end >= 0) image ||= src;
      if (end >= 0 && !closing && (name === 'script' || name === 'style'))
        end = rawTextEnd(html, end, name);
      if (BLOCK_TAGS.has(name)) pieces.push(' ');
    } else if (/[!?/]/.test(html[at + 1] ?? '')) {
      if (!force) return undefined;
      end = declarationEnd(html, at);
    } else {
      // A `<` that starts no tag ("a < b") is text.
      pieces.push('<');
      end = at + 1;
    }
    // The input ends inside a tag (a teaser cut in the middle of a link), which the HTML parser drops.
    if (end < 0) end = html.length;
    copied = end;
  }
  pieces.push(html.slice(copied));
  return { text: pieces.join(''), image };
}

/** Where the raw text of a script or style element starting at `from` ends: the start of its end tag. */
function rawTextEnd(html: string, from: number, name: string): number {
  const end = new RegExp(`</${name}[\\s/>]`, 'gi');
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/**
 * Plain text by stripping tags, for the markup feeds usually hold; undefined for anything subtler, unless
 * `force`d (no DOM to hand the subtler cases to), when there is always an answer.
 */
function quick(html: string, force: true): HtmlParts;
function quick(html: string, force?: false): HtmlParts | undefined;
function quick(html: string, force = false): HtmlParts | undefined {
  const stripped = strip(html, force);
  if (!stripped) return undefined;
  const text = decodeEntities(stripped.text) ?? (force ? stripped.text : undefined);
  const src = stripped.image;
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
