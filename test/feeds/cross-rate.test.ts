// The one place rates are worked out across pairs (src/feeds/rates/cross.ts): the converter, the table's and
// the ticker's `symbols` all ask it.
import { expect } from '@open-wc/testing';
import { convert, crossRate, currenciesOf } from '../../src/feeds/rates/cross.js';
import { parseRateFeed } from '../../src/feeds/rates/parse.js';
import { pickRates } from '../../src/feeds/rates/symbols.js';
import type { Rate } from '../../src/feeds/types.js';
import { fetchFeed } from '../../src/feeds/fetch.js';
import '../support/server.js';

const FIXTURES = '/test/fixtures/rates';
// The real fixtures over the test server, read as the elements read them.
const sheetOf = async (file: string) =>
  parseRateFeed(await fetchFeed(`${FIXTURES}/${file}`, new AbortController().signal));

describe('cross rates', () => {
  it('converts tenge to dollars through the rouble from the Bank of Russia’s sheet', async () => {
    const { rates } = await sheetOf('cbr.xml');
    // 100 KZT = 15.4977 RUB, 1 USD = 78.3 RUB: 1 KZT = 0.154977 / 78.3 USD.
    const kztUsd = crossRate(rates, 'KZT', 'USD')!;
    expect(kztUsd.rate).to.be.closeTo(0.154977 / 78.3, 1e-15);
    expect(kztUsd.quantity).to.equal(undefined);
    expect(convert(rates, 10000, 'KZT', 'USD')).to.be.closeTo((10000 * 0.154977) / 78.3, 1e-9);
    expect(convert(rates, 1, 'USD', 'RUB')).to.equal(78.3);
    expect(convert(rates, 5, 'RUB', 'RUB')).to.equal(5);
    expect(currenciesOf(rates)).to.have.members(['USD', 'KZT', 'KGS', 'RUB']);
  });

  it('gives a held pair as the feed has it, with its quantity, and inverts the others', async () => {
    const { rates } = await sheetOf('nbk.rss');
    const held = crossRate(rates, 'UZS', 'KZT')!;
    expect(held).to.equal(rates.find((rate) => rate.base === 'UZS'));
    expect(held.quantity).to.equal(100);
    expect(crossRate(rates, 'KZT', 'USD')!.rate).to.equal(1 / 505.1);
  });

  it('crosses base-plus-map feeds between two quotes (Frankfurter: KZT → UZS through USD)', async () => {
    const { rates } = await sheetOf('frankfurter.json');
    expect(crossRate(rates, 'KZT', 'UZS')!.rate).to.be.closeTo(12500 / 505.1, 1e-9);
  });

  it('compounds the changes along the way, and drops the change when a leg has none', () => {
    const rates: Rate[] = [
      { base: 'USD', quote: 'RUB', rate: 80, change: 1 },
      { base: 'KZT', quote: 'RUB', rate: 0.16, change: -1 },
      { base: 'KGS', quote: 'RUB', rate: 0.9 },
    ];
    const kztUsd = crossRate(rates, 'KZT', 'USD')!;
    expect(kztUsd.rate).to.be.closeTo(0.002, 1e-15);
    // KZT/USD moves by 0.99 / 1.01: down about 1.98 %.
    expect(kztUsd.change).to.be.closeTo((0.99 / 1.01 - 1) * 100, 1e-9);
    expect(crossRate(rates, 'KGS', 'USD')!.change).to.equal(undefined);
  });

  it('takes the fewest legs, through any currency, in a feed of mixed pairs', () => {
    const rates: Rate[] = [
      { base: 'AAA', quote: 'BBB', rate: 2 },
      { base: 'BBB', quote: 'CCC', rate: 3 },
      { base: 'CCC', quote: 'DDD', rate: 5 },
      { base: 'AAA', quote: 'DDD', rate: 29 },
      { base: 'XXX', quote: 'YYY', rate: 7 },
    ];
    expect(crossRate(rates, 'AAA', 'CCC')!.rate).to.equal(6);
    expect(crossRate(rates, 'DDD', 'AAA')!.rate).to.equal(1 / 29);
    // Two legs either way (through AAA or CCC): the pair the feed lists first leads.
    expect(crossRate(rates, 'BBB', 'DDD')!.rate).to.equal(29 / 2);
    // Two islands: nothing joins them.
    expect(crossRate(rates, 'AAA', 'XXX')).to.equal(undefined);
    expect(convert(rates, 1, 'AAA', 'ZZZ')).to.equal(undefined);
    expect(convert(rates, 1, 'ZZZ', 'ZZZ')).to.equal(undefined);
    expect(crossRate(rates, 'AAA', 'AAA')).to.equal(undefined);
  });

  it('refuses a cross that overflows, rather than showing Infinity', () => {
    const rates: Rate[] = [
      { base: 'AAA', quote: 'BBB', rate: 1e300 },
      { base: 'BBB', quote: 'CCC', rate: 1e300 },
    ];
    expect(crossRate(rates, 'AAA', 'CCC')).to.equal(undefined);
    expect(crossRate(rates, 'CCC', 'AAA')).to.equal(undefined);
  });

  it('prices every pair of a thousand-currency sheet', () => {
    const rates: Rate[] = Array.from({ length: 1000 }, (_, i) => ({
      base: `C${String(i).padStart(3, '0')}`,
      quote: 'USD',
      rate: i + 1,
    }));
    expect(currenciesOf(rates)).to.have.length(1001);
    expect(crossRate(rates, 'C999', 'C000')!.rate).to.equal(1000);
    expect(pickRates(rates, 'C001/C003,USD/C999', () => {}).map((r) => r.rate)).to.deep.equal([
      2 / 4,
      1 / 1000,
    ]);
  });

  it('lets symbols pick crosses, and still names a pair the feed cannot give', async () => {
    const { rates } = await sheetOf('cbr.xml');
    const missing: string[] = [];
    const picked = pickRates(rates, 'KZT/USD, xau/rub', (pair) => missing.push(pair));
    expect(picked.map((rate) => `${rate.base}/${rate.quote}`)).to.deep.equal(['KZT/USD']);
    expect(missing).to.deep.equal(['XAU/RUB']);
  });
});
