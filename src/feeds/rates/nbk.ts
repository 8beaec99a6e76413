import type { RateAdapter } from '../adapter.js';
import { makeRate, textOf, toNumber, xmlRates } from './rate.js';

/**
 * The National Bank of Kazakhstan's rates RSS: each `<item>` holds a code (`title`), the tenge price of
 * `quant` units (`description`) and that price's change in tenge since the previous fix (`change`), which
 * is turned into percent here. Every item carries the day of the fix (`pubDate`, `07.12.25`).
 */
export const nationalBankOfKazakhstan: RateAdapter<'nbk'> = {
  format: 'nbk',
  ...xmlRates(
    'rss',
    'item',
    (item) => {
      const value = toNumber(textOf(item, 'description'));
      const delta = toNumber(textOf(item, 'change'));
      return makeRate(
        textOf(item, 'title'),
        'KZT',
        value,
        (delta / (value - delta)) * 100,
        textOf(item, 'quant') ?? 1,
      );
    },
    (rss) => textOf(rss.documentElement, 'pubDate'),
  ),
};
