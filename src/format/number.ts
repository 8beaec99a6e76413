import { numberFormat } from './intl-cache.js';

// Values this far from 1 would print as hundreds of digits (or zeros); scientific notation keeps them short.
const HUGE = 1e15;
const TINY = 1e-6;

const inRange = (size: number) => size !== 0 && size < HUGE && size >= TINY;

/** Digits after the point in the number as the feed gave it: `0.2849` → 4, `12500` → 0. */
function publishedDecimals(value: number): number {
  const text = String(Math.abs(value));
  return text.includes('e') ? Infinity : (text.split('.')[1]?.length ?? 0);
}

/**
 * Decimals one rate needs: what the feed published, but no more than its magnitude deserves — up to five
 * below 1, fewer above (`87.49`, `9.175`), and always three significant digits (`0.0000123`). A rate we
 * computed (an inverted pair, 1 / 505.1) has endless decimals; the magnitude rule cuts them.
 */
function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (!inRange(size)) return 0;
  const magnitude = Math.floor(Math.log10(size));
  const deserved = Math.max(0, Math.min(5, 4 - magnitude), 2 - magnitude);
  return Math.min(publishedDecimals(value), deserved);
}

/**
 * One number of decimals for a whole strip, so its figures line up as the seed's do (`0.28490` beside
 * `0.01143`): the most any of its rates needs.
 */
export function stripDecimals(values: readonly number[]): number {
  return values.reduce((most, value) => Math.max(most, decimalsFor(value)), 0);
}

/**
 * An exchange rate with `decimals` digits after the point (by default what the rate alone needs, see
 * `stripDecimals`): `0.01143`, `505.1`, `12,500`; absurd magnitudes in scientific notation (`1E308`), never a
 * 300-digit string.
 */
export function formatRate(
  value: number,
  locale: string,
  decimals = stripDecimals([value]),
): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size !== 0 && !inRange(size)) {
    return numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 3 }).format(
      value,
    );
  }
  return numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/**
 * Builds a strip's commonest number formatters for `locale` ahead of time, as `warmDates` does for dates: the
 * page's first number formatter loads the locale's number data, and an element calls this while its rates are
 * in flight, so that cost is not paid between their arrival and the first pair on screen.
 */
export function warmNumbers(locale: string): void {
  formatRate(0.01143, locale);
  formatChange(0.5, locale);
}

// Changes are shown to two decimals of a percent; anything smaller reads as no change.
const CHANGE_DECIMALS = 2;
const shownChange = (percent: number) =>
  Math.abs(percent) < 0.5 / 10 ** CHANGE_DECIMALS ? 0 : percent;

/** The direction a reader is shown: a change that rounds to `0%` is flat, not a red fall. */
export function changeTrend(percent: number): 'up' | 'down' | 'unchanged' {
  const shown = shownChange(percent);
  return shown > 0 ? 'up' : shown < 0 ? 'down' : 'unchanged';
}

/**
 * A change in percent as the seed shows it: `0.65%`, `-0.28%`; a change too small to show is `0%` (with the
 * flat colour, see `changeTrend`). Huge changes go scientific rather than printing every digit.
 */
export function formatChange(percent: number, locale: string): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(percent) >= 1e6
      ? { style: 'percent', notation: 'scientific', maximumSignificantDigits: 3 }
      : { style: 'percent', maximumFractionDigits: CHANGE_DECIMALS };
  return numberFormat(locale, options).format(shownChange(percent) / 100);
}
