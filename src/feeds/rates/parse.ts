import { FeedError } from '../errors.js';
import type { FeedDocument, Rate } from '../types.js';
import { withChanges } from './history.js';
import { ratesFromJson } from './json.js';
import { ratesFromXml } from './xml.js';

/** Turns a feed's raw data (parsed JSON, or an XML `Document`) into rates; for formats we do not know. */
export type RateTransform = (data: unknown, document: FeedDocument) => Rate[];

export type XmlParser = (text: string) => Document;

// Several tickers on one feed receive the same document object; they share one parse, and one change fix.
const parsed = new WeakMap<FeedDocument, Rate[]>();

/**
 * The rates in a fetched feed, whatever its format (detected from the content, not the Content-Type, which
 * feed hosts often get wrong). Throws a `format` FeedError when nothing in it is a rate.
 */
export function parseRateFeed(
  document: FeedDocument,
  parseXml: XmlParser,
  transform?: RateTransform,
): Rate[] {
  let rates = transform ? undefined : parsed.get(document);
  if (rates) return rates;
  const text = document.text.replace(/^\uFEFF/, '').trim();
  let data: unknown;
  try {
    data = text.startsWith('<') ? parseXml(text) : JSON.parse(text);
  } catch {
    data = undefined;
  }
  rates = transform
    ? transform(data, document)
    : data instanceof Document
      ? ratesFromXml(data)
      : ratesFromJson(data);
  if (!rates.length) {
    throw new FeedError(
      'format',
      `The feed at ${document.url} has no exchange rates news-widgets can read.`,
      document.url,
    );
  }
  rates = withChanges(document.url, rates);
  if (!transform) parsed.set(document, rates);
  return rates;
}
