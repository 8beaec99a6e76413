// The rates adapters one by one, on documents fetched over HTTP from the test server and decoded by the feed
// client, as the ticker gets them. The ticker's own suite covers what it shows.
import { expect } from '@open-wc/testing';
import { refreshFeed } from '../../src/feeds/client.js';
import { RATE_ADAPTERS } from '../../src/feeds/rates/registry.js';
import { parseXml } from '../../src/feeds/xml.js';

const RATES = '/test/fixtures/rates/';

/** A fixture of test/fixtures/rates/, or any served file by its absolute path. */
async function parsed(path: string): Promise<unknown> {
  const absolute = path.startsWith('/') ? path : RATES + path;
  const document = await refreshFeed(new URL(absolute, location.href).href);
  const text = document.text.trim();
  return text.startsWith('<') ? parseXml(text, document.url) : JSON.parse(text);
}

/** The formats that recognise a fixture, and the first one's rows. */
async function read(path: string) {
  const data = await parsed(path);
  const matching = RATE_ADAPTERS.filter((adapter) => adapter.detect(data));
  const rows = matching[0]?.read(data) ?? [];
  return { formats: matching.map((adapter) => adapter.format), rows };
}

describe('rates adapters', () => {
  it('are registered once each, under distinct names', () => {
    const names = RATE_ADAPTERS.map((adapter) => adapter.format);
    expect(names).to.deep.equal(['own', 'base-map', 'pairs', 'cbr', 'nbk']);
  });

  it('own: the JSON Schema format, one row per pair', async () => {
    const { formats, rows } = await read('own.json');
    expect(formats).to.deep.equal(['own']);
    expect(rows[2]).to.deep.equal({ base: 'TJS', quote: 'USD', rate: 0.10899, change: 0.65 });
  });

  it('base-map: a base and a map of quotes, `amount` divided out', async () => {
    const { formats, rows } = await read('frankfurter.json');
    expect(formats).to.deep.equal(['base-map']);
    expect(rows[1]).to.deep.equal({ base: 'USD', quote: 'KZT', rate: 505.1 });
  });

  it('pairs: a bare array of rows, junk rows read as undefined', async () => {
    const { formats, rows } = await read('rows.json');
    expect(formats).to.deep.equal(['pairs']);
    expect(rows).to.have.length(6);
    expect(rows.filter(Boolean)).to.have.length(3);
  });

  it('nbk: the National Bank of Kazakhstan’s RSS per unit, with change in percent', async () => {
    const { formats, rows } = await read('nbk.rss');
    expect(formats).to.deep.equal(['nbk']);
    expect(rows).to.deep.equal([
      { base: 'USD', quote: 'KZT', rate: 505.1, change: (-0.9 / (505.1 + 0.9)) * 100 },
      {
        base: 'UZS',
        quote: 'KZT',
        rate: 4.04 / 100,
        change: (0.02 / (4.04 - 0.02)) * 100,
        quantity: 100,
      },
      { base: 'RUB', quote: 'KZT', rate: 6.45, change: 0 },
    ]);
  });

  it('cbr: the Central Bank of Russia’s windows-1251 ValCurs, Nominal divided out', async () => {
    const data = await parsed('cbr.xml');
    expect((data as Document).getElementsByTagName('Name')[0].textContent).to.equal('Доллар США');
    const { formats, rows } = await read('cbr.xml');
    expect(formats).to.deep.equal(['cbr']);
    expect(rows).to.deep.equal([
      { base: 'USD', quote: 'RUB', rate: 78.3 },
      { base: 'KZT', quote: 'RUB', rate: 15.4977 / 100, quantity: 100 },
      { base: 'KGS', quote: 'RUB', rate: 8.9495 / 10, quantity: 10 },
    ]);
  });

  it('nbk: finds no rates in an article RSS feed', async () => {
    const { formats, rows } = await read('/demo/feeds/articles.rss');
    expect(formats).to.deep.equal(['nbk']);
    expect(rows).to.have.length(50);
    expect(rows.filter(Boolean)).to.deep.equal([]);
  });
});
