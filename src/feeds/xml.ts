import { feedError } from './errors.js';
import { declarationEnd, startsTag, tagEnd, tagNameEnd } from './markup.js';

interface Policy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Policy;
}

let policy: Policy | null | undefined;

/**
 * `text` in the form DOMParser and `innerHTML` accept on a page that sets `require-trusted-types-for
 * 'script'`, where a plain string throws. The `news-widgets` policy is created on first use, only when the
 * browser has Trusted Types, and is only ever used to parse into inert documents (no browsing context: scripts
 * never run, images never load). If the page's CSP does not allow the policy name, strings pass as they are and
 * the callers fall back (see text.ts) or report the feed as unreadable.
 */
export function trusted(text: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy('news-widgets', { createHTML: (input) => input }) ?? null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

/** Whether the attribute name at `start`–`end` is an event handler's: `on` and a letter (`onerror`, `ONLOAD`). */
function isHandler(markup: string, start: number, end: number): boolean {
  return end - start > 2 && /^on[a-z]/i.test(markup.slice(start, start + 3));
}

// The browsers' parsers compare each attribute of a tag with every one before it, so one tag with a hundred
// thousand attributes takes seconds; no feed's markup needs more than this many on one tag.
const MAX_ATTRIBUTES = 100;

/**
 * `markup` with its event-handler attributes renamed (`onerror=` → `data-onerror=`), for parsing into an inert
 * document. Nothing there could run them, but Chromium checks each one against the page's CSP as it is parsed
 * and reports a `script-src-attr` violation, which would flood a strict site's CSP reports with every hostile
 * feed item. Best effort: only that noise depends on it, not safety. Attributes past MAX_ATTRIBUTES on one tag
 * are dropped. One pass over the text: attributes are read as the parsers read them (a quoted `>` does not end
 * a tag), and a tag the input ends inside, which the parsers drop, costs no more than any other text.
 */
export function disarm(markup: string): string {
  const pieces: string[] = [];
  let copied = 0;
  let count = 0;
  const visit = (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => {
    if (++count > MAX_ATTRIBUTES) {
      const quote = markup[valueStart - 1];
      const quoted = (quote === '"' || quote === "'") && markup[valueEnd] === quote;
      pieces.push(markup.slice(copied, nameStart));
      copied = quoted ? valueEnd + 1 : valueEnd;
    } else if (isHandler(markup, nameStart, nameEnd)) {
      pieces.push(markup.slice(copied, nameStart), 'data-');
      copied = nameStart;
    }
  };
  for (let at = markup.indexOf('<'); at >= 0;) {
    const next = markup[at + 1];
    count = 0;
    const end = startsTag(markup, at)
      ? tagEnd(markup, tagNameEnd(markup, at), visit)
      : next === '!' || next === '?'
        ? declarationEnd(markup, at)
        : at + 1;
    if (end < 0) break;
    at = markup.indexOf('<', end);
  }
  if (!pieces.length) return markup;
  pieces.push(markup.slice(copied));
  return pieces.join('');
}

/** Parses an XML feed. Throws FeedError 'format' when the text is not well-formed XML. */
export function parseXml(text: string, url = ''): Document {
  let document: Document | undefined;
  try {
    document = new DOMParser().parseFromString(trusted(disarm(text)), 'application/xml');
  } catch {
    // Only Trusted Types enforcement without our policy gets here.
  }
  // Browsers report malformed XML as a <parsererror> element instead of throwing.
  if (!document?.documentElement || document.getElementsByTagName('parsererror').length) {
    throw feedError('format', url, 'is not well-formed XML');
  }
  return document;
}
