import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { refreshFeed } from '../../src/feeds/client.js';
import { pickRates } from '../../src/feeds/rates/symbols.js';
import { changeTrend, formatChange, formatRate, stripDecimals } from '../../src/format/number.js';
import type { Rate, RateSheet } from '../../src/feeds/types.js';
import '../support/lit-warnings.js';
import { requests } from '../support/server.js';
import { firstEvent, items, loaded } from './helpers.js';

const FIXTURES = '/test/fixtures/rates';

async function sheetFrom(path: string): Promise<RateSheet> {
  const { event } = await firstEvent(`${FIXTURES}/${path}`);
  expect(event.type, JSON.stringify(event.detail?.error?.message)).to.equal('nw-load');
  return event.detail as RateSheet;
}

const ratesFrom = async (path: string): Promise<Rate[]> => (await sheetFrom(path)).rates;

describe('rate feeds', () => {
  it('reads the project’s own format, as the JSON Schema describes it', async () => {
    const rates = await ratesFrom('own.json');
    expect(rates).to.have.length(5);
    expect(rates[2]).to.deep.equal({ base: 'TJS', quote: 'USD', rate: 0.10899, change: 0.65 });
    const schema = await (await fetch('/schemas/rates.schema.json')).json();
    const row = schema.$defs.rate;
    for (const rate of rates) {
      for (const field of row.required) expect(rate).to.have.property(field);
    }
  });

  it('reads a base-plus-map document (Frankfurter/ECB), dividing out `amount`', async () => {
    const rates = await ratesFrom('frankfurter.json');
    expect(rates.map((r) => `${r.base}/${r.quote} ${r.rate}`)).to.deep.equal([
      'USD/KGS 87.49',
      'USD/KZT 505.1',
      'USD/TJS 9.175',
      'USD/UZS 12500',
      'USD/TMT 3.51',
    ]);
  });

  it('reads an Open Exchange Rates envelope and drops rates that cannot be shown', async () => {
    const rates = await ratesFrom('oxr.json');
    // BAD (negative), ZERO (0) and "nope!" (not a code) are dropped; 1e308 is a real, if absurd, number.
    expect(rates.map((r) => r.quote)).to.deep.equal(['EUR', 'KZT', 'RUB', 'HUGE']);
  });

  it('reads an array of { base, quote, rate } rows, with decimal commas, skipping junk rows', async () => {
    const rates = await ratesFrom('rows.json');
    expect(rates).to.deep.equal([
      { base: 'USD', quote: 'KZT', rate: 505.1, change: -0.18 },
      { base: 'EUR', quote: 'KZT', rate: 549.02 },
      { base: 'USD', quote: 'UZS', rate: 12500 },
    ]);
  });

  it('reads the National Bank of Kazakhstan’s RSS, per unit, with change in percent', async () => {
    const rates = await ratesFrom('nbk.rss');
    expect(rates.map((r) => [r.base, r.quote])).to.deep.equal([
      ['USD', 'KZT'],
      ['UZS', 'KZT'],
      ['RUB', 'KZT'],
    ]);
    expect(rates[0].rate).to.equal(505.1);
    expect(rates[0].change).to.equal((-0.9 / (505.1 + 0.9)) * 100);
    expect(rates[1].rate).to.equal(4.04 / 100);
    expect(rates[1].quantity).to.equal(100);
    expect(rates[2].change).to.equal(0);
  });

  it('reads the Central Bank of Russia’s ValCurs in windows-1251: Nominal divided out, decimal commas', async () => {
    const rates = await ratesFrom('cbr.xml');
    expect(rates).to.deep.equal([
      { base: 'USD', quote: 'RUB', rate: 78.3 },
      { base: 'KZT', quote: 'RUB', rate: 15.4977 / 100, quantity: 100 },
      { base: 'KGS', quote: 'RUB', rate: 8.9495 / 10, quantity: 10 },
    ]);
  });

  it('says which format it read, the day of the fix and the publisher where the feed does', async () => {
    const about = async (path: string) => {
      const { format, date, source } = await sheetFrom(path);
      return { format, date: date?.toISOString(), ...(source && { source }) };
    };
    expect(await about('cbr.xml')).to.deep.equal({
      format: 'cbr',
      date: '2025-12-06T00:00:00.000Z',
    });
    expect(await about('nbk.rss')).to.deep.equal({
      format: 'nbk',
      date: '2025-12-07T00:00:00.000Z',
    });
    expect(await about('own.json')).to.deep.equal({
      format: 'own',
      date: '2025-12-07T09:00:00.000Z',
      source: 'Test fixture',
    });
    expect(await about('frankfurter.json')).to.deep.equal({
      format: 'base-map',
      date: '2025-12-05T00:00:00.000Z',
    });
    expect(await about('rows.json')).to.deep.equal({ format: 'pairs', date: undefined });
  });

  it('fails with a format error on bad JSON and on a page that holds no rates', async () => {
    for (const path of ['bad.json', 'not-rates.html']) {
      const { event } = await firstEvent(`${FIXTURES}/${path}`);
      expect(event.type).to.equal('nw-error');
      expect(event.detail.error.kind).to.equal('format');
    }
  });
});

describe('transform', () => {
  it('reads any other format through a function, its rows checked like a feed’s', async () => {
    const el = document.createElement('nw-rate-ticker');
    el.locale = 'en';
    el.transform = (raw) =>
      String(raw)
        .split('\n')
        .map((line) => line.split(' '))
        .map(([base, quote, rate]) => ({ base, quote, rate: Number(rate) }));
    el.src = `${FIXTURES}/pairs.txt`;
    const event = oneEvent(el, 'nw-load');
    await fixture(html`<div>${el}</div>`);
    expect((await event).detail.rates).to.deep.equal([
      { base: 'USD', quote: 'KZT', rate: 505.1 },
      { base: 'USD', quote: 'UZS', rate: 12500 },
    ]);
  });

  it('reads the fetched feed again, without fetching it, when the transform changes', async () => {
    const src = `${FIXTURES}/pairs.txt`;
    const rows = (raw: unknown) => String(raw).split('\n').filter(Boolean);
    const el = await loaded(
      html`<nw-rate-ticker
        locale="en"
        src=${src}
        .transform=${(raw: unknown) => [{ base: 'AAA', quote: 'USD', rate: rows(raw).length }]}
      ></nw-rate-ticker>`,
    );
    expect(items(el)).to.deep.equal(['AAA/USD = 3']);
    const reread = oneEvent(el, 'nw-load');
    el.transform = (raw) => [{ base: 'BBB', quote: 'USD', rate: rows(raw).length * 2 }];
    expect((await reread).detail).to.deep.equal({
      rates: [{ base: 'BBB', quote: 'USD', rate: 6 }],
      format: 'transform',
    });
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['BBB/USD = 6']);
    expect(await requests(src)).to.equal(1);
  });
});

describe('symbols', () => {
  it('picks and orders pairs, inverting exactly what the feed holds the other way round', async () => {
    const el = await loaded(
      html`<nw-rate-ticker
        locale="en-GB"
        src=${`${FIXTURES}/frankfurter.json`}
        symbols="TMT/USD, kzt/usd ,USD/UZS"
      ></nw-rate-ticker>`,
    );
    // One number of decimals per strip: as many as its most precise pair needs.
    expect(items(el)).to.deep.equal([
      'TMT/USD = 0.28490',
      'KZT/USD = 0.00198',
      'USD/UZS = 12,500.00000',
    ]);

    const feed: Rate[] = [{ base: 'USD', quote: 'KZT', rate: 505.1, change: 1 }];
    const [inverse] = pickRates(feed, 'KZT/USD', () => {});
    expect(inverse.rate).to.equal(1 / 505.1);
    expect(inverse.change).to.equal((100 / 101 - 1) * 100);
  });

  it('reports each pair the feed cannot give, once', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await loaded(
        html`<nw-rate-ticker
          src=${`${FIXTURES}/own.json`}
          symbols="KGS/USD,XAU/USD,KGS/EUR"
        ></nw-rate-ticker>`,
      );
      el.locale = 'ru';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(items(el)).to.deep.equal(['KGS/USD = 0,01143 0 %']);
      const said = warn.getCalls().map((call) => String(call.args[0]));
      expect(said.filter((m) => m.includes('has no XAU/USD'))).to.have.length(1);
      expect(said.filter((m) => m.includes('has no KGS/EUR'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});

describe('change', () => {
  it('comes from the feed when it has one', async () => {
    const rates = await ratesFrom('own.json');
    expect(rates.map((r) => r.change)).to.deep.equal([-0.001, -0.001, 0.65, -0.001, -0.28]);
  });

  it('is computed against the previous fix this page saw when the feed has none', async () => {
    const src = `${FIXTURES}/usd-kzt-a.json?then=usd-kzt-b.json`;
    const el = await loaded(html`<nw-rate-ticker locale="en-GB" src=${src}></nw-rate-ticker>`);
    expect(items(el)).to.deep.equal(['USD/KZT = 500']);
    const next = new Promise((resolve) => el.addEventListener('nw-load', resolve, { once: true }));
    await refreshFeed(src);
    const event = (await next) as CustomEvent<RateSheet>;
    expect(event.detail.rates[0].change).to.equal((505 / 500 - 1) * 100);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['USD/KZT = 505 1%']);
    expect(el.shadowRoot!.querySelector('li')!.className).to.equal('up');
  });
});

describe('number formatting', () => {
  it('gives each magnitude the digits it needs, in the locale’s style', () => {
    expect(formatRate(0.01143, 'en')).to.equal('0.01143');
    expect(formatRate(0.0000123456, 'en')).to.equal('0.0000123');
    expect(formatRate(505.1, 'ru')).to.equal('505,1');
    expect(formatRate(1.23456789, 'en')).to.equal('1.2346');
    expect(formatRate(123456.78, 'en')).to.equal('123,457');
  });

  it('gives a strip one number of decimals, at least what its feed published', () => {
    expect(stripDecimals([0.01143, 0.2849, 0.10899])).to.equal(5);
    expect(formatRate(0.2849, 'en', 5)).to.equal('0.28490');
    expect(stripDecimals([505.1, 87.49])).to.equal(2);
    expect(formatRate(505.1, 'en', 2)).to.equal('505.10');
    // A computed (inverted) rate has endless decimals; its magnitude bounds them.
    expect(stripDecimals([1 / 505.1])).to.equal(5);
    expect(stripDecimals([12500, 1e308, NaN])).to.equal(0);
  });

  it('keeps absurd values short', () => {
    for (const value of [1e308, 1e-300, -1e200, Number.MAX_VALUE]) {
      expect(formatRate(value, 'en').length, String(value)).to.be.below(12);
    }
    expect(formatRate(NaN, 'en')).to.equal('–');
    expect(formatRate(Infinity, 'en')).to.equal('–');
    expect(formatChange(1e300, 'en').length).to.be.below(12);
  });

  it('shows changes as the seed does, and one that rounds to zero as flat', () => {
    expect(formatChange(-0.001, 'en')).to.equal('0%');
    expect(changeTrend(-0.001)).to.equal('unchanged');
    expect(changeTrend(-0.005)).to.equal('down');
    expect(changeTrend(0.004)).to.equal('unchanged');
    expect(formatChange(0.65, 'en')).to.equal('0.65%');
    expect(formatChange(-0.28, 'en')).to.equal('-0.28%');
  });

  it('renders an absurd rate compactly', async () => {
    const el = await loaded(
      html`<nw-rate-ticker
        locale="en"
        .rates=${[{ base: 'AAA', quote: 'BBB', rate: 1e308 }]}
      ></nw-rate-ticker>`,
    );
    expect(items(el)).to.deep.equal(['AAA/BBB = 1E308']);
  });
});
