import { makeRate, textOf } from '../rates/rate.js';
import type { SeriesAdapter } from './adapter.js';

const isRatesDay = (data: unknown): data is Document =>
  data instanceof Document && data.documentElement.localName === 'rates';

/**
 * One day of the National Bank of Kazakhstan's rates, `get_rates.cfm?fdate=01.12.2025`: `<rates><date>
 * 01.12.2025</date><item><title>USD</title><description>505.10</description><quant>1</quant>…</item>…`, the
 * tenge price of `quant` units of each currency. The bank publishes one document per day, so a week of
 * history is seven of them, merged.
 */
export const nbkDay: SeriesAdapter<'nbk-day'> = {
  format: 'nbk-day',
  detect: isRatesDay,
  read(data, into) {
    if (!isRatesDay(data)) return;
    const day = textOf(data.documentElement, 'date');
    for (const item of data.getElementsByTagName('item')) {
      into.add(
        day,
        makeRate(
          textOf(item, 'title'),
          'KZT',
          textOf(item, 'description'),
          undefined,
          textOf(item, 'quant') ?? 1,
        ),
      );
    }
  },
};
