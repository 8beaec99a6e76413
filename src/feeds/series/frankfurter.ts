import { isObject, makeRate, toCode, toNumber } from '../rates/rate.js';
import type { SeriesAdapter } from './adapter.js';

/** The map of day → quotes: `rates` whose entries are maps themselves (a one-day document's are numbers). */
function daysOf(data: unknown) {
  const days = isObject(data) ? data.rates : undefined;
  if (!isObject(days) || !isObject(data)) return undefined;
  for (const day in days) return isObject(days[day]) ? days : undefined;
  return data.start_date === undefined ? undefined : days;
}

/**
 * A Frankfurter-style time series (`/v1/2025-11-01..2025-12-01?base=USD`): `{ "amount": 1, "base": "USD",
 * "start_date", "end_date", "rates": { "2025-12-01": { "KZT": 505.1, … }, … } }`. Each entry reads
 * 1 base = value quote on that day; `amount` units of base when the API says so. Its `rates` holding maps tells it
 * from a one-day base-plus-map document, whose `rates` holds numbers; `start_date` marks an empty range.
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
