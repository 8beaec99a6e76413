import { isObject, makeRate } from '../rates/rate.js';
import type { SeriesAdapter } from './adapter.js';

/** The own format's rows that carry a `history` list. */
const rowsWithHistory = (data: unknown) =>
  isObject(data) && Array.isArray(data.rates)
    ? data.rates.filter((row) => isObject(row) && Array.isArray(row.history))
    : [];

/**
 * The project's own rates JSON (schemas/rates.schema.json) with a `history` beside a row's rate:
 * `{ "base": "USD", "quote": "KZT", "rate": 505.1, "history": [["2025-12-01", 503.2], …] }`. Each point is a
 * day and the rate per unit on it, as `rate` is; the row names the pair once for all its points.
 */
export const ownHistory: SeriesAdapter<'own'> = {
  format: 'own',
  detect: (data) => rowsWithHistory(data).length > 0,
  read(data, into) {
    for (const row of rowsWithHistory(data) as Record<string, unknown[]>[]) {
      for (const point of row.history) {
        if (Array.isArray(point)) into.add(point[0], makeRate(row.base, row.quote, point[1]));
      }
    }
  },
};
