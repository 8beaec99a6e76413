import { numberFormat } from './intl-cache.js';

/** An amount larger than this is refused: its conversion would print in scientific notation. */
const LARGEST = 1e15;

/** The symbols `locale` writes numbers with: its decimal mark (`,` in Russian) and its group mark. */
function marks(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale, {}).formatToParts(1234567.5);
  const mark = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { decimal: mark('decimal') || '.', group: mark('group') };
}

/**
 * `1.234,5` → `1234.5` by the locale's marks. A group mark that cannot be one — alone, with no decimal mark,
 * and not before three digits (`2,5`) — is the reader's decimal mark: an English reader may write `2,5`, and
 * Debian's Chromium writes Kazakh numbers the English way, where a Kazakh reader types a comma.
 */
function withPoint(text: string, locale: string): string {
  const { decimal, group } = marks(locale);
  // A locale may have no group mark at all (`''` would split between every character).
  const groups = group ? text.split(group) : [text];
  if (groups.length === 2 && !text.includes(decimal) && !/^\d{3}$/.test(groups[1])) {
    return groups.join('.');
  }
  const plain = /\s/.test(group) ? text : groups.join('');
  return decimal === '.' ? plain : plain.replace(decimal, '.');
}

/**
 * The amount a reader typed, in `locale`'s way: `1 234,5` in Russian, `1,234.5` in English; spaces of any
 * kind and the group mark are ignored, and a point is a decimal mark too where the locale's group mark is
 * not a point (a Russian reader who types `1.5` means one and a half), as is a lone comma in English. Undefined for anything that is not
 * one non-negative number of at most a quadrillion; `''` is undefined too.
 */
export function parseAmount(text: string, locale: string): number | undefined {
  const plain = withPoint(text.replace(/[\s\u00a0\u202f']/g, ''), locale);
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(plain)) return undefined;
  const amount = Number(plain);
  return amount <= LARGEST ? amount : undefined;
}

/** An amount written back for the input, as `locale` writes it, without grouping: `1234,5`; '' for none. */
export function formatAmount(amount: number, locale: string): string {
  // `amount="abc"` on the element is NaN: an empty field, not the letters "NaN".
  if (!Number.isFinite(amount)) return '';
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(amount);
}

/**
 * A sum of money in `currency` for `locale`: `50 510,00 ₸`, `$100.00`; small sums keep three significant
 * digits (`$0.00198`) rather than rounding to nothing, and absurd ones are short (`$1.23E20`). A code that is not ISO 4217 (`USDT`) has no currency
 * format: the number and the code then.
 */
export function formatMoney(value: number, currency: string, locale: string): string {
  const size = Math.abs(value);
  // A hostile feed's 1e308 (or 1e-308) would print 309 digits: scientific notation past these bounds.
  const digits: Intl.NumberFormatOptions =
    size >= LARGEST || (size !== 0 && size < 1e-6)
      ? { notation: 'scientific', maximumSignificantDigits: 3 }
      : size !== 0 && size < 1
        ? { maximumSignificantDigits: 3 }
        : {};
  try {
    return numberFormat(locale, { style: 'currency', currency, ...digits }).format(value);
  } catch {
    return `${numberFormat(locale, { maximumFractionDigits: 2, ...digits }).format(value)} ${currency}`;
  }
}
