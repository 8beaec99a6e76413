import { numberFormat } from '../format/intl-cache.js';
import { COMMON, type CommonMessages } from './common.js';
import { fill, plural, type PluralForms } from './plural.js';
import { wordsFor, type Language } from './registry.js';

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

export const LIST: Record<Language, ListMessages> = {
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
  ru: {
    retry: 'Повторить',
    empty: 'Здесь пока ничего нет.',
    previous: 'Назад',
    next: 'Вперёд',
    loadMore: 'Показать ещё',
    pagination: 'Страницы',
    page: 'Страница {page}',
    range: 'Показаны результаты {from} - {to} из {total}',
    openRange: 'Показаны результаты {from} - {to}',
    // The verb agrees too: "показан 21 результат", "показаны 2 результата", "показано 5 результатов".
    all: {
      one: 'Показан {count} результат',
      few: 'Показаны {count} результата',
      many: 'Показано {count} результатов',
      other: 'Показано {count} результата',
    },
  },
  kk: {
    retry: 'Қайталау',
    empty: 'Әзірге ештеңе жоқ.',
    previous: 'Алдыңғы',
    next: 'Келесі',
    loadMore: 'Тағы көрсету',
    pagination: 'Беттер',
    page: '{page}-бет',
    range: '{total} нәтиженің {from} - {to} аралығы көрсетілген',
    openRange: 'Нәтижелердің {from} - {to} аралығы көрсетілген',
    all: { other: '{count} нәтиже көрсетілген' },
  },
  uz: {
    retry: 'Qayta urinish',
    empty: 'Hozircha hech narsa yo‘q.',
    previous: 'Oldingi',
    next: 'Keyingi',
    loadMore: 'Yana ko‘rsatish',
    pagination: 'Sahifalar',
    page: '{page}-sahifa',
    range: 'Natijalar {from} - {to}, jami {total}',
    openRange: 'Natijalar {from} - {to}',
    all: { other: '{count} ta natija ko‘rsatilmoqda' },
  },
  ky: {
    retry: 'Кайталоо',
    empty: 'Азырынча эч нерсе жок.',
    previous: 'Мурунку',
    next: 'Кийинки',
    loadMore: 'Дагы көрсөтүү',
    pagination: 'Барактар',
    page: '{page}-барак',
    range: 'Натыйжалар {from} - {to}, жалпы {total}',
    openRange: 'Натыйжалар {from} - {to}',
    all: { other: '{count} натыйжа көрсөтүлүүдө' },
  },
  tg: {
    retry: 'Такрор кардан',
    empty: 'Ҳоло ҳеҷ чиз нест.',
    previous: 'Қаблӣ',
    next: 'Навбатӣ',
    loadMore: 'Боз нишон додан',
    pagination: 'Саҳифаҳо',
    page: 'Саҳифаи {page}',
    range: 'Натиҷаҳои {from} - {to} аз {total}',
    openRange: 'Натиҷаҳои {from} - {to}',
    all: { other: '{count} натиҷа нишон дода мешавад' },
  },
  tk: {
    retry: 'Gaýtadan synanyş',
    empty: 'Häzirlikçe hiç zat ýok.',
    previous: 'Öňki',
    next: 'Indiki',
    loadMore: 'Ýene görkez',
    pagination: 'Sahypalar',
    page: 'Sahypa {page}',
    range: 'Netijeler {from} - {to}, jemi {total}',
    openRange: 'Netijeler {from} - {to}',
    all: { other: '{count} netije görkezilýär' },
  },
};

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
