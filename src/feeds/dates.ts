// Dates as real feeds write them. Anything unreadable is undefined, so no element ever shows "Invalid Date".

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

// RFC 822 zone names (and the US ones feeds still use), in hours from UTC; unknown names count as UTC.
const ZONES: Record<string, number> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

// [day name,] D Mon YY[YY] [HH:MM[:SS]] [zone]. The day name is skipped whatever its language ("Вс,", "Lun,").
const RFC822 =
  /^(?:[^\d\s,]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4}|\d{2})(?!\d)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;

// ISO 8601 as feeds write it: a space instead of T is common, and so are missing seconds.
const ISO =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const OFFSET = /^[+-]\d{4}$/;

function valid(time: number): Date | undefined {
  // A finite number can still be out of Date's range (±8.64e15 ms), which gives an Invalid Date.
  const date = new Date(time);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

function rfc822(match: RegExpExecArray): Date | undefined {
  const [, day, monthName, yearText, hours = '0', minutes = '0', seconds = '0', zone = 'Z'] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || month % 3) return undefined;
  let year = Number(yearText);
  // RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  let offset = 0;
  if (/^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    offset =
      (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3)));
  } else {
    offset = (ZONES[zone.toUpperCase()] ?? 0) * 60;
  }
  const time = Date.UTC(
    year,
    month / 3,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
  );
  return valid(time - offset * 60_000);
}

/**
 * A feed's date: ISO 8601 / RFC 3339 (JSON Feed, Atom, WordPress), RFC 822 (RSS), or a number of seconds or
 * milliseconds since 1970 (plain JSON). Anything else, including objects, is undefined.
 */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return valid(value < 1e11 ? value * 1000 : value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (ISO.test(text)) {
    const date = text.replace(' ', 'T').replace(',', '.');
    // A bare day is a calendar day, read as UTC midnight like ECMAScript does.
    return valid(
      // An offset without its colon (+0500) is the last five characters; testing only those is cheaper than
      // an unanchored search over the whole string on every item of a long feed.
      Date.parse(OFFSET.test(date.slice(-5)) ? `${date.slice(0, -2)}:${date.slice(-2)}` : date),
    );
  }
  const match = RFC822.exec(text);
  // Other shapes only as the browser reads them, and only with a year in them: engines read "1" as 2001.
  return match ? rfc822(match) : /\d{4}/.test(text) ? valid(Date.parse(text)) : undefined;
}
