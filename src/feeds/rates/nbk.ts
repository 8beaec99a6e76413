import type { XmlAdapter, RateRows } from '../adapter.js';
import { makeRate, textOf, toNumber } from './rate.js';

/**
 * The National Bank of Kazakhstan's rates RSS: each `<item>` holds a code (`title`), the tenge price of
 * `quant` units (`description`) and that price's change in tenge since the previous fix (`change`), which
 * is turned into percent here. An article RSS feed is recognised too, and then holds no rates.
 */
export const nationalBankOfKazakhstan: XmlAdapter<'nbk', RateRows> = {
  format: 'nbk',
  reads: 'xml',
  detect: (xml) => xml.documentElement.localName === 'rss',
  read: (xml) =>
    [...xml.getElementsByTagName('item')].map((item) => {
      const value = toNumber(textOf(item, 'description'));
      const delta = toNumber(textOf(item, 'change'));
      return makeRate(
        textOf(item, 'title'),
        'KZT',
        value,
        (delta / (value - delta)) * 100,
        textOf(item, 'quant') ?? 1,
      );
    }),
};
