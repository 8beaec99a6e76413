import type { RateAdapter } from '../adapter.js';
import { makeRate, textOf, xmlRates } from './rate.js';

/**
 * The Central Bank of Russia's `ValCurs`: `Nominal` units of `CharCode` cost `Value` roubles (`78,3000`), on
 * the day in its `Date` attribute (`06.12.2025`).
 */
export const centralBankOfRussia: RateAdapter<'cbr'> = {
  format: 'cbr',
  ...xmlRates(
    'ValCurs',
    'Valute',
    (valute) =>
      makeRate(
        textOf(valute, 'CharCode'),
        'RUB',
        textOf(valute, 'Value'),
        undefined,
        textOf(valute, 'Nominal') ?? 1,
      ),
    (valCurs) => valCurs.documentElement.getAttribute('Date'),
  ),
};
