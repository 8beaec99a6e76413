import { wordsFor, type Language } from './registry.js';

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

export const RATES: Record<Language, RatesMessages> = {
  en: {
    cbr: 'Bank of Russia',
    nbk: 'National Bank of Kazakhstan',
    asOf: 'as of {date}',
    outdated: 'Out of date',
  },
  ru: {
    cbr: 'Банк России',
    nbk: 'Национальный Банк Казахстана',
    asOf: 'на {date}',
    outdated: 'Данные устарели',
  },
  kk: {
    cbr: 'Ресей Банкі',
    nbk: 'Қазақстан Ұлттық Банкі',
    asOf: '{date} жағдай бойынша',
    outdated: 'Деректер ескірген',
  },
  uz: {
    cbr: 'Rossiya Banki',
    nbk: 'Qozog‘iston Milliy banki',
    asOf: '{date} holatiga',
    outdated: 'Ma’lumotlar eskirgan',
  },
  ky: {
    cbr: 'Россия Банкы',
    nbk: 'Казакстан Улуттук банкы',
    asOf: '{date} абалы боюнча',
    outdated: 'Маалыматтар эскирген',
  },
  tg: {
    cbr: 'Бонки Русия',
    nbk: 'Бонки миллии Қазоқистон',
    asOf: 'ба ҳолати {date}',
    outdated: 'Маълумот кӯҳна шудааст',
  },
  tk: {
    cbr: 'Russiýanyň Banky',
    nbk: 'Gazagystanyň Milli banky',
    asOf: '{date} ýagdaýyna görä',
    outdated: 'Maglumatlar könelipdir',
  },
};

/** The rate words in `locale`'s language, with what a site registered, else English. */
export const ratesMessages = (locale: string): RatesMessages => wordsFor(locale, RATES);
