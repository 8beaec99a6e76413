// Currency names and amounts as the rate table and the converter write them (src/format/currency.ts, amount.ts).
import { expect } from '@open-wc/testing';
import { formatAmount, formatMoney, parseAmount } from '../../src/format/amount.js';
import { currencyName } from '../../src/format/currency.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('currency names', () => {
  it('come from Intl.DisplayNames in the locale’s language', () => {
    expect(currencyName('USD', 'en')).to.equal(
      new Intl.DisplayNames('en', { type: 'currency' }).of('USD'),
    );
    expect(currencyName('RUB', 'ru')).to.match(/рубль/i);
  });

  it('are left out where the browser has none in that language, and for codes outside ISO 4217', () => {
    // `zxx` (no linguistic content) resolves to the browser's default language: no name, not an English one.
    expect(currencyName('USD', 'zxx')).to.equal(undefined);
    expect(currencyName('USDT', 'en')).to.equal(undefined);
    expect(currencyName('XYZ', 'en')).to.equal(undefined);
    expect(currencyName('<b>', 'en')).to.equal(undefined);
  });

  it('are never the English name on a page in another language', () => {
    // Engines that list Kazakh or Kyrgyz without names for them (Debian's Chromium) answer in English; others
    // have the language's own name. Either way, no English name in a Kazakh table.
    const english = new Intl.DisplayNames('en', { type: 'currency' }).of('USD');
    for (const locale of ['kk', 'ky', 'tg', 'tk', 'uz', 'ru']) {
      expect(currencyName('USD', locale), locale).not.to.equal(english);
    }
  });
});

describe('amounts', () => {
  it('are read the locale’s way, and a point is a decimal mark where it is no group mark', () => {
    expect(parseAmount('1 234,5', 'ru')).to.equal(1234.5);
    expect(parseAmount('1\u00a0234,5', 'kk')).to.equal(1234.5);
    expect(parseAmount('2.5', 'ru')).to.equal(2.5);
    expect(parseAmount('1,234.5', 'en')).to.equal(1234.5);
    expect(parseAmount('1.234,5', 'de')).to.equal(1234.5);
    expect(parseAmount(',5', 'ru')).to.equal(0.5);
    // A lone group mark that cannot be one is the reader's decimal mark: `2,5` in English, and in Kazakh
    // where the browser writes Kazakh numbers the English way (Debian's Chromium).
    expect(parseAmount('2,5', 'en')).to.equal(2.5);
    expect(parseAmount('1,234', 'en')).to.equal(1234);
    expect(parseAmount('1,234,567', 'en')).to.equal(1234567);
    expect(parseAmount('2,5', 'kk')).to.equal(2.5);
    for (const bad of [
      '',
      ' ',
      'abc',
      '-1',
      '1e3',
      '0x10',
      '1.2.3',
      '1,2,3.4.5',
      '١٢',
      '1e400',
      '9'.repeat(20),
    ])
      expect(parseAmount(bad, 'en'), bad).to.equal(undefined);
  });

  it('are written back without grouping, and NaN as nothing', () => {
    expect(formatAmount(1234.5, 'ru')).to.equal('1234,5');
    expect(formatAmount(Number.NaN, 'en')).to.equal('');
  });

  it('are shown as money, with small and absurd sums kept short', () => {
    expect(plain(formatMoney(1234.5, 'KZT', 'ru'))).to.match(/^1 234,50 (₸|KZT)$/);
    expect(formatMoney(0.001234, 'USD', 'en')).to.equal('$0.00123');
    expect(formatMoney(1e300, 'USD', 'en')).to.equal('$1E300');
    expect(formatMoney(2e-9, 'USD', 'en')).to.equal('$2E-9');
    expect(plain(formatMoney(3, 'USDT', 'en'))).to.equal('3 USDT');
  });
});
