import { validDate } from '../dates.js';
import type { Rate, RateSheet } from '../types.js';

// Currency and asset codes: ISO 4217 (`USD`), and the longer tickers some feeds carry (`USDT`). Anything
// else is not a code, and is left out rather than shown: feed text is untrusted.
const CODE = /^[A-Z0-9]{2,10}$/;

/** A number from a feed: a number, or a string with a decimal point or comma (`"78,3000"`). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  // A digit is required: Number('') and Number(' ') are 0, not "no number".
  return typeof value === 'string' && /\d/.test(value)
    ? Number(value.replace(/\s/g, '').replace(',', '.'))
    : NaN;
}

export function toCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return CODE.test(code) ? code : undefined;
}

/**
 * A normalized rate, or undefined when the row cannot be one: unknown codes, a rate that is not a positive
 * finite number (0, negative, NaN, Infinity cannot be shown or inverted). `per` divides out a quantity
 * (`100 JPY = 52.3 RUB`) and is kept as `quantity` when it is a whole number above 1; a change that is not
 * finite is dropped, the rate is kept.
 */
export function makeRate(
  base: unknown,
  quote: unknown,
  value: unknown,
  change?: unknown,
  per: unknown = 1,
): Rate | undefined {
  const from = toCode(base);
  const to = toCode(quote);
  const units = toNumber(per);
  const rate = toNumber(value) / units;
  if (!from || !to || from === to || !(units > 0) || !(rate > 0) || !Number.isFinite(rate)) {
    return undefined;
  }
  const percent = toNumber(change);
  return {
    base: from,
    quote: to,
    rate,
    ...(Number.isFinite(percent) && { change: percent }),
    ...(units > 1 && Number.isSafeInteger(units) && { quantity: units }),
  };
}

export const pairName = (rate: { base: string; quote: string }) => `${rate.base}/${rate.quote}`;

type Row = Record<string, unknown>;

export const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One `{ base, quote, rate, change? }` row, as the own format and the bare array of pairs hold them. */
export function rateFromRow(row: unknown): Rate | undefined {
  return isObject(row)
    ? makeRate(row.base, row.quote, row.rate, row.change, row.quantity ?? 1)
    : undefined;
}

/**
 * When rates were fixed: a day as the central banks write it, `06.12.2025` or `07.12.25` (day first); an ISO
 * 8601 day or date-time (a bare day is UTC midnight, as ECMAScript reads it); or seconds since 1970 (Open
 * Exchange Rates' `timestamp`). Kept apart from the article feeds' date reader (feeds/dates.ts), which knows
 * RSS's forms too and would double what this costs the ticker's bundle.
 */
export function dayOf(value: unknown): Date | undefined {
  if (typeof value === 'number') return validDate(value * 1000);
  const text = typeof value === 'string' ? value.trim() : '';
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  if (!dotted) return /^\d{4}-\d\d-\d\d($|T)/.test(text) ? validDate(Date.parse(text)) : undefined;
  const [, day, month, year] = dotted.map(Number);
  const date = new Date(Date.UTC(year < 100 ? 2000 + year : year, month - 1, day));
  // 31.02.2025 rolls over into March: a day that does not round-trip was not a day.
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : undefined;
}

/**
 * A publisher's name from a feed: plain text on one line without direction overrides (as feeds/text.ts's
 * `collapse`), at most 120 characters (a name, not an essay), or undefined.
 */
export function sourceOf(value: unknown): string | undefined {
  const text =
    typeof value === 'string'
      ? value
          .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 120)
      : '';
  return text || undefined;
}

/** The text of the first `name` element inside `parent`, for the central banks' flat XML. */
export const textOf = (parent: Element, name: string) =>
  parent.getElementsByTagName(name)[0]?.textContent;

/**
 * A central bank's flat XML format: a document whose root is named `root`, one rate per `row` element. An
 * article RSS feed is recognised by the National Bank of Kazakhstan's `rss`, and then holds no rates.
 */
export const xmlRates = (
  root: string,
  row: string,
  rateOf: (row: Element) => Rate | undefined,
  dateOf: (document: Document) => unknown,
) => ({
  detect: (data: unknown) => data instanceof Document && data.documentElement.localName === root,
  read: (data: unknown) =>
    data instanceof Document ? [...data.getElementsByTagName(row)].map(rateOf) : [],
  about: (data: unknown): Omit<RateSheet, 'rates' | 'format'> =>
    data instanceof Document ? { date: dayOf(dateOf(data)) } : {},
});
