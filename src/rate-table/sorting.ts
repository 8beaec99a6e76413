import type { Rate } from '../feeds/types.js';

/** The columns a reader can sort by. */
export type RateTableSort = 'currency' | 'quantity' | 'rate' | 'change';
export type SortOrder = 'ascending' | 'descending';

export const SORTS: readonly RateTableSort[] = ['currency', 'quantity', 'rate', 'change'];

/**
 * The rate as the row shows it: for the quantity the bank quotes (`100 JPY = 52.3 RUB`), without the float
 * noise of the product (0.154977 × 100 = 15.497699999999998), as the ticker's `quantity="published"` does.
 */
export const shownRate = (rate: Rate) => Number((rate.rate * (rate.quantity ?? 1)).toPrecision(12));

/** What a column sorts by; a row without the value (no change in the feed) sorts last either way. */
const KEYS: Record<RateTableSort, (rate: Rate) => number | string | undefined> = {
  currency: (rate) => rate.base,
  quantity: (rate) => rate.quantity ?? 1,
  // By the figure the reader sees, so the column reads in order.
  rate: shownRate,
  change: (rate) => rate.change,
};

/** `rates` ordered by a column (a stable sort: equal rows keep the feed's order); unsorted for none. */
export function sortRates(
  rates: readonly Rate[],
  by: RateTableSort | undefined,
  order: SortOrder,
): readonly Rate[] {
  const key = by && KEYS[by];
  if (!key) return rates;
  const sign = order === 'descending' ? -1 : 1;
  return [...rates].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * (typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number));
  });
}
