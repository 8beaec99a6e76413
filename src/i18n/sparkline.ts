import { numberFormat } from '../format/intl-cache.js';
import { plural, type PluralForms } from './plural.js';
import { wordsFor, type WordTable } from './registry.js';

/**
 * The text alternative of a sparkline: `up 1.2% over 30 days, low 0.01121, high 0.01150`. `{change}` is the
 * change from the first day to the last, without a sign (the word says which way); `{days}` is `days` below.
 */
export interface SparklineMessages {
  trendUp: string;
  trendDown: string;
  /** A change that rounds to 0%. */
  trendFlat: string;
  /** Follows the trend after a comma. */
  trendRange: string;
  /** The span of the line: `{count} days`; also the heading of a column of sparklines. */
  trendDays: PluralForms;
  /** A line with fewer than two days: nothing to compare yet. */
  trendNone: string;
}

export const SPARKLINE: WordTable<SparklineMessages> = {
  en: {
    trendUp: 'up {change} over {days}',
    trendDown: 'down {change} over {days}',
    trendFlat: 'unchanged over {days}',
    trendRange: 'low {low}, high {high}',
    trendDays: { one: '{count} day', other: '{count} days' },
    trendNone: 'no rate history yet',
  },
  ru: () => import('./languages/ru.js').then((words) => words.sparkline),
  kk: () => import('./languages/kk.js').then((words) => words.sparkline),
  uz: () => import('./languages/uz.js').then((words) => words.sparkline),
  ky: () => import('./languages/ky.js').then((words) => words.sparkline),
  tg: () => import('./languages/tg.js').then((words) => words.sparkline),
  tk: () => import('./languages/tk.js').then((words) => words.sparkline),
};

/** `30 days` in `locale`'s language: the heading over a column of sparklines of that window. */
export function trendDays(locale: string, days: number): string {
  const count = numberFormat(locale, {}).format(days);
  return plural(locale, days, wordsFor(locale, SPARKLINE).trendDays, count);
}
