import { CALENDARS } from './calendar.js';
import { wordsFor, type WordTable } from './registry.js';

/**
 * The words every rate element (ticker, table, converter) says about a sheet of rates: who published it, as
 * of when, and that it is old. Apart from the ticker's own words so that the other rate elements reuse them
 * without carrying the ticker's.
 */
export interface RatesMessages {
  /** The publisher of a `cbr` feed (the Bank of Russia's daily XML), when the feed does not name itself. */
  cbr: string;
  /** The publisher of an `nbk` feed (the National Bank of Kazakhstan's RSS of rates). */
  nbk: string;
  /** The day the rates were fixed for, in an accessible name: `as of {date}` (`07 December 2025`). */
  asOf: string;
  /** Badge for rates older than the element's limit (`stale-after`), shown and spoken. */
  outdated: string;
}

export const RATES: WordTable<RatesMessages> = {
  en: {
    cbr: 'Bank of Russia',
    nbk: 'National Bank of Kazakhstan',
    asOf: 'as of {date}',
    outdated: 'Out of date',
  },
  ru: () => import('./languages/ru.js').then((words) => words.rates),
  kk: () => import('./languages/kk.js').then((words) => words.rates),
  uz: () => import('./languages/uz.js').then((words) => words.rates),
  ky: () => import('./languages/ky.js').then((words) => words.rates),
  tg: () => import('./languages/tg.js').then((words) => words.rates),
  tk: () => import('./languages/tk.js').then((words) => words.rates),
};

/** The tables a rate element loads before it renders in another language: these words, and the calendar
 * that writes the rates' day. */
export const RATES_TABLES = [RATES, CALENDARS];

/** The rate words in `locale`'s language, with what a site registered, else English. */
export const ratesMessages = (locale: string): RatesMessages => wordsFor(locale, RATES);
