import { feedError } from '../errors.js';
import type { FeedDocument, Rate } from '../types.js';
import { parseXml } from '../xml.js';
import { withChanges } from './history.js';
import { makeRate, pairName } from './rate.js';
import { RATE_ADAPTERS } from './registry.js';

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
  // A byte-order mark and whitespace, before a declaration too, are what rates hosts add (articles: startOfFeed).
  const text = document.text.replace(/^\uFEFF/, '').trim();
  let data: unknown;
  try {
    // The central banks' XML is machine-written and well-formed; the repairs article feeds need
    // (xml-repair.ts) would cost the partner-embedded ticker half a kilobyte for faults these feeds lack.
    data = text.startsWith('<') ? parseXml(text, document.url) : JSON.parse(text);
  } catch {
    // Neither JSON nor XML: a transform still gets the text, as the article feeds' transforms do.
    data = text;
  }
  rates = (
    transform
      ? // What a transform returns is checked like any feed's rows: codes, positive finite rates.
        (transform(data, document) ?? []).map((row) =>
          makeRate(row?.base, row?.quote, row?.rate, row?.change),
        )
      : (RATE_ADAPTERS.find((adapter) => adapter.detect(data))?.read(data) ?? [])
  ).filter((rate): rate is Rate => !!rate);
  // A pair listed twice is shown once: the first wins, as with articles' repeated ids.
  const pairs = new Set<string>();
  rates = rates.filter((rate) => !pairs.has(pairName(rate)) && !!pairs.add(pairName(rate)));
  if (!rates.length) throw feedError('format', document.url, 'has no rates news-widgets can read');
  rates = withChanges(document.url, rates);
  if (!transform) parsed.set(document, rates);
  return rates;
}
