// Feeds on other origins that send no CORS headers are read through a news-widgets relay (relay/,
// docs/relay.md). One setting turns it on: `configureFeeds({ relay })` for scripts, or for pages without
// scripts of their own `<meta name="news-widgets:relay" content="https://relay.example/">`, which every bundle
// (the ticker alone included) reads. Same-origin feeds never go through it: the page can read them already.

/** The `<meta>` name a page declares its relay with. */
export const RELAY_META = 'news-widgets:relay';

/**
 * The address to request for the feed at `url` (absolute): `url` itself, or the relay's `?url=` for it when a
 * relay is set (`configured`, else the page's `<meta>`, read at each request so a page may add it late) and
 * the feed is an http(s) one on another origin than the page and the relay. An unusable relay address is
 * ignored, and the feed requested directly.
 */
export function relayed(url: string, configured?: string): string {
  const relay =
    configured || document.querySelector<HTMLMetaElement>(`meta[name="${RELAY_META}"]`)?.content;
  try {
    // Without a relay, `via` is the feed itself, whose origin then matches and nothing is relayed.
    const via = new URL(relay || url, document.baseURI);
    const { origin } = new URL(url);
    if (/^https?:/.test(url) && origin != location.origin && origin != via.origin) {
      via.search = `?url=${encodeURIComponent(url)}`;
      return via.href;
    }
  } catch {
    // A relay address that is not one: the feed is requested directly.
  }
  return url;
}

/**
 * What a relay said when it refused or failed (its JSON `{ error, message }`), for the widget's message:
 * "answered 403 Forbidden" alone would not tell a webmaster that the host is missing from the allow-list.
 */
export const relayReason = (response: Response): Promise<string | undefined> =>
  response.json().then(
    ({ message }) => message,
    () => undefined,
  );
