// The shape every feed format takes, for articles and for rates alike: a name, a test that recognises a parsed
// document, and a reader. Article formats also say which kind of document they read, so the news list's
// `format` attribute can name one without detection. Each format is one file; articles/registry.ts (the XML
// ones: articles/xml-formats.ts, loaded on demand) and rates/registry.ts list them, so a new format touches its
// own file, that list and its test, and nothing else.
import type { ArticlePage, FeedDocument, Rate, RateSheet } from './types.js';

/** What a reader may need beyond the document: the pages already read (JSON Feed's `next_url` loops). */
export interface ReadContext {
  visited?: readonly string[];
}

interface Adapter<Format extends string, Data, Output> {
  /** The format's name: the news list's `format` attribute, and the article page's `format`. */
  format: Format;
  /** Whether `data` is a document of this format; asked in registry order, the first yes wins. */
  detect(data: Data, document: FeedDocument): boolean;
  read(data: Data, document: FeedDocument, context: ReadContext): Output;
}

/** A format read from XML: it gets the parsed `Document`. */
export interface XmlAdapter<Format extends string, Output> extends Adapter<
  Format,
  Document,
  Output
> {
  reads: 'xml';
}

/** A format read from JSON: it gets the parsed value, untyped, to be checked field by field. */
export interface JsonAdapter<Format extends string, Output> extends Adapter<
  Format,
  unknown,
  Output
> {
  reads: 'json';
}

export type FeedAdapter<Format extends string, Output> =
  XmlAdapter<Format, Output> | JsonAdapter<Format, Output>;

export type ArticleAdapter<Format extends string = string> = FeedAdapter<Format, ArticlePage>;

/** What a rates format reads: every row, undefined where a row cannot be a rate (see makeRate), to be left out. */
export type RateRows = (Rate | undefined)[];

/**
 * A rates format. It gets the parsed document, a JSON value or an XML `Document`, and tells for itself: the
 * ticker has no `format` attribute to force one, and the partner bundle is the better for the few bytes.
 */
export interface RateAdapter<Format extends string = string> {
  format: Format;
  detect(data: unknown): boolean;
  read(data: unknown): RateRows;
  /** When the rates were fixed and who publishes them, where the format says. */
  about?(data: unknown): Omit<RateSheet, 'rates' | 'format'>;
}

/** Which kind of data a parsed document is, as an adapter's `reads` names it. */
export const kindOf = (data: unknown) => (data instanceof Document ? 'xml' : 'json');

/** Whether `adapter` reads this kind of data and recognises it as its format. */
export function recognises(
  adapter: FeedAdapter<string, unknown>,
  data: unknown,
  document: FeedDocument,
): boolean {
  return adapter.reads === 'xml'
    ? data instanceof Document && adapter.detect(data, document)
    : !(data instanceof Document) && adapter.detect(data, document);
}

/** `adapter`'s reading of `data`, or undefined when `data` is not the kind of data it reads. */
export function readWith<Output>(
  adapter: FeedAdapter<string, Output>,
  data: unknown,
  document: FeedDocument,
  context: ReadContext = {},
): Output | undefined {
  if (adapter.reads === 'xml') {
    return data instanceof Document ? adapter.read(data, document, context) : undefined;
  }
  return data instanceof Document ? undefined : adapter.read(data, document, context);
}
