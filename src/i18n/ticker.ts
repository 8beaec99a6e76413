import { COMMON, type CommonMessages } from './common.js';
import { wordsFor, type Language } from './registry.js';

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

export const TICKER: Record<Language, TickerMessages> = {
  en: {
    exchangeRates: 'Exchange rates',
    pause: 'Pause',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
  },
  ru: {
    exchangeRates: 'Курсы валют',
    pause: 'Пауза',
    up: 'рост',
    down: 'снижение',
    unchanged: 'без изменений',
  },
  kk: {
    exchangeRates: 'Валюта бағамдары',
    pause: 'Кідірту',
    up: 'өсу',
    down: 'төмендеу',
    unchanged: 'өзгеріссіз',
  },
  uz: {
    exchangeRates: 'Valyuta kurslari',
    pause: 'Pauza',
    up: 'o‘sish',
    down: 'pasayish',
    unchanged: 'o‘zgarishsiz',
  },
  ky: {
    exchangeRates: 'Валюта курстары',
    pause: 'Тындыруу',
    up: 'өсүү',
    down: 'төмөндөө',
    unchanged: 'өзгөрүүсүз',
  },
  tg: {
    exchangeRates: 'Қурби асъор',
    pause: 'Таваққуф',
    up: 'афзоиш',
    down: 'коҳиш',
    unchanged: 'бетағйир',
  },
  tk: {
    exchangeRates: 'Walýuta hümmetleri',
    pause: 'Arakesme',
    up: 'ýokarlanma',
    down: 'peselme',
    unchanged: 'üýtgewsiz',
  },
};

export type TickerWords = CommonMessages & TickerMessages;

/** The ticker's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function tickerMessages(locale: string): TickerWords {
  return { ...wordsFor(locale, COMMON), ...wordsFor(locale, TICKER) };
}
