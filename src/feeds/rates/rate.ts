import type { Rate } from '../types.js';

// Currency and asset codes: ISO 4217 (`USD`), and the longer tickers some feeds carry (`USDT`). Anything
// else is not a code, and is left out rather than shown: feed text is untrusted.
const CODE = /^[A-Z0-9]{2,10}$/;

/** A number from a feed: a number, or a string with a decimal point or comma (`"78,3000"`). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !value.trim()) return NaN;
  return Number(value.trim().replace(/\s/g, '').replace(',', '.'));
}

export function toCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return CODE.test(code) ? code : undefined;
}

/**
 * A normalized rate, or undefined when the row cannot be one: unknown codes, a rate that is not a positive
 * finite number (0, negative, NaN, Infinity cannot be shown or inverted). `per` divides out a quantity
 * (`100 JPY = 52.3 RUB`); a change that is not finite is dropped, the rate is kept.
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
  return Number.isFinite(percent)
    ? { base: from, quote: to, rate, change: percent }
    : { base: from, quote: to, rate };
}

/** For `filter`: keeps the rows `makeRate` could read, and tells the type checker so. */
export const isRate = (rate: Rate | undefined): rate is Rate => rate !== undefined;

export const pairName = (rate: { base: string; quote: string }) => `${rate.base}/${rate.quote}`;
