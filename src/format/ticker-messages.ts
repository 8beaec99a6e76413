/**
 * The strings `<nw-rate-ticker>` shows, kept apart from the rest (src/format/messages.ts spreads them into
 * its tables) because partners load the ticker alone and its bundle has a size budget: it should not
 * carry the news list's sentences in four languages.
 */
export interface TickerMessages {
  exchangeRates: string;
  pause: string;
  loading: string;
  /** Shown above data that is older than a refresh that failed. */
  stale: string;
  /** Shown when a feed could not be loaded at all; the technical reason follows it. */
  loadFailed: string;
  up: string;
  down: string;
  unchanged: string;
}

export const TICKER_MESSAGES: Record<'en' | 'ru' | 'kk' | 'uz', TickerMessages> = {
  en: {
    exchangeRates: 'Exchange rates',
    pause: 'Pause',
    loading: 'Loading…',
    stale: 'Not updated: showing earlier data.',
    loadFailed: 'This content could not be loaded.',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
  },
  ru: {
    exchangeRates: 'Курсы валют',
    pause: 'Пауза',
    loading: 'Загрузка…',
    stale: 'Не обновлено: показаны прежние данные.',
    loadFailed: 'Не удалось загрузить содержимое.',
    up: 'рост',
    down: 'снижение',
    unchanged: 'без изменений',
  },
  kk: {
    exchangeRates: 'Валюта бағамдары',
    pause: 'Кідірту',
    loading: 'Жүктелуде…',
    stale: 'Жаңартылмады: бұрынғы деректер көрсетілген.',
    loadFailed: 'Мазмұнды жүктеу мүмкін болмады.',
    up: 'өсу',
    down: 'төмендеу',
    unchanged: 'өзгеріссіз',
  },
  uz: {
    exchangeRates: 'Valyuta kurslari',
    pause: 'Pauza',
    loading: 'Yuklanmoqda…',
    stale: 'Yangilanmadi: avvalgi ma’lumotlar ko‘rsatilmoqda.',
    loadFailed: 'Kontentni yuklab bo‘lmadi.',
    up: 'o‘sish',
    down: 'pasayish',
    unchanged: 'o‘zgarishsiz',
  },
};

/** The ticker's strings in `locale`'s language (`ru-KZ` → `ru`), else English. */
export function tickerMessages(locale: string): TickerMessages {
  return (
    TICKER_MESSAGES[locale.split('-')[0].toLowerCase() as keyof typeof TICKER_MESSAGES] ??
    TICKER_MESSAGES.en
  );
}
