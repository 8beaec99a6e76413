import type { RateAdapter } from '../adapter.js';
import { dayOf, isObject, rateFromRow, sourceOf } from './rate.js';

const rowsOf = (data: unknown) =>
  isObject(data) && Array.isArray(data.rates) ? data.rates : undefined;

/**
 * The project's own format (schemas/rates.schema.json): `{ "version": 1, "updated"?, "source"?, "rates":
 * [{ base, quote, rate, change?, quantity? }] }`. A document without `version` is read the same way.
 */
export const own: RateAdapter<'own'> = {
  format: 'own',
  detect: (data) => !!rowsOf(data),
  read: (data) => (rowsOf(data) ?? []).map(rateFromRow),
  about: (data) =>
    isObject(data) ? { date: dayOf(data.updated), source: sourceOf(data.source) } : {},
};
