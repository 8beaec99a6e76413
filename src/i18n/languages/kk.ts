// Kazakh: the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Kazakh.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { Calendar } from '../calendar.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Жүктелуде…',
  stale: 'Жаңартылмады: бұрынғы деректер көрсетілген.',
  loadFailed: 'Мазмұнды жүктеу мүмкін болмады.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Валюта бағамдары',
  pause: 'Кідірту',
  up: 'өсу',
  down: 'төмендеу',
  unchanged: 'өзгеріссіз',
};

export const list: ListMessages = {
  retry: 'Қайталау',
  empty: 'Әзірге ештеңе жоқ.',
  previous: 'Алдыңғы',
  next: 'Келесі',
  loadMore: 'Тағы көрсету',
  pagination: 'Беттер',
  page: '{page}-бет',
  range: '{total} нәтиженің {from} - {to} аралығы көрсетілген',
  openRange: 'Нәтижелердің {from} - {to} аралығы көрсетілген',
  all: {
    other: '{count} нәтиже көрсетілген',
  },
};

// One row per list of names, so the calendar reads as a table.
// prettier-ignore
export const calendar: Calendar = {
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
};

export const rates: RatesMessages = {
  cbr: 'Ресей Банкі',
  nbk: 'Қазақстан Ұлттық Банкі',
  asOf: '{date} жағдай бойынша',
  outdated: 'Деректер ескірген',
};

export const table: TableMessages = {
  currency: 'Валюта',
  quantity: 'Бірлік',
  rate: 'Бағам',
  rateIn: 'Бағам ({quote})',
  change: 'Өзгеріс',
  noRates: 'Көрсететін бағамдар жоқ.',
};

export const converter: ConverterMessages = {
  converter: 'Валюта айырбастағыш',
  amount: 'Сома',
  from: 'Қай валютадан',
  to: 'Қай валютаға',
  swap: 'Валюталардың орнын ауыстыру',
  notANumber: 'Сан енгізіңіз, мысалы {example}.',
  noRate: 'Бұл бағамдармен {from} валютасын {to} валютасына айырбастау мүмкін емес.',
  noCurrencies: 'Айырбастайтын валюта жоқ.',
};

export const sparkline: SparklineMessages = {
  trendUp: '{days} ішінде {change} өсті',
  trendDown: '{days} ішінде {change} төмендеді',
  trendFlat: '{days} ішінде өзгеріссіз',
  trendRange: 'ең төменгі {low}, ең жоғары {high}',
  trendDays: { other: '{count} күн' },
  trendNone: 'бағам тарихы әлі жоқ',
};
