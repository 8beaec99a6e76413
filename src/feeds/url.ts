// A clean path is one the URL parser hands back unchanged: no whitespace or controls, no backslash, no quote,
// no dot segment (plain or percent-encoded), nothing it would encode. It ends both patterns below, written
// out in each as a literal: a pattern built at load time stays in bundles that never use it (the ticker's).
// Its dot-segment look-ahead comes after the first `/`, so it runs once per match, not once for each length
// of the host before it.
//
// An absolute http(s) URL the parser would hand back unchanged: lowercase scheme, a lowercase host whose last
// label starts with a letter (so never an IPv4 form such as `0x7f.1`), no userinfo, no port, no `xn--` label,
// then a clean path. Feeds are full of these; matching one is far cheaper than `new URL` on a 10,000-item feed.
const CLEAN =
  /^https?:\/\/(?!(?:[^/]*\.)?xn--)(?:[a-z\d-]+\.)*[a-z][a-z\d-]*\/(?!\.|%2[eE])(?![^?#]*\/(?:\.|%2[eE]))[\w\-.~!$&()*+,;=:@/%?#]*$/;
// A clean path from the root (`/images/1.svg`, not `//host`): resolved, it is the base's origin plus itself.
// Anything else takes the parser.
const ROOTED = /^(?!\/\/)\/(?!\.|%2[eE])(?![^?#]*\/(?:\.|%2[eE]))[\w\-.~!$&()*+,;=:@/%?#]*$/;

// The origin of the last base seen: a feed resolves all its links against one base, so it is parsed once.
let lastBase: string | undefined;
let lastOrigin: string | undefined;

function httpOrigin(base: string): string | undefined {
  if (base !== lastBase) {
    lastBase = base;
    try {
      const url = new URL(base);
      lastOrigin = url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
    } catch {
      lastOrigin = undefined;
    }
  }
  return lastOrigin;
}

/**
 * `value` as an absolute http(s) URL resolved against `base`, or undefined for anything else
 * (`javascript:`, `data:`, unparseable, empty). The URL parser first strips what browsers strip — leading and
 * trailing control characters and spaces, tabs and newlines anywhere ("java\tscript:") — so the scheme tested
 * here is the one a browser would follow. Protocol-relative `//host/x` takes the base's scheme.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  if (CLEAN.test(value)) return value;
  const origin = base && ROOTED.test(value) ? httpOrigin(base) : undefined;
  if (origin) return origin + value;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `url` made absolute against the page's address (`/feed.json` → `https://site/feed.json`), or undefined when
 * it is not a URL at all (`http://[x`): a webmaster's typo in `src` must become a message, not an exception.
 */
export function pageUrl(url: string): string | undefined {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}
