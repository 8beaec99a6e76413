import { FeedError } from '../errors.js';
import { parseXml } from '../xml.js';
import type { FeedDocument, Rate } from '../types.js';
import { withChanges } from './history.js';
import { ratesFromJson } from './json.js';
import { isRate, makeRate, pairName } from './rate.js';
import { ratesFromXml } from './xml.js';

/** Turns a feed's raw data (parsed JSON, an XML `Document`, else the text) into rates: formats we do not know. */
export type RateTransform = (
  data: unknown,
  document: FeedDocument,
) => Partial<Record<keyof Rate, unknown>>[];

// Several tickers on one feed receive the same document object; they share one parse, and one change fix.
const parsed = new WeakMap<FeedDocument, Rate[]>();

/**
 * The rates in a fetched feed, whatever its format (detected from the content, not the Content-Type, which
 * feed hosts often get wrong). Throws a `format` FeedError when nothing in it is a rate.
 */
export function parseRateFeed(document: FeedDocument, transform?: RateTransform): Rate[] {
  let rates = transform ? undefined : parsed.get(document);
  if (rates) return rates;
  const text = document.text.replace(/^\uFEFF/, '').trim();
  let data: unknown;
  try {
    data = text.startsWith('<') ? parseXml(text, document.url) : JSON.parse(text);
  } catch {
    // Neither JSON nor XML: a transform still gets the text, as the article feeds' transforms do.
    data = text;
  }
  rates = transform
    ? // What a transform returns is checked like any feed's rows: codes, positive finite rates.
      (transform(data, document) ?? [])
        .map((row) => makeRate(row?.base, row?.quote, row?.rate, row?.change))
        .filter(isRate)
    : data instanceof Document
      ? ratesFromXml(data)
      : ratesFromJson(data);
  // A pair listed twice is shown once: the first wins, as with articles' repeated ids.
  const pairs = new Set<string>();
  rates = rates.filter((rate) => !pairs.has(pairName(rate)) && !!pairs.add(pairName(rate)));
  if (!rates.length) {
    throw new FeedError(
      'format',
      `The feed at ${document.url} has no rates news-widgets can read.`,
      document.url,
    );
  }
  rates = withChanges(document.url, rates);
  if (!transform) parsed.set(document, rates);
  return rates;
}
