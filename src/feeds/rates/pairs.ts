import type { RateAdapter } from '../adapter.js';
import { rateFromRow } from './rate.js';

/** A bare array of pair rows, `[{ "base": "USD", "quote": "KZT", "rate": 505.1 }, …]`, as the own format holds. */
export const pairs: RateAdapter<'pairs'> = {
  format: 'pairs',
  detect: (data) => Array.isArray(data),
  read: (data) => (Array.isArray(data) ? data : []).map(rateFromRow),
};
