import type { Rate } from '../types.js';
import { isRate, makeRate, toNumber } from './rate.js';

const text = (parent: Element, name: string) =>
  parent.getElementsByTagName(name)[0]?.textContent ?? undefined;

/**
 * The National Bank of Kazakhstan's rates RSS: each `<item>` holds a code (`title`), the tenge price of
 * `quant` units (`description`) and that price's change in tenge since the previous fix (`change`), which
 * is turned into percent here.
 */
function fromNationalBankOfKazakhstan(doc: Document): (Rate | undefined)[] {
  return [...doc.getElementsByTagName('item')].map((item) => {
    const value = toNumber(text(item, 'description'));
    const delta = toNumber(text(item, 'change'));
    return makeRate(
      text(item, 'title'),
      'KZT',
      value,
      (delta / (value - delta)) * 100,
      text(item, 'quant') ?? 1,
    );
  });
}

/** The Central Bank of Russia's `ValCurs`: `Nominal` units of `CharCode` cost `Value` roubles (`78,3000`). */
function fromCentralBankOfRussia(doc: Document): (Rate | undefined)[] {
  return [...doc.getElementsByTagName('Valute')].map((valute) =>
    makeRate(
      text(valute, 'CharCode'),
      'RUB',
      text(valute, 'Value'),
      undefined,
      text(valute, 'Nominal') ?? 1,
    ),
  );
}

/** Rates from a central bank's XML; rows that cannot be rates are left out. */
export function ratesFromXml(doc: Document): Rate[] {
  const root = doc.documentElement?.localName;
  const rates =
    root === 'ValCurs'
      ? fromCentralBankOfRussia(doc)
      : root === 'rss'
        ? fromNationalBankOfKazakhstan(doc)
        : [];
  return rates.filter(isRate);
}
