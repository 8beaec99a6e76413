// Russian: the widgets' phrases, one export per area (the area's file in src/i18n/ says what each
// phrase is for). A page loads this file only when an element on it speaks Russian.
import type { CommonMessages } from '../common.js';
import type { TickerMessages } from '../ticker.js';
import type { ListMessages } from '../list.js';
import type { RatesMessages } from '../rates.js';
import type { TableMessages } from '../table.js';
import type { ConverterMessages } from '../converter.js';
import type { SparklineMessages } from '../sparkline.js';

export const common: CommonMessages = {
  loading: 'Загрузка…',
  stale: 'Не обновлено: показаны прежние данные.',
  loadFailed: 'Не удалось загрузить содержимое.',
};

export const ticker: TickerMessages = {
  exchangeRates: 'Курсы валют',
  pause: 'Пауза',
  up: 'рост',
  down: 'снижение',
  unchanged: 'без изменений',
};

export const list: ListMessages = {
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
};

export const rates: RatesMessages = {
  cbr: 'Банк России',
  nbk: 'Национальный Банк Казахстана',
  asOf: 'на {date}',
  outdated: 'Данные устарели',
};

export const table: TableMessages = {
  currency: 'Валюта',
  quantity: 'Единиц',
  rate: 'Курс',
  rateIn: 'Курс ({quote})',
  change: 'Изменение',
  noRates: 'Нет курсов для показа.',
};

export const converter: ConverterMessages = {
  converter: 'Конвертер валют',
  amount: 'Сумма',
  from: 'Из',
  to: 'В',
  swap: 'Поменять валюты местами',
  notANumber: 'Введите число, например {example}.',
  noRate: 'По этим курсам нельзя перевести {from} в {to}.',
  noCurrencies: 'Нет валют для пересчёта.',
};

export const sparkline: SparklineMessages = {
  trendUp: 'рост на {change} за {days}',
  trendDown: 'снижение на {change} за {days}',
  trendFlat: 'без изменений за {days}',
  trendRange: 'минимум {low}, максимум {high}',
  trendDays: {
    one: '{count} день',
    few: '{count} дня',
    many: '{count} дней',
    other: '{count} дня',
  },
  trendNone: 'истории курса пока нет',
};
