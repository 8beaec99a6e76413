import { COMMON, type CommonMessages } from './common.js';
import { fill } from './plural.js';
import { wordsFor, type Language } from './registry.js';
import { TICKER, type TickerMessages } from './ticker.js';

/**
 * The words `<nw-rate-table>` shows besides the ticker's (its caption is the ticker's "Exchange rates", and
 * a change is spoken as the ticker speaks it: up, down, unchanged).
 */
export interface TableMessages {
  /** Column headers, each a sort button. */
  currency: string;
  quantity: string;
  rate: string;
  /** The rate column's header when every rate is in one currency: `Rate ({quote})`. */
  rateIn: string;
  change: string;
  /** The feed holds no pairs that `symbols` asks for. */
  noRates: string;
}

export const TABLE: Record<Language, TableMessages> = {
  en: {
    currency: 'Currency',
    quantity: 'Units',
    rate: 'Rate',
    rateIn: 'Rate ({quote})',
    change: 'Change',
    noRates: 'No rates to show.',
  },
  ru: {
    currency: 'Валюта',
    quantity: 'Единиц',
    rate: 'Курс',
    rateIn: 'Курс ({quote})',
    change: 'Изменение',
    noRates: 'Нет курсов для показа.',
  },
  kk: {
    currency: 'Валюта',
    quantity: 'Бірлік',
    rate: 'Бағам',
    rateIn: 'Бағам ({quote})',
    change: 'Өзгеріс',
    noRates: 'Көрсететін бағамдар жоқ.',
  },
  uz: {
    currency: 'Valyuta',
    quantity: 'Birlik',
    rate: 'Kurs',
    rateIn: 'Kurs ({quote})',
    change: 'O‘zgarish',
    noRates: 'Ko‘rsatiladigan kurslar yo‘q.',
  },
  ky: {
    currency: 'Валюта',
    quantity: 'Бирдик',
    rate: 'Курс',
    rateIn: 'Курс ({quote})',
    change: 'Өзгөрүү',
    noRates: 'Көрсөтүлө турган курстар жок.',
  },
  tg: {
    currency: 'Асъор',
    quantity: 'Воҳид',
    rate: 'Қурб',
    rateIn: 'Қурб ({quote})',
    change: 'Тағйирот',
    noRates: 'Қурбе барои нишон додан нест.',
  },
  tk: {
    currency: 'Walýuta',
    quantity: 'Birlik',
    rate: 'Hümmet',
    rateIn: 'Hümmet ({quote})',
    change: 'Üýtgeýiş',
    noRates: 'Görkezmek üçin hümmet ýok.',
  },
};

export interface TableWords extends CommonMessages, TickerMessages, Omit<TableMessages, 'rateIn'> {
  rateIn: (quote: string) => string;
}

/** The table's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function tableMessages(locale: string): TableWords {
  const words = {
    ...wordsFor(locale, COMMON),
    ...wordsFor(locale, TICKER),
    ...wordsFor(locale, TABLE),
  };
  return { ...words, rateIn: (quote) => fill(words.rateIn, { quote }) };
}
