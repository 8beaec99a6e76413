// Every rate history format news-widgets reads, in the order detection asks them.
import type { SeriesAdapter } from './adapter.js';
import { cbrDynamic } from './cbr-dynamic.js';
import { frankfurter } from './frankfurter.js';
import { nbkDay } from './nbk-day.js';
import { ownHistory } from './own.js';

export const SERIES_ADAPTERS: readonly SeriesAdapter[] = [
  ownHistory,
  frankfurter,
  cbrDynamic,
  nbkDay,
];
