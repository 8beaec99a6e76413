import { checkEntityExpansion } from './entities.js';
import { feedError } from './errors.js';

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

// A tag's text up to its end or to the next `<`: the matches never overlap, so a document of unclosed `<` is
// read once (one ending at `>` could run from every `<` to the end: quadratic). In it, an `on…=` attribute.
const TAG = /<[a-z][^<>]*/gi;
const HANDLER = /([\s/"'])(on[a-z]+\s*=)/gi;

/**
 * `markup` with its event-handler attributes renamed (`onerror=` → `data-onerror=`), for parsing into an inert
 * document. Nothing there could run them, but Chromium checks each one against the page's CSP as it is parsed
 * and reports a `script-src-attr` violation, which would flood a strict site's CSP reports with every hostile
 * feed item. Best effort: only that noise depends on it, not safety (a `>` inside a quoted value hides the
 * attributes after it). Linear in the length of `markup`.
 */
export function disarm(markup: string): string {
  // Most documents hold no handler: one search spares a call per tag (a million of them in 4 MB of `<a x`).
  HANDLER.lastIndex = 0;
  if (!HANDLER.test(markup)) return markup;
  return markup.replace(TAG, (tag) => (/on/i.test(tag) ? tag.replace(HANDLER, '$1data-$2') : tag));
}

/** Parses an XML feed. Throws FeedError 'format' when the text is not well-formed XML. */
export function parseXml(text: string, url = ''): Document {
  checkEntityExpansion(text, url);
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
