import type { RateAdapter } from '../adapter.js';
import { dayOf, isObject, makeRate, toCode, toNumber } from './rate.js';

/** The map of quote → value, under the name each API gives it. */
const mapOf = (data: Record<string, unknown>) => {
  const map = data.rates ?? data.conversion_rates;
  return isObject(map) ? map : undefined;
};

/**
 * A base-plus-map document: `{"base":"USD","rates":{"KZT":505.1}}` (ECB/Frankfurter, with `amount`; Open
 * Exchange Rates; Fixer), and `base_code` + `conversion_rates` (ExchangeRate-API). Each entry reads
 * 1 base = value quote; `amount` units of base when the API says so.
 */
export const baseMap: RateAdapter<'base-map'> = {
  format: 'base-map',
  detect: (data) => isObject(data) && !!mapOf(data),
  read(data) {
    const map = isObject(data) && mapOf(data);
    const base = map && toCode(data.base ?? data.base_code);
    if (!base) return [];
    const amount = toNumber(data.amount ?? 1);
    return Object.entries(map).map(([quote, value]) =>
      makeRate(base, quote, value, undefined, amount),
    );
  },
  // Frankfurter's `date` is a day; Open Exchange Rates' `timestamp` and ExchangeRate-API's
  // `time_last_update_unix` are seconds since 1970.
  about: (data) =>
    isObject(data)
      ? { date: dayOf(data.date ?? data.timestamp ?? data.time_last_update_unix) }
      : {},
};
