// Feeds on other origins that send no CORS headers are read through a news-widgets relay (relay/,
// docs/relay.md). One setting turns it on: `configureFeeds({ relay })` for scripts, or for pages without
// scripts of their own `<meta name="news-widgets:relay" content="https://relay.example/">`, which every bundle
// (the ticker alone included) reads. Same-origin feeds never go through it: the page can read them already.

/** The `<meta>` name a page declares its relay with. */
export const RELAY_META = 'news-widgets:relay';

/** The relay a page declares, read at each request so a page may add or change it after the widgets load. */
function declaredRelay(): string | undefined {
  return document.querySelector(`meta[name="${RELAY_META}"]`)?.getAttribute('content')?.trim();
}

/**
 * The address to request for the feed at `url` (absolute): `url` itself, or the relay's `?url=` for it when a
 * relay is set (`configured`, else the page's `<meta>`) and the feed is on another origin than the page and
 * the relay. A relay address that does not parse is ignored, with the feed then requested directly.
 */
export function relayed(url: string, configured?: string): string {
  const relay = configured || declaredRelay();
  if (!relay || !URL.canParse(url) || !URL.canParse(relay, document.baseURI)) return url;
  const feed = new URL(url);
  const via = new URL(relay, document.baseURI);
  const foreign = feed.origin !== location.origin && feed.origin !== via.origin;
  if (!foreign || !/^https?:$/.test(feed.protocol)) return url;
  via.search = `?url=${encodeURIComponent(url)}`;
  via.hash = '';
  return via.href;
}

/**
 * What a relay said when it refused or failed (its JSON `{ error, message }`), for the widget's message:
 * "answered 403 Forbidden" alone would not tell a webmaster that the host is missing from the allow-list.
 */
export async function relayReason(response: Response): Promise<string | undefined> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    const { message } = (await response.json()) as { message?: unknown };
    return typeof message === 'string' ? message.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}
