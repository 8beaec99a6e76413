import type { Calendar } from './calendar.js';
import type { CommonMessages } from './common.js';
import type { ConverterMessages } from './converter.js';
import type { ListMessages } from './list.js';
import type { RatesMessages } from './rates.js';
import type { SparklineMessages } from './sparkline.js';
import type { TableMessages } from './table.js';
import type { TickerMessages } from './ticker.js';

/**
 * Every phrase the widgets show that does not come from a feed, as `registerMessages` takes them. A
 * `calendar` gives month and day names and date patterns to a language the browser's `Intl` may not know.
 */
export interface Messages
  extends
    CommonMessages,
    TickerMessages,
    ListMessages,
    RatesMessages,
    TableMessages,
    ConverterMessages,
    SparklineMessages {
  calendar: Calendar;
}
