import { COMMON, type CommonMessages } from './common.js';
import { wordsFor, type WordTable } from './registry.js';

/**
 * The words only `<nw-rate-ticker>` shows. They are kept apart from the list's because partners load the
 * ticker alone and its bundle has a size budget: it should not carry the news list's sentences.
 */
export interface TickerMessages {
  /** The strip's accessible name. */
  exchangeRates: string;
  /** The pause button's name; the button says whether it is pressed. */
  pause: string;
  /** Spoken after a pair whose rate rose, fell or stayed. */
  up: string;
  down: string;
  unchanged: string;
}

export const TICKER: WordTable<TickerMessages> = {
  en: {
    exchangeRates: 'Exchange rates',
    pause: 'Pause',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
  },
  ru: () => import('./languages/ru.js').then((words) => words.ticker),
  kk: () => import('./languages/kk.js').then((words) => words.ticker),
  uz: () => import('./languages/uz.js').then((words) => words.ticker),
  ky: () => import('./languages/ky.js').then((words) => words.ticker),
  tg: () => import('./languages/tg.js').then((words) => words.ticker),
  tk: () => import('./languages/tk.js').then((words) => words.ticker),
};

/** The tables the ticker's words come from, which it loads before it renders in another language. */
export const TICKER_TABLES = [COMMON, TICKER];

export type TickerWords = CommonMessages & TickerMessages;

/** The ticker's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function tickerMessages(locale: string): TickerWords {
  return { ...wordsFor(locale, COMMON), ...wordsFor(locale, TICKER) };
}
