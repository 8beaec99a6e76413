import { feedError } from '../errors.js';
import type { FeedDocument, Rate, RateSheet } from '../types.js';
import { withChanges } from './history.js';
import { makeRate, pairName } from './rate.js';
import { RATE_ADAPTERS } from './registry.js';

/** Turns a feed's raw data (parsed JSON, an XML `Document`, else the text) into rates: formats we do not know. */
export type RateTransform = (
  data: unknown,
  document: FeedDocument,
) => Partial<Record<keyof Rate, unknown>>[];

// Several tickers on one feed receive the same document object; they share one parse, and one change fix.
const parsed = new WeakMap<FeedDocument, RateSheet | Promise<RateSheet>>();

/**
 * The rates in a fetched feed, whatever its format (detected from the content, not the Content-Type, which
 * feed hosts often get wrong), with the day they were fixed and their publisher where the feed says. Throws
 * (or, for XML, rejects with) a `format` FeedError when nothing in it is a rate.
 *
 * JSON is read at once. XML (the central banks' feeds) is read by the XML parser, which is loaded the first
 * time a page meets an XML feed: a partner page on a JSON feed does not download it.
 */
export function parseRateFeed(
  document: FeedDocument,
  transform?: RateTransform,
): RateSheet | Promise<RateSheet> {
  const known = transform ? undefined : parsed.get(document);
  if (known) return known;
  // A byte-order mark and whitespace, before a declaration too, are what rates hosts add (articles: startOfFeed).
  const text = document.text.replace(/^\uFEFF/, '').trim();
  // The central banks' XML is machine-written and well-formed; the repairs article feeds need
  // (xml-repair.ts) would cost the partner-embedded ticker half a kilobyte for faults these feeds lack.
  const sheet = text.startsWith('<')
    ? import('../xml.js').then(({ parseXml }) =>
        rateSheetOf(
          document,
          readOr(text, () => parseXml(text, document.url)),
          transform,
        ),
      )
    : rateSheetOf(
        document,
        readOr(text, () => JSON.parse(text) as unknown),
        transform,
      );
  if (!transform) parsed.set(document, sheet);
  return sheet;
}

/** What `read` makes of the text; the text itself when it is neither JSON nor XML (transforms still get it). */
function readOr(text: string, read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return text;
  }
}

/** The rates in a feed's raw data (parsed JSON, an XML `Document`, or text). */
export function rateSheetOf(
  document: FeedDocument,
  data: unknown,
  transform?: RateTransform,
): RateSheet {
  const adapter = transform ? undefined : RATE_ADAPTERS.find((each) => each.detect(data));
  let rates = (
    transform
      ? // What a transform returns is checked like any feed's rows: codes, positive finite rates.
        (transform(data, document) ?? []).map((row) =>
          makeRate(row?.base, row?.quote, row?.rate, row?.change, row?.quantity ?? 1),
        )
      : (adapter?.read(data) ?? [])
  ).filter((rate): rate is Rate => !!rate);
  // A pair listed twice is shown once: the first wins, as with articles' repeated ids.
  const pairs = new Set<string>();
  rates = rates.filter((rate) => !pairs.has(pairName(rate)) && !!pairs.add(pairName(rate)));
  if (!rates.length) throw feedError('format', document.url, 'has no rates news-widgets can read');
  return {
    ...adapter?.about?.(data),
    rates: withChanges(document.url, rates),
    format: adapter?.format ?? 'transform',
  };
}
