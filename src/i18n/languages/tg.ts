// Tajik (Cyrillic script): the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Tajik.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { Calendar } from '../calendar.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Боргирӣ…',
  stale: 'Нав нашуд: маълумоти пешина нишон дода мешавад.',
  loadFailed: 'Мундариҷаро бор кардан нашуд.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Қурби асъор',
  pause: 'Таваққуф',
  up: 'афзоиш',
  down: 'коҳиш',
  unchanged: 'бетағйир',
};

export const list: ListMessages = {
  retry: 'Такрор кардан',
  empty: 'Ҳоло ҳеҷ чиз нест.',
  previous: 'Қаблӣ',
  next: 'Навбатӣ',
  loadMore: 'Боз нишон додан',
  pagination: 'Саҳифаҳо',
  page: 'Саҳифаи {page}',
  range: 'Натиҷаҳои {from} - {to} аз {total}',
  openRange: 'Натиҷаҳои {from} - {to}',
  all: {
    other: '{count} натиҷа нишон дода мешавад',
  },
};

// One row per list of names, so the calendar reads as a table.
// prettier-ignore
export const calendar: Calendar = {
  script: 'Cyrl',
  months: ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'],
  monthsShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  weekdays: ['якшанбе', 'душанбе', 'сешанбе', 'чоршанбе', 'панҷшанбе', 'ҷумъа', 'шанбе'],
  long: 'dd MMMM y',
  full: 'EEEE, dd MMMM y',
  medium: 'd MMM y',
  short: 'dd.MM.y',
};

export const rates: RatesMessages = {
  cbr: 'Бонки Русия',
  nbk: 'Бонки миллии Қазоқистон',
  asOf: 'ба ҳолати {date}',
  outdated: 'Маълумот кӯҳна шудааст',
};

export const table: TableMessages = {
  currency: 'Асъор',
  quantity: 'Воҳид',
  rate: 'Қурб',
  rateIn: 'Қурб ({quote})',
  change: 'Тағйирот',
  noRates: 'Қурбе барои нишон додан нест.',
};

export const converter: ConverterMessages = {
  converter: 'Табдилдиҳандаи асъор',
  amount: 'Маблағ',
  from: 'Аз асъори',
  to: 'Ба асъори',
  swap: 'Ҷойи асъорҳоро иваз кардан',
  notANumber: 'Рақам ворид кунед, масалан {example}.',
  noRate: 'Бо ин қурбҳо {from}-ро ба {to} табдил додан ғайриимкон аст.',
  noCurrencies: 'Асъоре барои табдил нест.',
};

export const sparkline: SparklineMessages = {
  trendUp: 'дар {days} {change} афзоиш',
  trendDown: 'дар {days} {change} коҳиш',
  trendFlat: 'дар {days} бетағйир',
  trendRange: 'камтарин {low}, бештарин {high}',
  trendDays: { other: '{count} рӯз' },
  trendNone: 'таърихи қурб ҳоло нест',
};
