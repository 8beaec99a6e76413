import { numberFormat, plurals } from './intl-cache.js';
import { TICKER_MESSAGES, type TickerMessages } from './ticker-messages.js';

/**
 * Every word the widgets show that does not come from a feed, in the languages we ship. A locale gets its
 * language's strings (`ru-KZ` → `ru`), else English. Functions take what varies, so each language can
 * order the sentence its own way.
 */
export interface Messages extends TickerMessages {
  play: string;
  retry: string;
  empty: string;
  previous: string;
  next: string;
  loadMore: string;
  pagination: string;
  page: (page: number) => string;
  /** `Viewing results 1 - 6 of 50`; `total` is undefined when the feed does not say. */
  viewingResults: (from: number, to: number, total: number | undefined, locale: string) => string;
}

/** A count as the language writes it: `10,000` in English, `10 000` in Russian. */
const n = (value: number, locale: string) => numberFormat(locale, {}).format(value);

const en: Messages = {
  ...TICKER_MESSAGES.en,
  play: 'Play',
  retry: 'Retry',
  empty: 'Nothing here yet.',
  previous: 'Previous',
  next: 'Next',
  loadMore: 'Load more',
  pagination: 'Pages',
  page: (page) => `Page ${page}`,
  viewingResults: (from, to, total, locale) => {
    const noun =
      plurals(locale).select(total ?? to) === 'one' && from === to ? 'result' : 'results';
    return `Viewing ${noun} ${n(from, locale)} - ${n(to, locale)}${total === undefined ? '' : ` of ${n(total, locale)}`}`;
  },
};

const ru: Messages = {
  ...TICKER_MESSAGES.ru,
  play: 'Продолжить',
  retry: 'Повторить',
  empty: 'Здесь пока ничего нет.',
  previous: 'Назад',
  next: 'Вперёд',
  loadMore: 'Показать ещё',
  pagination: 'Страницы',
  page: (page) => `Страница ${page}`,
  viewingResults: (from, to, total, locale) =>
    `Показаны результаты ${n(from, locale)} - ${n(to, locale)}${total === undefined ? '' : ` из ${n(total, locale)}`}`,
};

const kk: Messages = {
  ...TICKER_MESSAGES.kk,
  play: 'Жалғастыру',
  retry: 'Қайталау',
  empty: 'Әзірге ештеңе жоқ.',
  previous: 'Алдыңғы',
  next: 'Келесі',
  loadMore: 'Тағы көрсету',
  pagination: 'Беттер',
  page: (page) => `${page}-бет`,
  viewingResults: (from, to, total, locale) =>
    `${total === undefined ? '' : `${n(total, locale)} нәтиженің `}${n(from, locale)} - ${n(to, locale)} аралығы көрсетілген`,
};

const uz: Messages = {
  ...TICKER_MESSAGES.uz,
  play: 'Davom ettirish',
  retry: 'Qayta urinish',
  empty: 'Hozircha hech narsa yo‘q.',
  previous: 'Oldingi',
  next: 'Keyingi',
  loadMore: 'Yana ko‘rsatish',
  pagination: 'Sahifalar',
  page: (page) => `${page}-sahifa`,
  viewingResults: (from, to, total, locale) =>
    `Natijalar ${n(from, locale)} - ${n(to, locale)}${total === undefined ? '' : `, jami ${n(total, locale)}`}`,
};

const BY_LANGUAGE: Record<string, Messages> = { en, ru, kk, uz };

export function messages(locale: string): Messages {
  return BY_LANGUAGE[locale.split('-')[0].toLowerCase()] ?? en;
}
