import { plurals } from './intl-cache.js';

/**
 * Every word the widgets show that does not come from a feed, in the languages we ship. A locale gets its
 * language's strings (`ru-KZ` → `ru`), else English. Functions take what varies, so each language can
 * order the sentence its own way.
 */
export interface Messages {
  exchangeRates: string;
  pause: string;
  play: string;
  loading: string;
  retry: string;
  /** Shown above data that is older than a refresh that failed. */
  stale: string;
  /** Shown when a feed could not be loaded at all; the technical reason follows it. */
  loadFailed: string;
  empty: string;
  previous: string;
  next: string;
  loadMore: string;
  pagination: string;
  page: (page: number) => string;
  /** `Viewing results 1 - 6 of 50`; `total` is undefined when the feed does not say. */
  viewingResults: (from: number, to: number, total: number | undefined, locale: string) => string;
  up: string;
  down: string;
  unchanged: string;
}

const en: Messages = {
  exchangeRates: 'Exchange rates',
  pause: 'Pause',
  play: 'Play',
  loading: 'Loading…',
  retry: 'Retry',
  stale: 'Could not refresh; showing the last data received.',
  loadFailed: 'This content could not be loaded.',
  empty: 'Nothing here yet.',
  previous: 'Previous',
  next: 'Next',
  loadMore: 'Load more',
  pagination: 'Pages',
  page: (page) => `Page ${page}`,
  viewingResults: (from, to, total, locale) => {
    const noun =
      plurals(locale).select(total ?? to) === 'one' && from === to ? 'result' : 'results';
    return `Viewing ${noun} ${from} - ${to}${total === undefined ? '' : ` of ${total}`}`;
  },
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
};

const ru: Messages = {
  exchangeRates: 'Курсы валют',
  pause: 'Пауза',
  play: 'Продолжить',
  loading: 'Загрузка…',
  retry: 'Повторить',
  stale: 'Не удалось обновить; показаны последние полученные данные.',
  loadFailed: 'Не удалось загрузить содержимое.',
  empty: 'Здесь пока ничего нет.',
  previous: 'Назад',
  next: 'Вперёд',
  loadMore: 'Показать ещё',
  pagination: 'Страницы',
  page: (page) => `Страница ${page}`,
  viewingResults: (from, to, total) =>
    `Показаны результаты ${from} - ${to}${total === undefined ? '' : ` из ${total}`}`,
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
};

const kk: Messages = {
  exchangeRates: 'Валюта бағамдары',
  pause: 'Кідірту',
  play: 'Жалғастыру',
  loading: 'Жүктелуде…',
  retry: 'Қайталау',
  stale: 'Жаңарту мүмкін болмады; соңғы алынған деректер көрсетілген.',
  loadFailed: 'Мазмұнды жүктеу мүмкін болмады.',
  empty: 'Әзірге ештеңе жоқ.',
  previous: 'Алдыңғы',
  next: 'Келесі',
  loadMore: 'Тағы көрсету',
  pagination: 'Беттер',
  page: (page) => `${page}-бет`,
  viewingResults: (from, to, total) =>
    `${total === undefined ? '' : `${total} нәтиженің `}${from} - ${to} аралығы көрсетілген`,
  up: 'өсу',
  down: 'төмендеу',
  unchanged: 'өзгеріссіз',
};

const uz: Messages = {
  exchangeRates: 'Valyuta kurslari',
  pause: 'Pauza',
  play: 'Davom ettirish',
  loading: 'Yuklanmoqda…',
  retry: 'Qayta urinish',
  stale: 'Yangilab bo‘lmadi; oxirgi olingan ma’lumotlar ko‘rsatilmoqda.',
  loadFailed: 'Kontentni yuklab bo‘lmadi.',
  empty: 'Hozircha hech narsa yo‘q.',
  previous: 'Oldingi',
  next: 'Keyingi',
  loadMore: 'Yana ko‘rsatish',
  pagination: 'Sahifalar',
  page: (page) => `${page}-sahifa`,
  viewingResults: (from, to, total) =>
    `Natijalar ${from} - ${to}${total === undefined ? '' : `, jami ${total}`}`,
  up: 'o‘sish',
  down: 'pasayish',
  unchanged: 'o‘zgarishsiz',
};

const BY_LANGUAGE: Record<string, Messages> = { en, ru, kk, uz };

export function messages(locale: string): Messages {
  return BY_LANGUAGE[locale.split('-')[0].toLowerCase()] ?? en;
}
