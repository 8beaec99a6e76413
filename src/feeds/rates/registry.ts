// Every rates format news-widgets reads, in the order detection asks them.
import type { RateAdapter } from '../adapter.js';
import { baseMap } from './base-map.js';
import { centralBankOfRussia } from './cbr.js';
import { nationalBankOfKazakhstan } from './nbk.js';
import { own } from './own.js';
import { pairs } from './pairs.js';

export const RATE_ADAPTERS: readonly RateAdapter[] = [
  own,
  baseMap,
  pairs,
  centralBankOfRussia,
  nationalBankOfKazakhstan,
];
