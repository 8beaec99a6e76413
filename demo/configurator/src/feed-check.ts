// The feed check: the feed read through the same layer the widgets use (fetchFeed, then the article adapters
// or the rate readers), reporting what a webmaster needs to know before pasting a snippet.
import { parseArticles } from '../../../src/feeds/articles.js';
import { FeedError } from '../../../src/feeds/errors.js';
import { configureFeeds } from '../../../src/feeds/client.js';
import { fetchFeed } from '../../../src/feeds/fetch.js';
import { parseRateFeed } from '../../../src/feeds/rates/parse.js';
import type { FeedDocument } from '../../../src/feeds/types.js';

export interface FeedReport {
  format: string;
  items: number;
  /** The first article's title, or the first pair as the ticker shows it. */
  first: string;
  bytes: number;
  etag: string | null;
  lastModified: string | null;
  /** Origins of the images in the items read ("'self'" for the page's own). */
  imageOrigins: string[];
}

export interface FeedProblem {
  message: string;
  /** The server answered but sends no CORS header: the page may not read it. */
  cors: boolean;
}

const FORMAT_NAMES: Record<string, string> = {
  jsonfeed: 'JSON Feed',
  wordpress: 'WordPress REST API',
  rss: 'RSS',
  atom: 'Atom',
  json: 'JSON list of articles',
};

function describeRates(document: FeedDocument): string {
  const text = document.text.replace(/^\uFEFF/, '').trim();
  if (!text.startsWith('<')) return 'rates (JSON)';
  const root = /<([A-Za-z][\w:.-]*)[\s>/]/.exec(text.replace(/<\?[^?]*\?>|<!--[^]*?-->/g, ''));
  return `rates (XML, <${root?.[1] ?? '?'}>)`;
}

function origin(address: string): string {
  const url = new URL(address);
  return url.origin === location.origin ? "'self'" : url.origin;
}

async function read(
  document: FeedDocument,
  rates: boolean,
): Promise<Omit<FeedReport, 'bytes' | 'etag' | 'lastModified'>> {
  if (rates) {
    const list = (await parseRateFeed(document)).rates;
    const [pair] = list;
    return {
      format: describeRates(document),
      items: list.length,
      first: `${pair.base}/${pair.quote} = ${pair.rate}`,
      imageOrigins: [],
    };
  }
  const page = parseArticles(document);
  return {
    format: FORMAT_NAMES[page.format] ?? page.format,
    items: page.total ?? page.items.length,
    first: page.items[0]?.title ?? '(no items)',
    imageOrigins: [
      ...new Set(page.items.flatMap((item) => (item.image ? [origin(item.image)] : []))),
    ],
  };
}

/**
 * Whether a request the page could not read reached a server at all: an opaque (no-cors) request succeeds
 * when the server answers, whatever its headers, so a failure that it survives is CORS.
 */
async function answersWithoutCors(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', signal });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the feed at `src` (relative to the page) for a widget that reads rates or articles, through `relay`
 * when one is given, as the widgets would read it with the snippet's `<meta name="news-widgets:relay">`.
 */
export async function checkFeed(
  src: string,
  rates: boolean,
  relay: string,
  signal: AbortSignal,
): Promise<FeedReport | FeedProblem> {
  const url = new URL(src, location.href).href;
  configureFeeds({ relay });
  try {
    const document = await fetchFeed(url, signal);
    const length = Number(document.headers.get('content-length'));
    return {
      ...(await read(document, rates)),
      bytes: length || new TextEncoder().encode(document.text).length,
      etag: document.headers.get('etag'),
      lastModified: document.headers.get('last-modified'),
    };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const crossOrigin = new URL(url).origin !== location.origin;
    const cors = error.kind === 'network' && crossOrigin && (await answersWithoutCors(url, signal));
    return { message: error.message, cors };
  }
}

export const isReport = (result: FeedReport | FeedProblem): result is FeedReport =>
  'format' in result;
