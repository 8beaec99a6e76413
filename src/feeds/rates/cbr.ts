import type { XmlAdapter, RateRows } from '../adapter.js';
import { makeRate, textOf } from './rate.js';

/** The Central Bank of Russia's `ValCurs`: `Nominal` units of `CharCode` cost `Value` roubles (`78,3000`). */
export const centralBankOfRussia: XmlAdapter<'cbr', RateRows> = {
  format: 'cbr',
  reads: 'xml',
  detect: (xml) => xml.documentElement.localName === 'ValCurs',
  read: (xml) =>
    [...xml.getElementsByTagName('Valute')].map((valute) =>
      makeRate(
        textOf(valute, 'CharCode'),
        'RUB',
        textOf(valute, 'Value'),
        undefined,
        textOf(valute, 'Nominal') ?? 1,
      ),
    ),
};
