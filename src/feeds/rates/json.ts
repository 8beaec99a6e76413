import type { Rate } from '../types.js';
import { isRate, makeRate, toCode, toNumber } from './rate.js';

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One `{ base, quote, rate, change? }` row; the project's format and the plain array share it. */
function fromRow(row: unknown): Rate | undefined {
  if (!isObject(row)) return undefined;
  return makeRate(row.base, row.quote, row.rate, row.change);
}

/**
 * A base-plus-map document: `{"base":"USD","rates":{"KZT":505.1}}` (ECB/Frankfurter, with `amount`; Open
 * Exchange Rates; Fixer), and `base_code` + `conversion_rates` (ExchangeRate-API). Each entry reads
 * 1 base = value quote.
 */
function fromMap(doc: Row, map: Row): (Rate | undefined)[] {
  const base = toCode(doc.base ?? doc.base_code);
  if (!base) return [];
  const amount = toNumber(doc.amount ?? 1);
  return Object.entries(map).map(([quote, value]) =>
    makeRate(base, quote, value, undefined, amount),
  );
}

/** Rates from any JSON rate document we know; rows that cannot be rates are left out. */
export function ratesFromJson(data: unknown): Rate[] {
  let rates: (Rate | undefined)[] = [];
  if (Array.isArray(data)) rates = data.map(fromRow);
  else if (isObject(data)) {
    const list = data.rates ?? data.conversion_rates;
    if (Array.isArray(list)) rates = list.map(fromRow);
    else if (isObject(list)) rates = fromMap(data, list);
  }
  return rates.filter(isRate);
}
