// Turkmen (Latin script): the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Turkmen.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { Calendar } from '../calendar.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Ýüklenýär…',
  stale: 'Täzelenmedi: öňki maglumatlar görkezilýär.',
  loadFailed: 'Mazmuny ýükläp bolmady.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Walýuta hümmetleri',
  pause: 'Arakesme',
  up: 'ýokarlanma',
  down: 'peselme',
  unchanged: 'üýtgewsiz',
};

export const list: ListMessages = {
  retry: 'Gaýtadan synanyş',
  empty: 'Häzirlikçe hiç zat ýok.',
  previous: 'Öňki',
  next: 'Indiki',
  loadMore: 'Ýene görkez',
  pagination: 'Sahypalar',
  page: 'Sahypa {page}',
  range: 'Netijeler {from} - {to}, jemi {total}',
  openRange: 'Netijeler {from} - {to}',
  all: {
    other: '{count} netije görkezilýär',
  },
};

// One row per list of names, so the calendar reads as a table.
// prettier-ignore
export const calendar: Calendar = {
  script: 'Latn',
  months: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
  monthsShort: ['ýan', 'few', 'mart', 'apr', 'maý', 'iýun', 'iýul', 'awg', 'sen', 'okt', 'noý', 'dek'],
  weekdays: ['ýekşenbe', 'duşenbe', 'sişenbe', 'çarşenbe', 'penşenbe', 'anna', 'şenbe'],
  long: 'dd MMMM y',
  full: 'dd MMMM y EEEE',
  medium: 'd MMM y',
  short: 'dd.MM.y',
};

export const rates: RatesMessages = {
  cbr: 'Russiýanyň Banky',
  nbk: 'Gazagystanyň Milli banky',
  asOf: '{date} ýagdaýyna görä',
  outdated: 'Maglumatlar könelipdir',
};

export const table: TableMessages = {
  currency: 'Walýuta',
  quantity: 'Birlik',
  rate: 'Hümmet',
  rateIn: 'Hümmet ({quote})',
  change: 'Üýtgeýiş',
  noRates: 'Görkezmek üçin hümmet ýok.',
};

export const converter: ConverterMessages = {
  converter: 'Walýuta öwrüjisi',
  amount: 'Mukdar',
  from: 'Haýsy walýutadan',
  to: 'Haýsy walýuta',
  swap: 'Walýutalaryň ornuny çalyş',
  notANumber: 'San giriziň, meselem {example}.',
  noRate: 'Bu hümmetler boýunça {from} walýutasyny {to} walýutasyna öwrüp bolmaýar.',
  noCurrencies: 'Öwürmek üçin walýuta ýok.',
};

export const sparkline: SparklineMessages = {
  trendUp: '{days} içinde {change} ýokarlandy',
  trendDown: '{days} içinde {change} peseldi',
  trendFlat: '{days} içinde üýtgewsiz',
  trendRange: 'iň pes {low}, iň ýokary {high}',
  trendDays: { other: '{count} gün' },
  trendNone: 'hümmetiň taryhy entek ýok',
};
