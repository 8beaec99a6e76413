// Article feeds of every supported kind, read into one model. Detection looks at the document itself (JSON or
// XML, then its shape), so a feed served with a vague or wrong Content-Type still works; `format` skips
// detection. The formats themselves are adapters listed in articles/registry.ts.
import { kindOf, readWith, recognises, type ArticleAdapter } from './adapter.js';
import { count, toPage } from './articles/item.js';
import { ARTICLE_ADAPTERS, type ArticleFormatName } from './articles/registry.js';
import { feedError } from './errors.js';
import { namespaceMending } from './namespaces.js';
import type { ArticleFormat, ArticlePage, ArticleTransform, FeedDocument } from './types.js';
import { safeUrl } from './url.js';
import { parseFeedXml, startOfFeed } from './xml-repair.js';

export interface ArticleOptions {
  /** Which adapter to use; 'auto' (the default) detects it. */
  format?: ArticleFormat;
  /** Reads feeds no adapter knows; it gets the parsed JSON, the XML Document, or the text. */
  transform?: ArticleTransform;
  /** Page URLs already read, so a JSON Feed `next_url` that leads back to one is not offered as `next`. */
  visited?: readonly string[];
}

const adapters: readonly ArticleAdapter<ArticleFormatName>[] = ARTICLE_ADAPTERS;

/** The adapter for `raw`: the named one if it reads this kind of data, else the first that recognises it. */
export function adapterFor(raw: unknown, document: FeedDocument, format: ArticleFormat) {
  return adapters.find((adapter) =>
    format === 'auto'
      ? recognises(adapter, raw, document)
      : adapter.format === format && adapter.reads === kindOf(raw),
  );
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
      return parseFeedXml(text, document.url, namespaceMending);
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
  return readArticles(
    parse(document, startOfFeed(document.text), !!options.transform),
    document,
    options,
  );
}

/** Reads one page of articles from `document` already parsed (`raw`, as `parseArticles` parses it). */
export function readArticles(
  raw: unknown,
  document: FeedDocument,
  options: ArticleOptions = {},
): ArticlePage {
  const { format = 'auto', transform, visited } = options;
  const adapter = adapterFor(raw, document, format);
  if (transform) {
    const out = transform(raw, document);
    const page = Array.isArray(out) ? { items: out } : out;
    return toPage(page?.items, document.url, adapter?.format ?? 'json', {
      total: count(page?.total),
      next: safeUrl(page?.next, document.url),
    });
  }
  const page = adapter && readWith(adapter, raw, document, { visited });
  return (
    page ??
    fail(
      document,
      format === 'auto' ? 'is not a kind of feed news-widgets knows' : `is not a ${format} feed`,
    )
  );
}
