// Cutting a teaser to length. Lengths are UTF-16 code units (what `String#length` and a CMS field count);
// the cut itself always falls on a word boundary, or — for a text with no break in reach — on a grapheme
// boundary, so it never splits a surrogate pair, a combining accent or an emoji sequence.

const ELLIPSIS = '…';

/** Punctuation and dashes that look wrong right before an ellipsis ("rates rose, …"). */
const TRAILING = /[\s,;:\u2013\u2014-]/u;

/** `text` without the trailing characters TRAILING names; a loop, as `/[…]+$/` rescans a long run per start. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}

// Segmenters load break-iteration data per locale; a page of cards cuts many excerpts with the same one.
const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenter(locale: string, granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
  const key = `${locale}|${granularity}`;
  let found = segmenters.get(key);
  if (found === undefined) {
    try {
      found =
        typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(locale, { granularity }) : null;
    } catch {
      found = null;
    }
    segmenters.set(key, found);
  }
  return found;
}

/** How far past the limit we look so the word that spans the cut is seen whole. */
const LOOKAHEAD = 48;

/** The last boundary the segmenter finds at or before `limit` (0 when there is none). */
function lastBoundary(segments: Intl.Segmenter, text: string, limit: number): number {
  let best = 0;
  for (const { index } of segments.segment(text.slice(0, limit + LOOKAHEAD))) {
    if (index > limit) break;
    // A segment starting right at the limit means the one before ends exactly there.
    best = index;
  }
  return best;
}

/** The last word boundary at or before `limit`, or 0 when there is none. */
function wordBreak(text: string, limit: number, locale: string): number {
  const words = segmenter(locale, 'word');
  if (words) return lastBoundary(words, text, limit);
  // Without Intl.Segmenter: the last space (a word that ends right at the limit counts).
  if (/\s/.test(text[limit] ?? ' ')) return limit;
  return Math.max(0, text.lastIndexOf(' ', limit));
}

/** The last grapheme boundary at or before `limit`. */
function graphemeBreak(text: string, limit: number, locale: string): number {
  const graphemes = segmenter(locale, 'grapheme');
  if (graphemes) return lastBoundary(graphemes, text, limit);
  // At least never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * `text` with runs of white space collapsed, cut to at most `max` characters (the `…` included) at a word
 * boundary. A text that already fits is returned whole, without an ellipsis; `max` ≤ 0 means no limit.
 */
export function excerpt(text: string, max: number, locale = 'en'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!(max > 0) || clean.length <= max) return clean;
  const limit = max - ELLIPSIS.length;
  let cut = wordBreak(clean, limit, locale);
  let head = trimTrailing(clean.slice(0, cut));
  if (!head) {
    // One word longer than the whole excerpt (a URL, a long compound, a script without spaces).
    cut = graphemeBreak(clean, limit, locale);
    head = clean.slice(0, cut);
  }
  return head + ELLIPSIS;
}
