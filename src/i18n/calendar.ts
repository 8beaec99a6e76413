import type { WordTable } from './registry.js';

type Seven = [string, string, string, string, string, string, string];
type Twelve = [...Seven, string, string, string, string, string];

/**
 * The names and patterns a date needs, for languages whose dates the widgets write themselves. Patterns use
 * CLDR's letters: `d`/`dd` day, `MMMM`/`MMM` month name, `MM` month number, `y` year, `EEEE` weekday, and
 * `'text'` as is.
 */
export interface Calendar {
  /** The script of the names (ISO 15924): a `uz-Cyrl` page is not given Latin ones. */
  script: string;
  /** Month names in the form a date uses (Tajik `7 декабри`, Kyrgyz `7-декабры`), January first. */
  months: Twelve;
  monthsShort: Twelve;
  /** Sunday first, as `Date#getDay` counts. */
  weekdays: Seven;
  /** One pattern per named format: `07 December 2025`, with the weekday, `7 Dec 2025`, `07.12.2025`. */
  long: string;
  full: string;
  medium: string;
  short: string;
}

/**
 * Chromium as Debian builds it has no Kazakh or Uzbek dates (it writes `2025 M12 07`) and none at all for
 * Kyrgyz, Tajik or Turkmen (it writes English), while Firefox has all five: so these languages write their
 * dates from this table in every browser, and read the same everywhere. English and Russian are in every
 * browser's `Intl`. The names agree with CLDR's except where a date takes another form: Kyrgyz writes
 * `2025-жылдын 7-декабры` (the possessive after the year in the genitive) and Tajik `7 декабри 2025` (the
 * izofat), where CLDR has the bare `декабрь` and `Декабр`. The names are in each language's file
 * (`languages/kk.ts`); Russian has none, as `Intl` writes it.
 */
export const CALENDARS: WordTable<{ calendar?: Calendar }> = {
  en: {},
  ru: {},
  kk: () => import('./languages/kk.js').then((words) => ({ calendar: words.calendar })),
  uz: () => import('./languages/uz.js').then((words) => ({ calendar: words.calendar })),
  ky: () => import('./languages/ky.js').then((words) => ({ calendar: words.calendar })),
  tg: () => import('./languages/tg.js').then((words) => ({ calendar: words.calendar })),
  tk: () => import('./languages/tk.js').then((words) => ({ calendar: words.calendar })),
};
