import { COMMON, type CommonMessages } from './common.js';
import { fill } from './plural.js';
import { RATES_TABLES } from './rates.js';
import { wordsFor, type WordTable } from './registry.js';
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

export const TABLE: WordTable<TableMessages> = {
  en: {
    currency: 'Currency',
    quantity: 'Units',
    rate: 'Rate',
    rateIn: 'Rate ({quote})',
    change: 'Change',
    noRates: 'No rates to show.',
  },
  ru: () => import('./languages/ru.js').then((words) => words.table),
  kk: () => import('./languages/kk.js').then((words) => words.table),
  uz: () => import('./languages/uz.js').then((words) => words.table),
  ky: () => import('./languages/ky.js').then((words) => words.table),
  tg: () => import('./languages/tg.js').then((words) => words.table),
  tk: () => import('./languages/tk.js').then((words) => words.table),
};

/** The tables the table's words come from, which it loads before it renders in another language. */
export const TABLE_TABLES = [COMMON, TICKER, ...RATES_TABLES, TABLE];

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
