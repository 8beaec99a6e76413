// Reading tags in one pass, for the tag stripper (text.ts). Regular expressions over tags backtrack when the
// input ends inside a tag — a teaser cut in the middle of a link, a document full of unclosed `<` — and the
// time grows exponentially or quadratically with the cut. These functions look at each character once,
// following the HTML tokenizer's tag states (HTML §13.2.5.6–.42).

/** Called for each attribute of a tag with the index range of its name, and of its value ('' when none). */
export type AttributeVisitor = (
  nameStart: number,
  nameEnd: number,
  valueStart: number,
  valueEnd: number,
) => void;

const SLASH = 0x2f;
const EQUALS = 0x3d;
const GREATER = 0x3e;

/** Tab, line feed, form feed, carriage return, space: what separates names and values in a tag. */
const isSpace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
/** Where a name (of a tag or an attribute) ends. */
const endsName = (code: number) => isSpace(code) || code === SLASH || code === GREATER;
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** Whether a start or end tag begins at `at` (a `<`): `<` or `</` right before an ASCII letter. */
export function startsTag(markup: string, at: number): boolean {
  const next = markup.charCodeAt(at + 1);
  return isAsciiLetter(next) || (next === SLASH && isAsciiLetter(markup.charCodeAt(at + 2)));
}

/** The index just past the name of the tag that begins at `at` (where `startsTag` holds). */
export function tagNameEnd(markup: string, at: number): number {
  let i = markup.charCodeAt(at + 1) === SLASH ? at + 2 : at + 1;
  while (i < markup.length && !endsName(markup.charCodeAt(i))) i++;
  return i;
}

/**
 * The index just past the `>` that closes a tag whose attributes start at `from` (see `tagNameEnd`), or -1 when
 * the input ends inside the tag. A quoted value may hold `>`; a quote anywhere else is part of a name, as in
 * HTML. Each attribute is passed to `visit` as it is read.
 */
export function tagEnd(markup: string, from: number, visit?: AttributeVisitor): number {
  const length = markup.length;
  let i = from;
  while (i < length) {
    const code = markup.charCodeAt(i);
    if (code === GREATER) return i + 1;
    if (isSpace(code) || code === SLASH) {
      i++;
      continue;
    }
    // An attribute name; an `=` right at its start belongs to it.
    const nameStart = i++;
    while (i < length && !endsName(markup.charCodeAt(i)) && markup.charCodeAt(i) !== EQUALS) i++;
    const nameEnd = i;
    while (i < length && isSpace(markup.charCodeAt(i))) i++;
    let valueStart = i;
    let valueEnd = i;
    if (markup.charCodeAt(i) === EQUALS) {
      i++;
      while (i < length && isSpace(markup.charCodeAt(i))) i++;
      const quote = markup[i];
      if (quote === '"' || quote === "'") {
        valueStart = i + 1;
        valueEnd = markup.indexOf(quote, valueStart);
        if (valueEnd < 0) return -1;
        i = valueEnd + 1;
      } else {
        valueStart = i;
        while (i < length && !isSpace(markup.charCodeAt(i)) && markup.charCodeAt(i) !== GREATER)
          i++;
        valueEnd = i;
      }
    }
    visit?.(nameStart, nameEnd, valueStart, valueEnd);
  }
  return -1;
}

/**
 * The index just past a comment (`<!--…-->`), CDATA section, doctype, processing instruction or bogus comment
 * that begins at `at`, or -1 when the input ends inside it. HTML ends a bogus comment at the first `>`; XML
 * ends CDATA at `]]>`, and feeds only carry CDATA in XML.
 */
export function declarationEnd(markup: string, at: number): number {
  // `<!-->` and `<!--->` are whole (empty) comments in HTML, hence the search from the second `-`.
  const [close, skip] = markup.startsWith('<!--', at)
    ? ['-->', 2]
    : markup.startsWith('<![CDATA[', at)
      ? [']]>', 9]
      : ['>', 1];
  const found = markup.indexOf(close, at + skip);
  return found < 0 ? -1 : found + close.length;
}
