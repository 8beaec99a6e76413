import { isObject, makeRate, toCode, toNumber } from '../rates/rate.js';
import type { SeriesAdapter } from './adapter.js';

const daysOf = (data: unknown) =>
  isObject(data) && isObject(data.rates) && (data.start_date ?? data.end_date) !== undefined
    ? data.rates
    : undefined;

/**
 * A Frankfurter-style time series (`/v1/2025-11-01..2025-12-01?base=USD`): `{ "amount": 1, "base": "USD",
 * "start_date", "end_date", "rates": { "2025-12-01": { "KZT": 505.1, … }, … } }`. Each entry reads
 * 1 base = value quote on that day; `amount` units of base when the API says so. The dates at the top tell it
 * from a one-day base-plus-map document, whose `rates` holds numbers.
 */
export const frankfurter: SeriesAdapter<'frankfurter'> = {
  format: 'frankfurter',
  detect: (data) => !!daysOf(data),
  read(data, into) {
    const days = daysOf(data);
    const base = isObject(data) && toCode(data.base);
    if (!days || !base) return into.fail('names no base currency');
    const amount = toNumber(data.amount ?? 1);
    for (const [day, quotes] of Object.entries(days)) {
      if (!isObject(quotes)) continue;
      for (const [quote, value] of Object.entries(quotes)) {
        into.add(day, makeRate(base, quote, value, undefined, amount));
      }
    }
  },
};
