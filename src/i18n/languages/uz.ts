// Uzbek (Latin script): the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Uzbek.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { Calendar } from '../calendar.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Yuklanmoqda…',
  stale: 'Yangilanmadi: avvalgi ma’lumotlar ko‘rsatilmoqda.',
  loadFailed: 'Kontentni yuklab bo‘lmadi.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Valyuta kurslari',
  pause: 'Pauza',
  up: 'o‘sish',
  down: 'pasayish',
  unchanged: 'o‘zgarishsiz',
};

export const list: ListMessages = {
  retry: 'Qayta urinish',
  empty: 'Hozircha hech narsa yo‘q.',
  previous: 'Oldingi',
  next: 'Keyingi',
  loadMore: 'Yana ko‘rsatish',
  pagination: 'Sahifalar',
  page: '{page}-sahifa',
  range: 'Natijalar {from} - {to}, jami {total}',
  openRange: 'Natijalar {from} - {to}',
  all: {
    other: '{count} ta natija ko‘rsatilmoqda',
  },
};

// One row per list of names, so the calendar reads as a table.
// prettier-ignore
export const calendar: Calendar = {
  script: 'Latn',
  months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
  monthsShort: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek'],
  weekdays: ['yakshanba', 'dushanba', 'seshanba', 'chorshanba', 'payshanba', 'juma', 'shanba'],
  long: 'd-MMMM, y',
  full: 'EEEE, d-MMMM, y',
  medium: 'd-MMM, y',
  short: 'dd.MM.y',
};

export const rates: RatesMessages = {
  cbr: 'Rossiya Banki',
  nbk: 'Qozog‘iston Milliy banki',
  asOf: '{date} holatiga',
  outdated: 'Ma’lumotlar eskirgan',
};

export const table: TableMessages = {
  currency: 'Valyuta',
  quantity: 'Birlik',
  rate: 'Kurs',
  rateIn: 'Kurs ({quote})',
  change: 'O‘zgarish',
  noRates: 'Ko‘rsatiladigan kurslar yo‘q.',
};

export const converter: ConverterMessages = {
  converter: 'Valyuta konvertori',
  amount: 'Miqdor',
  from: 'Qaysi valyutadan',
  to: 'Qaysi valyutaga',
  swap: 'Valyutalar o‘rnini almashtirish',
  notANumber: 'Son kiriting, masalan {example}.',
  noRate: 'Bu kurslar bo‘yicha {from}ni {to}ga almashtirib bo‘lmaydi.',
  noCurrencies: 'Almashtirish uchun valyuta yo‘q.',
};

export const sparkline: SparklineMessages = {
  trendUp: '{days} ichida {change} ga oshdi',
  trendDown: '{days} ichida {change} ga pasaydi',
  trendFlat: '{days} ichida o‘zgarishsiz',
  trendRange: 'eng past {low}, eng yuqori {high}',
  trendDays: { other: '{count} kun' },
  trendNone: 'kurs tarixi hali yo‘q',
};
