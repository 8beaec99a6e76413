// Kyrgyz: the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Kyrgyz.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { Calendar } from '../calendar.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Жүктөлүүдө…',
  stale: 'Жаңыртылган жок: мурунку маалыматтар көрсөтүлүүдө.',
  loadFailed: 'Мазмунду жүктөө мүмкүн болгон жок.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Валюта курстары',
  pause: 'Тындыруу',
  up: 'өсүү',
  down: 'төмөндөө',
  unchanged: 'өзгөрүүсүз',
};

export const list: ListMessages = {
  retry: 'Кайталоо',
  empty: 'Азырынча эч нерсе жок.',
  previous: 'Мурунку',
  next: 'Кийинки',
  loadMore: 'Дагы көрсөтүү',
  pagination: 'Барактар',
  page: '{page}-барак',
  range: 'Натыйжалар {from} - {to}, жалпы {total}',
  openRange: 'Натыйжалар {from} - {to}',
  all: {
    other: '{count} натыйжа көрсөтүлүүдө',
  },
};

// One row per list of names, so the calendar reads as a table.
// prettier-ignore
export const calendar: Calendar = {
  script: 'Cyrl',
  months: ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'],
  monthsShort: ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'],
  weekdays: ['жекшемби', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби'],
  long: "y-'жылдын' d-MMMM",
  full: "y-'жылдын' d-MMMM, EEEE",
  medium: "y-'ж'. d-MMM",
  short: 'dd.MM.y',
};

export const rates: RatesMessages = {
  cbr: 'Россия Банкы',
  nbk: 'Казакстан Улуттук банкы',
  asOf: '{date} абалы боюнча',
  outdated: 'Маалыматтар эскирген',
};

export const table: TableMessages = {
  currency: 'Валюта',
  quantity: 'Бирдик',
  rate: 'Курс',
  rateIn: 'Курс ({quote})',
  change: 'Өзгөрүү',
  noRates: 'Көрсөтүлө турган курстар жок.',
};

export const converter: ConverterMessages = {
  converter: 'Валюта конвертери',
  amount: 'Сумма',
  from: 'Кайсы валютадан',
  to: 'Кайсы валютага',
  swap: 'Валюталардын ордун алмаштыруу',
  notANumber: 'Сан киргизиңиз, мисалы {example}.',
  noRate: 'Бул курстар боюнча {from} валютасын {to} валютасына которуу мүмкүн эмес.',
  noCurrencies: 'Которо турган валюта жок.',
};

export const sparkline: SparklineMessages = {
  trendUp: '{days} ичинде {change} өстү',
  trendDown: '{days} ичинде {change} төмөндөдү',
  trendFlat: '{days} ичинде өзгөрүүсүз',
  trendRange: 'эң төмөн {low}, эң жогору {high}',
  trendDays: { other: '{count} күн' },
  trendNone: 'курстун тарыхы азырынча жок',
};
