import { CALENDARS, type Calendar } from '../i18n/calendar.js';
import { wordsFor } from '../i18n/registry.js';
import { dateFormat } from './intl-cache.js';

/** Named date styles a webmaster can put in a `format` attribute; `long` is the default. */
// Spelled out (not derived from a list) so the element manifest can offer the values as choices.
export type DateFormatName = 'long' | 'full' | 'medium' | 'short' | 'iso';

const NAMED_FORMATS: readonly DateFormatName[] = ['long', 'full', 'medium', 'short'];

export function isDateFormatName(value: string): value is DateFormatName {
  return value === 'iso' || (NAMED_FORMATS as readonly string[]).includes(value);
}

/**
 * A date as `locale` writes it, in one of the named styles:
 * - `long`: the seed page's `07 December 2025`; the day has two digits where it comes before the month
 *   (`07 декабря 2025 г.`), not where the month leads (en-US `December 7, 2025`);
 * - `full`: `long` with the weekday; `medium`: `7 Dec 2025`; `short`: `07/12/2025`; `iso`: `2025-12-07`.
 *
 * The languages the widgets ship whose dates browsers disagree on (Kazakh, Uzbek, Kyrgyz, Tajik, Turkmen)
 * are written from the library's own calendar (src/i18n/calendar.ts), as is any language a site registered
 * a calendar for. Every other language goes to `Intl`; where `Intl` has no names for it, the date is written
 * as `2025-12-07`, which every reader can read, rather than Intl's root-locale `2025 M12 07` or English.
 */
export function formatDate(date: Date, locale: string, format: DateFormatName = 'long'): string {
  if (format === 'iso') return isoDay(date);
  const calendar = calendarFor(locale);
  if (calendar) return fromPattern(date, calendar[format], calendar);
  if (!intlSpeaks(locale)) return isoDay(date);
  return dateFormat(locale, intlOptions(locale, format)).format(date);
}

/**
 * Builds the formatters `formatDate` needs for `locale` ahead of time. The first Intl formatter of a page
 * loads locale data (tens of ms); an element calls this while its feed is in flight, so that cost is not paid
 * between the response and the first paint.
 */
export function warmDates(locale: string): void {
  formatDate(new Date(2025, 11, 7), locale);
}

/** `YYYY-MM-DD` of the local calendar day, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Parsing a tag, probing Intl and reading its pattern each cost more than formatting one date; a list formats
// a dozen dates per render in one locale, so each answer is kept per locale.
const scripts = new Map<string, string | undefined>();
const speaks = new Map<string, boolean>();
const dayFirst = new Map<string, boolean>();

function remember<T>(cache: Map<string, T>, locale: string, compute: () => T): T {
  if (!cache.has(locale)) cache.set(locale, compute());
  return cache.get(locale) as T;
}

/** The calendar registered or carried for the most specific tag of `locale`, if its script fits. */
function calendarFor(locale: string): Calendar | undefined {
  const { calendar } = wordsFor(locale, CALENDARS);
  if (!calendar) return undefined;
  const script = remember(scripts, locale, () => new Intl.Locale(locale).script);
  return !script || script === calendar.script ? calendar : undefined;
}

// CLDR's pattern letters, longest first, and quoted text.
const PATTERN_PARTS = /'([^']*)'|EEEE|MMMM|MMM|MM|dd|d|y/g;

const FIELDS: Record<string, (date: Date, calendar: Calendar) => string | number> = {
  EEEE: (date, calendar) => calendar.weekdays[date.getDay()],
  MMMM: (date, calendar) => calendar.months[date.getMonth()],
  MMM: (date, calendar) => calendar.monthsShort[date.getMonth()],
  MM: (date) => pad(date.getMonth() + 1),
  dd: (date) => pad(date.getDate()),
  d: (date) => date.getDate(),
  y: (date) => date.getFullYear(),
};

function fromPattern(date: Date, pattern: string, calendar: Calendar): string {
  return pattern.replace(PATTERN_PARTS, (part, text: string | undefined) =>
    String(text ?? FIELDS[part](date, calendar)),
  );
}

/**
 * Whether `Intl` has month names for `locale`. A build without a language's data still accepts the tag, then
 * either resolves it to another language (Chromium: `ky` → `en-US`) or keeps it and writes the root
 * locale's `M12` (Chromium: `kk`, `uz`).
 */
export function intlSpeaks(locale: string): boolean {
  return remember(speaks, locale, () => {
    const format = dateFormat(locale, { day: 'numeric', month: 'long' });
    const month = format.formatToParts(new Date(2025, 11, 7)).find((p) => p.type === 'month');
    return hasMonthNames(locale, format.resolvedOptions().locale, month?.value);
  });
}

/** The test `intlSpeaks` applies to what Intl answered, apart so that a build's answers can be replayed. */
export function hasMonthNames(
  requested: string,
  resolved: string,
  month: string | undefined,
): boolean {
  const language = (tag: string) => tag.split('-')[0].toLowerCase();
  return language(resolved) === language(requested) && !!month && !/\d/.test(month);
}

function intlOptions(
  locale: string,
  format: Exclude<DateFormatName, 'iso'>,
): Intl.DateTimeFormatOptions {
  if (format === 'medium') return { day: 'numeric', month: 'short', year: 'numeric' };
  if (format === 'short') return { day: '2-digit', month: '2-digit', year: 'numeric' };
  const day = dayComesFirst(locale) ? '2-digit' : 'numeric';
  const long = { day, month: 'long', year: 'numeric' } as const;
  return format === 'full' ? { weekday: 'long', ...long } : long;
}

function dayComesFirst(locale: string): boolean {
  return remember(dayFirst, locale, () => {
    const types = dateFormat(locale, { day: 'numeric', month: 'long' })
      .formatToParts(new Date(2025, 11, 7))
      .map((part) => part.type);
    return types.indexOf('day') < types.indexOf('month');
  });
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
