import type { Language } from './registry.js';

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
 * izofat), where CLDR has the bare `декабрь` and `Декабр`.
 */
// One row per list of names, so a language's calendar reads as a table.
// prettier-ignore
export const CALENDARS: Record<Language, { calendar?: Calendar }> = {
  en: {},
  ru: {},
  kk: {
    calendar: {
      script: 'Cyrl',
      months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
      monthsShort: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
      weekdays: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
      // Day, month, year, as Kazakh newspapers date their pages (CLDR's `2025 ж. 7 желтоқсан` is the
      // official form); the seed page is such a newspaper.
      long: 'dd MMMM y',
      full: 'EEEE, dd MMMM y',
      medium: 'd MMM y',
      short: 'dd.MM.y',
    },
  },
  uz: {
    calendar: {
      script: 'Latn',
      months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
      monthsShort: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek'],
      weekdays: ['yakshanba', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba'],
      long: 'd-MMMM, y',
      full: 'EEEE, d-MMMM, y',
      medium: 'd-MMM, y',
      short: 'dd.MM.y',
    },
  },
  ky: {
    calendar: {
      script: 'Cyrl',
      months: ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'],
      monthsShort: ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'],
      weekdays: ['жекшемби', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби'],
      long: "y-'жылдын' d-MMMM",
      full: "y-'жылдын' d-MMMM, EEEE",
      medium: "y-'ж'. d-MMM",
      short: 'dd.MM.y',
    },
  },
  tg: {
    calendar: {
      script: 'Cyrl',
      months: ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'],
      monthsShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
      weekdays: ['якшанбе', 'душанбе', 'сешанбе', 'чоршанбе', 'панҷшанбе', 'ҷумъа', 'шанбе'],
      long: 'dd MMMM y',
      full: 'EEEE, dd MMMM y',
      medium: 'd MMM y',
      short: 'dd.MM.y',
    },
  },
  tk: {
    calendar: {
      script: 'Latn',
      months: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
      monthsShort: ['ýan', 'few', 'mart', 'apr', 'maý', 'iýun', 'iýul', 'awg', 'sen', 'okt', 'noý', 'dek'],
      weekdays: ['ýekşenbe', 'duşenbe', 'sişenbe', 'çarşenbe', 'penşenbe', 'anna', 'şenbe'],
      long: 'dd MMMM y',
      full: 'dd MMMM y EEEE',
      medium: 'd MMM y',
      short: 'dd.MM.y',
    },
  },
};
