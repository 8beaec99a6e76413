import type { JsonAdapter, RateRows } from '../adapter.js';
import { isObject, rateFromRow } from './rate.js';

/**
 * The project's own format (schemas/rates.schema.json): `{ "version": 1, "rates": [{ base, quote, rate,
 * change? }] }`. A document without `version` is read the same way: the rows say everything.
 */
export const own: JsonAdapter<'own', RateRows> = {
  format: 'own',
  reads: 'json',
  detect: (data) => isObject(data) && Array.isArray(data.rates),
  read: (data) => (isObject(data) && Array.isArray(data.rates) ? data.rates.map(rateFromRow) : []),
};
