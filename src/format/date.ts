import { dateFormat } from './intl-cache.js';

/** Named date styles a webmaster can put in a `format` attribute. */
export const DATE_FORMATS = {
  /** `07 December 2025` — the seed page's dateline. */
  long: { day: '2-digit', month: 'long', year: 'numeric' },
  /** `Sunday, 07 December 2025` */
  full: { weekday: 'long', day: '2-digit', month: 'long', year: 'numeric' },
  /** `7 Dec 2025` */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  /** `07/12/2025` */
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormatName = keyof typeof DATE_FORMATS | 'iso';

export function isDateFormatName(value: string): value is DateFormatName {
  return value === 'iso' || Object.hasOwn(DATE_FORMATS, value);
}

export function formatDate(date: Date, locale: string, format: DateFormatName = 'long'): string {
  if (format === 'iso') return isoDay(date);
  return dateFormat(locale, DATE_FORMATS[format]).format(date);
}

const hasMonthNames = new Map<string, boolean>();

/**
 * A date in the card's language. Some builds of Chromium ship without month names for a few languages
 * (Debian's ICU lacks Kazakh and Uzbek ones) yet still claim to support them; Intl then quietly falls back to
 * its root locale, whose "long" form reads `2025 M12 07`. A numeric day is clear in every locale, so that is
 * shown instead. The probe runs once per locale.
 */
export function readableDate(date: Date, locale: string): string {
  let named = hasMonthNames.get(locale);
  if (named === undefined) {
    const month = dateFormat(locale, { month: 'long' })
      .formatToParts(new Date(2025, 11, 7))
      .find((part) => part.type === 'month')?.value;
    named = !!month && !/\d/.test(month);
    hasMonthNames.set(locale, named);
  }
  return formatDate(date, locale, named ? 'long' : 'short');
}

/**
 * Builds the formatters `readableDate` needs for `locale` ahead of time. The first Intl formatter of a page
 * loads locale data (tens of ms); an element calls this while its feed is in flight, so that cost is not paid
 * between the response and the first paint.
 */
export function warmDates(locale: string): void {
  readableDate(new Date(2025, 11, 7), locale);
}

/** `YYYY-MM-DD` of the local calendar day, for `<time datetime>`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date a webmaster typed into an attribute. `new Date('2025-12-07')` means midnight UTC, which is
 * the 6th anywhere west of Greenwich, so a bare calendar day is read as a local day instead.
 */
export function parseDateAttribute(value: string): Date | undefined {
  const trimmed = value.trim();
  const dayOnly = DATE_ONLY.exec(trimmed);
  const date = dayOnly
    ? new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3]))
    : new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
