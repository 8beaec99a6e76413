import { numberFormat } from './intl-cache.js';

// Values this far from 1 would print as hundreds of digits (or zeros); scientific notation keeps them short.
const HUGE = 1e15;
const TINY = 1e-6;

/**
 * An exchange rate with the precision its magnitude deserves, as the seed shows them: `0.01143`, `0.2849`,
 * `505.1`, `12,500`. At least three significant digits, and up to five decimals below 1, fewer above
 * (`87.49`, `9.175`); absurd magnitudes in scientific notation (`1E308`), never a 300-digit string.
 */
export function formatRate(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  if (size !== 0 && (size >= HUGE || size < TINY)) {
    return numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 3 }).format(
      value,
    );
  }
  // log10(0) is -Infinity, which lands on 5 decimals: `0`.
  const decimals = Math.max(0, Math.min(5, 4 - Math.floor(Math.log10(size))));
  // roundingPriority is ES2023 (Chrome 106, Firefox 116); the project's lib is ES2022.
  const options: Intl.NumberFormatOptions & { roundingPriority: string } = {
    maximumFractionDigits: decimals,
    maximumSignificantDigits: 3,
    roundingPriority: 'morePrecision',
  };
  return numberFormat(locale, options).format(value);
}

/**
 * A change in percent as the seed shows it: `0.65%`, `-0.28%`, and `-0%` for a fall too small to show (the
 * sign still tells the direction). Huge changes go scientific rather than printing every digit.
 */
export function formatChange(percent: number, locale: string): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(percent) >= 1e6
      ? { style: 'percent', notation: 'scientific', maximumSignificantDigits: 3 }
      : { style: 'percent', maximumFractionDigits: 2 };
  return numberFormat(locale, options).format(percent / 100);
}
