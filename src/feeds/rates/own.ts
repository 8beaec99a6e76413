import type { RateAdapter } from '../adapter.js';
import { isObject, rateFromRow } from './rate.js';

const rowsOf = (data: unknown) =>
  isObject(data) && Array.isArray(data.rates) ? data.rates : undefined;

/**
 * The project's own format (schemas/rates.schema.json): `{ "version": 1, "rates": [{ base, quote, rate,
 * change? }] }`. A document without `version` is read the same way: the rows say everything.
 */
export const own: RateAdapter<'own'> = {
  format: 'own',
  detect: (data) => !!rowsOf(data),
  read: (data) => (rowsOf(data) ?? []).map(rateFromRow),
};
