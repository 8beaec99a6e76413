// Article feeds of every supported kind, read into one model. Detection looks at the document itself (JSON or
// XML, then its shape), so a feed served with a vague or wrong Content-Type still works; `format` skips
// detection. The formats themselves are adapters listed in articles/registry.ts. The XML ones (RSS, Atom) are
// loaded on demand: `loadXmlFormats` before a document that is not JSON is read.
import { kindOf, readWith, recognises } from './adapter.js';
import { count, toPage } from './articles/item.js';
import { JSON_ADAPTERS } from './articles/registry.js';
import { feedError } from './errors.js';
import type { ArticleFormat, ArticlePage, ArticleTransform, FeedDocument } from './types.js';
import { safeUrl } from './url.js';

export interface ArticleOptions {
  /** Which adapter to use; 'auto' (the default) detects it. */
  format?: ArticleFormat;
  /** Reads feeds no adapter knows; it gets the parsed JSON, the XML Document, or the text. */
  transform?: ArticleTransform;
  /** Page URLs already read, so a JSON Feed `next_url` that leads back to one is not offered as `next`. */
  visited?: readonly string[];
}

/**
 * The feed's text from where the document starts: byte-order marks (one per mis-converting hop), zero-width
 * spaces and whitespace dropped, and stray text before the XML declaration left out, since XML allows nothing
 * before it. Used for JSON too, which has no such rule but the same hosts.
 */
export function startOfFeed(text: string): string {
  const trimmed = text.replace(/^[\s\uFEFF\u200B]+/, '').trimEnd();
  if (/^[<[{]/.test(trimmed)) return trimmed;
  // Stray text is a line or two; looking further would scan a whole long document for nothing.
  const at = trimmed.slice(0, 1024).search(/<\?xml\s/);
  const before = at > 0 ? trimmed.slice(0, at) : '';
  // Only when what precedes it holds no element: a declaration quoted inside an item must stay where it is.
  return before && !/<[A-Za-z]/.test(before) ? trimmed.slice(at) : trimmed;
}

type XmlFormats = typeof import('./articles/xml-formats.js');

let xmlFormats: XmlFormats | undefined;
let loadingXml: Promise<XmlFormats> | undefined;

/**
 * Loads the XML formats when `text` may be XML (it does not start as JSON does) and they are not loaded yet;
 * undefined when it can be read at once. A failed load is tried again by the next document.
 */
export function loadXmlFormats(text = ''): Promise<unknown> | undefined {
  if (xmlFormats || /^[\s\uFEFF\u200B]*[[{]/.test(text)) return undefined;
  return (loadingXml ??= import('./articles/xml-formats.js').then(
    (formats) => (xmlFormats = formats),
    (error: unknown) => {
      loadingXml = undefined;
      throw error;
    },
  ));
}

/** The adapter for `raw`: the named one if it reads this kind of data, else the first that recognises it. */
export function adapterFor(raw: unknown, document: FeedDocument, format: ArticleFormat) {
  const adapters = [...JSON_ADAPTERS, ...(xmlFormats?.XML_ADAPTERS ?? [])];
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
    // Callers wait for `loadXmlFormats` first; this says so if one did not.
    if (!xmlFormats) throw new Error('news-widgets: the XML formats are not loaded');
    try {
      return xmlFormats.parseArticleXml(text, document.url);
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
 * Reads one page of articles from a fetched feed; one that is not JSON needs `loadXmlFormats` first. Throws FeedError 'format' when the document is not a feed
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
