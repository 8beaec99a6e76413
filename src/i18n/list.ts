import { numberFormat } from '../format/intl-cache.js';
import { CALENDARS } from './calendar.js';
import { COMMON, type CommonMessages } from './common.js';
import { fill, plural, type PluralForms } from './plural.js';
import { wordsFor, type WordTable } from './registry.js';

/** The words `<nw-news-list>` shows. `{name}` slots take numbers written the language's way. */
export interface ListMessages {
  retry: string;
  /** A feed that holds no articles. */
  empty: string;
  previous: string;
  next: string;
  loadMore: string;
  /** Accessible name of the page bar. */
  pagination: string;
  /** Accessible name of a page button: `Page {page}`. */
  page: string;
  /** The header while paging: `Viewing results {from} - {to} of {total}`. */
  range: string;
  /** The same when the feed does not say how many there are: `Viewing results {from} - {to}`. */
  openRange: string;
  /** The header when every result is on screen: `Viewing {count} results`. */
  all: PluralForms;
}

export const LIST: WordTable<ListMessages> = {
  en: {
    retry: 'Retry',
    empty: 'Nothing here yet.',
    previous: 'Previous',
    next: 'Next',
    loadMore: 'Load more',
    pagination: 'Pages',
    page: 'Page {page}',
    range: 'Viewing results {from} - {to} of {total}',
    openRange: 'Viewing results {from} - {to}',
    all: { one: 'Viewing {count} result', other: 'Viewing {count} results' },
  },
  ru: () => import('./languages/ru.js').then((words) => words.list),
  kk: () => import('./languages/kk.js').then((words) => words.list),
  uz: () => import('./languages/uz.js').then((words) => words.list),
  ky: () => import('./languages/ky.js').then((words) => words.list),
  tg: () => import('./languages/tg.js').then((words) => words.list),
  tk: () => import('./languages/tk.js').then((words) => words.list),
};

/** The tables the list's words and its cards' dates come from, loaded before it renders in another language. */
export const LIST_TABLES = [COMMON, LIST, CALENDARS];

/** The list's words for one locale, with its two sentences that take numbers. */
export interface ListWords extends CommonMessages, Omit<ListMessages, 'page'> {
  page: (page: number) => string;
  /** The header: every result, a range of a known total, or a range of an unknown one. */
  viewingResults: (from: number, to: number, total: number | undefined) => string;
}

/** The list's words in `locale`'s language (`ru-KZ` → `ru`), with what a site registered, else English. */
export function listMessages(locale: string): ListWords {
  const words = { ...wordsFor(locale, COMMON), ...wordsFor(locale, LIST) };
  // A count as the language writes it: `10,000` in English, `10 000` in Russian.
  const n = (value: number) => numberFormat(locale, {}).format(value);
  return {
    ...words,
    page: (page) => fill(words.page, { page: n(page) }),
    viewingResults: (from, to, total) =>
      total !== undefined && from === 1 && to === total
        ? plural(locale, total, words.all, n(total))
        : fill(total === undefined ? words.openRange : words.range, {
            from: n(from),
            to: n(to),
            total: total === undefined ? '' : n(total),
          }),
  };
}
