// Article feeds of every supported kind, read into one model. Detection looks at the document itself (JSON or
// XML, then its shape), so a feed served with a vague Content-Type still works; `format` skips detection.
import { readAtom, isAtom } from './articles/atom.js';
import { count, toPage } from './articles/item.js';
import { jsonList, readJson } from './articles/json.js';
import { isJsonFeed, readJsonFeed } from './articles/jsonfeed.js';
import { isRss, readRss } from './articles/rss.js';
import { isWordPress, readWordPress } from './articles/wordpress.js';
import { feedError } from './errors.js';
import type { ArticleFormat, ArticlePage, ArticleTransform, FeedDocument } from './types.js';
import { safeUrl } from './url.js';
import { parseXml } from './xml.js';

export interface ArticleOptions {
  /** Which adapter to use; 'auto' (the default) detects it. */
  format?: ArticleFormat;
  /** Reads feeds no adapter knows; it gets the parsed JSON, the XML Document, or the text. */
  transform?: ArticleTransform;
  /** Page URLs already read, so a JSON Feed `next_url` that leads back to one is not offered as `next`. */
  visited?: readonly string[];
}

type Format = ArticlePage['format'];

function detect(raw: unknown, document: FeedDocument): Format | undefined {
  if (raw instanceof Document) {
    const root = raw.documentElement;
    return isAtom(root) ? 'atom' : isRss(root) ? 'rss' : undefined;
  }
  if (isJsonFeed(raw)) return 'jsonfeed';
  if (isWordPress(raw, document)) return 'wordpress';
  return jsonList(raw) ? 'json' : undefined;
}

function fail(document: FeedDocument, why: string): never {
  throw feedError('format', document.url, why);
}

/** The document as data: a JSON value, an XML Document, or (only for a transform) the text itself. */
function parse(document: FeedDocument, text: string, lenient: boolean): unknown {
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (!lenient) fail(document, 'is not valid JSON');
    }
  }
  if (text.startsWith('<')) {
    // Not the Content-Type: servers label RSS text/html often enough; the markup itself tells.
    if (/^<(?:!doctype html|html)/i.test(text) && !lenient) {
      fail(document, 'answered a web page, not a feed');
    }
    try {
      return parseXml(text, document.url);
    } catch (error) {
      if (!lenient) throw error;
    }
  }
  if (!lenient)
    fail(
      document,
      `is not a feed news-widgets can read (${document.contentType || 'no content type'})`,
    );
  return text;
}

/**
 * Reads one page of articles from a fetched feed. Throws FeedError 'format' when the document is not a feed
 * that can be read; a feed that can be read but holds no usable items gives an empty page.
 */
export function parseArticles(document: FeedDocument, options: ArticleOptions = {}): ArticlePage {
  const { format = 'auto', transform } = options;
  const raw = parse(document, document.text.replace(/^\uFEFF/, '').trim(), !!transform);
  const detected = format === 'auto' ? detect(raw, document) : format;
  if (transform) {
    const out = transform(raw, document);
    const page = Array.isArray(out) ? { items: out } : out;
    return toPage(page?.items, document.url, detected ?? 'json', {
      total: count(page?.total),
      next: safeUrl(page?.next, document.url),
    });
  }
  const isXml = raw instanceof Document;
  if (detected === 'atom' && isXml) return readAtom(raw, document);
  if (detected === 'rss' && isXml) return readRss(raw, document);
  if (!isXml) {
    if (detected === 'jsonfeed') return readJsonFeed(raw, document, options.visited);
    if (detected === 'wordpress') return readWordPress(raw, document);
    if (detected === 'json') return readJson(raw, document);
  }
  return fail(
    document,
    format === 'auto' ? 'is not a kind of feed news-widgets knows' : `is not a ${format} feed`,
  );
}
