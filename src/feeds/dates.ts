// Dates as real feeds write them. Anything unreadable is undefined, so no element ever shows "Invalid Date".

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

// RFC 822 zone names, the North American ones feeds still use and the European and Russian ones feeds from
// this region write, in hours from UTC. Other names (UT, GMT, Z, a military letter) count as UTC.
const ZONES: Record<string, number> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  AST: -4,
  ADT: -3,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
};

// [day name,] D Mon YY[YY] [HH:MM[:SS]] [zone]. The day name is skipped whatever its language or truth
// ("Вс,", "Lun,", a Monday that was a Sunday); RFC 850's dashes (07-Dec-25) are read like spaces.
const RFC822 =
  /^(?:[^\d\s,]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4}|\d{2})(?!\d)(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;

// ISO 8601 as feeds write it: a space for the T, no seconds, no zone (read as UTC, as feedparser does, so a
// date means the same in every visitor's time zone), an hours-only offset, or the basic form 20251207T140000Z.
const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// RFC 3339 exactly, the form nearly every JSON Feed, Atom and WordPress date takes: ECMAScript defines how
// Date.parse reads it (§21.4.3.2), so the engine's native parser is used, several times faster on a long feed.
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?(?:Z|[+-]\d\d:\d\d)$/;

/** Minutes east of UTC for `+05:00`, `+0500`, `+05`, a zone name, or nothing. */
function offsetMinutes(zone = 'Z'): number {
  if (zone[0] !== '+' && zone[0] !== '-') return (ZONES[zone.toUpperCase()] ?? 0) * 60;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

export function validDate(time: number): Date | undefined {
  // A finite number can still be out of Date's range (±8.64e15 ms), which gives an Invalid Date.
  const date = new Date(time);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

function rfc822(match: RegExpExecArray): Date | undefined {
  const [, day, monthName, yearText, hours = '0', minutes = '0', seconds = '0', zone] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || month % 3) return undefined;
  let year = Number(yearText);
  // RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const time = Date.UTC(year, month / 3, +day, +hours, +minutes, +seconds);
  return validDate(time - offsetMinutes(zone) * 60_000);
}

function iso(match: RegExpExecArray): Date | undefined {
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', zone] =
    match;
  // Milliseconds from however many fraction digits there are (feeds write up to nine).
  const ms = Math.round(Number(`0.${fraction || 0}`) * 1000);
  const time = Date.UTC(+year, +month - 1, +day, +hours, +minutes, +seconds, ms);
  // Date.UTC rolls 2025-13-45 over into 2026; a date that does not round-trip was not a date.
  const date = new Date(time);
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day) return undefined;
  return validDate(time - offsetMinutes(zone) * 60_000);
}

/**
 * A feed's date: ISO 8601 / RFC 3339 (JSON Feed, Atom, WordPress), RFC 822 (RSS), or a number of seconds or
 * milliseconds since 1970 (plain JSON). Anything else, including objects, is undefined.
 */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return validDate(value < 1e11 ? value * 1000 : value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (RFC3339.test(text)) return validDate(Date.parse(text));
  const isoMatch = ISO.exec(text);
  // A bare day is a calendar day, read as UTC midnight like ECMAScript does.
  if (isoMatch) return iso(isoMatch);
  const match = RFC822.exec(text);
  // Other shapes only as the browser reads them, and only with a year in them: engines read "1" as 2001.
  return match ? rfc822(match) : /\d{4}/.test(text) ? validDate(Date.parse(text)) : undefined;
}
