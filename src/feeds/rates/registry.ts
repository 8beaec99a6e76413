// Every rates format news-widgets reads, in the order detection asks them.
import { baseMap } from './base-map.js';
import { centralBankOfRussia } from './cbr.js';
import { nationalBankOfKazakhstan } from './nbk.js';
import { own } from './own.js';
import { pairs } from './pairs.js';

export const RATE_ADAPTERS = [
  own,
  baseMap,
  pairs,
  centralBankOfRussia,
  nationalBankOfKazakhstan,
] as const;

/** The name of a rates format an adapter reads. */
export type RateFormatName = (typeof RATE_ADAPTERS)[number]['format'];
