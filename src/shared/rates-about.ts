import type { RateSheet } from '../feeds/types.js';
import { formatDate } from '../format/date.js';
import { fill } from '../i18n/plural.js';
import { ratesMessages } from '../i18n/rates.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** What a rate element says about its sheet: who published it and for when, written for `locale`. */
export interface RatesAbout {
  /** The publisher: the name the feed gives itself, else the central bank its format is (`cbr`, `nbk`). */
  publisher?: string;
  /** The visible line: `National Bank of Kazakhstan, 07.12.2025` (either part alone when the other is unknown). */
  readonly line: string;
  /** For an accessible name: `National Bank of Kazakhstan, as of 07 December 2025`. */
  readonly spoken: string;
}

/**
 * The sheet's date as a day to write in the reader's time zone. A bare day arrives as UTC midnight, which
 * west of Greenwich is the evening before: it is written as the day the bank meant. A moment stays a moment.
 */
function shownDay(date: Date): Date {
  return date.getTime() % DAY_MS
    ? date
    : new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * Who published `sheet` and for which day, in `locale`'s words and dates (the day `short` on the visible line,
 * `long` when spoken), so that every rate element says it the same way. An element in another language than
 * English loads `RATES_TABLES` (src/i18n/rates.ts) before it renders; until then the words are English.
 */
export function aboutRates(sheet: RateSheet, locale: string): RatesAbout {
  const words = ratesMessages(locale);
  const { format, date } = sheet;
  const publisher =
    sheet.source ?? (format === 'cbr' || format === 'nbk' ? words[format] : undefined);
  const day = date && shownDay(date);
  const join = (when?: string) => [publisher, when].filter(Boolean).join(', ');
  // Each is written when read: a strip without `show-date` only speaks, and every formatter costs.
  return {
    publisher,
    get line() {
      return join(day && formatDate(day, locale, 'short'));
    },
    get spoken() {
      return join(day && fill(words.asOf, { date: formatDate(day, locale, 'long') }));
    },
  };
}

/**
 * When the sheet's rates pass `hours` of age (measured from the date the feed gives them), in ms since the
 * epoch; undefined when there is no limit or no date. A bank's rates dated tomorrow (the Bank of Russia fixes
 * them a day ahead) are the freshest there are.
 */
export function outdatedFrom(
  sheet: RateSheet | undefined,
  hours: number | undefined,
): number | undefined {
  return sheet?.date && hours && hours > 0 ? sheet.date.getTime() + hours * HOUR_MS : undefined;
}
