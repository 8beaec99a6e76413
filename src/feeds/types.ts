import type { ArticleFormatName } from './articles/registry.js';

// The normalized models every element renders. Adapters turn feed documents into these; elements never
// see a feed's own shape.

/** One article, whatever feed it came from. Text fields are plain text; URLs are absolute http(s). */
export interface Article {
  id: string;
  url?: string;
  title: string;
  summary: string;
  image?: string;
  published?: Date;
  authors: string[];
  tags: string[];
}

/** One page of articles as a feed delivered it. */
export interface ArticlePage {
  items: Article[];
  /** Total number of articles across all pages, when the feed says (WordPress's X-WP-Total). */
  total?: number;
  /** Absolute URL of the next page, when the feed pages by URL (JSON Feed's `next_url`). */
  next?: string;
  /** Number of pages, when the feed says (WordPress's X-WP-TotalPages). */
  totalPages?: number;
  /** Which adapter read the feed. */
  format: ArticleFormatName;
}

/** One currency pair: 1 `base` = `rate` `quote`. `change` is in percent since the previous fix. */
export interface Rate {
  base: string;
  quote: string;
  /** How many units of `quote` one unit of `base` buys, whatever quantity the feed quoted it for. */
  rate: number;
  /** Change in percent since the previous fix. */
  change?: number;
  /**
   * The number of `base` units the publisher quotes, when it is not 1 (the Bank of Russia's `Nominal`, the
   * National Bank of Kazakhstan's `quant`: "100 KGS = 85.5 RUB"). `rate` stays per one unit.
   */
  quantity?: number;
}

/** A rates feed as read: its rates, and what it says about them. */
export interface RateSheet {
  rates: Rate[];
  /** Which adapter read it (`cbr`, `nbk`, `own`, …), or `transform`: elements name the central banks by it. */
  format: string;
  /** The day or moment the rates were fixed for, as the feed states it; a bare day is UTC midnight. */
  date?: Date;
  /** Who publishes them, as the feed names itself (the own format's `source`), plain text. */
  source?: string;
}

/** A fetched feed response, decoded to text, before any format is detected. */
export interface FeedDocument {
  /** The URL it was requested from, absolute; relative links in the feed resolve against it. */
  url: string;
  status: number;
  /** The Content-Type header, lower-cased, or '' when absent. */
  contentType: string;
  headers: Headers;
  text: string;
}

/** The formats the article adapters read (articles/registry.ts), or 'auto' to detect which. */
export type ArticleFormat = 'auto' | ArticleFormatName;

/** What a `transform` may return for each article: only `title` or `summary` is needed; the rest is checked. */
export type ArticleInput = Partial<Record<keyof Article, unknown>>;

/**
 * Turns a feed no adapter reads into articles. `raw` is the parsed JSON value, or the XML `Document`, or the
 * text when it is neither. Return a list, or `{ items, total?, next? }`. Everything returned is checked like
 * any feed's fields (text kept as text, only http(s) URLs), so a transform cannot inject markup.
 */
export type ArticleTransform = (
  raw: unknown,
  document: FeedDocument,
) => ArticleInput[] | { items: ArticleInput[]; total?: number; next?: string };
