// The rate history formats, each on a real-shaped document served over HTTP and decoded by the feed client as
// the elements get it; then the hostile cases, the merge, the window and the URL templates.
import { expect } from '@open-wc/testing';
import { refreshFeed } from '../../src/feeds/client.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseHistoryFeed } from '../../src/feeds/series/parse.js';
import { seriesOf } from '../../src/feeds/series/pick.js';
import { MAX_POINTS, mergeHistories, type RateHistory } from '../../src/feeds/series/points.js';
import { SERIES_ADAPTERS } from '../../src/feeds/series/registry.js';
import { historyUrls } from '../../src/feeds/series/urls.js';
import type { FeedDocument } from '../../src/feeds/types.js';
import '../support/server.js';

const HISTORY = '/test/fixtures/rates/history/';

const read = async (path: string) =>
  parseHistoryFeed(await refreshFeed(new URL(HISTORY + path, location.href).href));

/** A document built in the test, for sizes no fixture file should hold. */
const documentOf = (text: string): FeedDocument => ({
  url: 'https://example.com/history.json',
  status: 200,
  contentType: 'application/json',
  headers: new Headers(),
  text,
});

const day = (history: RateHistory, iso: string) =>
  history.days.find((d) => d.date.toISOString().startsWith(iso))?.rates;

const dates = (history: RateHistory) => history.days.map((d) => d.date.toISOString().slice(0, 10));

function formatError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('format');
    return error as FeedError;
  }
  throw new Error('expected a format error');
}

describe('rate history formats', () => {
  it('are registered once each, under distinct names', () => {
    const names = SERIES_ADAPTERS.map((adapter) => adapter.format);
    expect(names).to.deep.equal(['own', 'frankfurter', 'cbr-dynamic', 'nbk-day']);
  });

  it('frankfurter: a time series of base-plus-map days, weekends absent', async () => {
    const history = await read('frankfurter.json');
    expect(history.format).to.equal('frankfurter');
    expect(history.days).to.have.length(25);
    expect(dates(history).slice(0, 6)).to.deep.equal([
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
      '2025-11-06',
      '2025-11-07',
      '2025-11-10',
    ]);
    expect(day(history, '2025-12-05')).to.deep.include({ base: 'USD', quote: 'KZT', rate: 505.1 });
    // Each day is midnight UTC.
    expect(history.days.every((d) => d.date.getTime() % 86_400_000 === 0)).to.equal(true);
  });

  it('cbr-dynamic: one currency named by its Bank of Russia code, Nominal divided out', async () => {
    const usd = await read('cbr-usd.xml');
    expect(usd.format).to.equal('cbr-dynamic');
    expect(day(usd, '2025-12-06')).to.deep.equal([{ base: 'USD', quote: 'RUB', rate: 78.3 }]);
    const kzt = await read('cbr-kzt.xml');
    expect(day(kzt, '2025-12-06')).to.deep.equal([{ base: 'KZT', quote: 'RUB', rate: 0.154977 }]);
    // The bank fixes no rate for Sundays and Mondays.
    expect(dates(kzt).map((iso) => new Date(iso).getUTCDay())).not.to.include.members([0, 1]);
  });

  it('cbr-dynamic: a code it does not know, or no record at all, is a clear error', async () => {
    const unknown = await read('cbr-unknown.xml').catch((error: FeedError) => error);
    expect(unknown).to.be.instanceOf(FeedError);
    expect((unknown as FeedError).message).to.match(
      /cbr-unknown\.xml names the currency "R09999", which news-widgets does not know\.$/,
    );
    const empty = await read('cbr-empty.xml').catch((error: FeedError) => error);
    expect((empty as FeedError).message).to.match(/has no rate history news-widgets can read\.$/);
  });

  it('nbk-day: one day’s rates, the tenge price of `quant` units', async () => {
    const history = await read('nbk/07.12.2025.xml');
    expect(history.format).to.equal('nbk-day');
    expect(dates(history)).to.deep.equal(['2025-12-07']);
    expect(day(history, '2025-12-07')).to.deep.equal([
      { base: 'USD', quote: 'KZT', rate: 505.1 },
      { base: 'EUR', quote: 'KZT', rate: 587.24 },
      { base: 'RUB', quote: 'KZT', rate: 6.45 },
      { base: 'UZS', quote: 'KZT', rate: 0.0404 },
      { base: 'KGS', quote: 'KZT', rate: 5.78 },
    ]);
  });

  it('own: a `history` beside each row, per unit like `rate`', async () => {
    const history = await read('own.json');
    expect(history.format).to.equal('own');
    expect(history.days).to.have.length(30);
    expect(dates(history)[0]).to.equal('2025-11-08');
    const last = day(history, '2025-12-07')!;
    expect(last.map((rate) => `${rate.base}/${rate.quote}`)).to.deep.equal([
      'USD/KZT',
      'EUR/KZT',
      'KGS/USD',
      'UZS/KZT',
    ]);
    expect(last[0].rate).to.equal(505.1);
  });

  it('a rates feed without history, or any other document, is not a history', async () => {
    const plain = await read('../own.json').catch((error: FeedError) => error);
    expect((plain as FeedError).message).to.match(/is not a rate history news-widgets can read\.$/);
    formatError(() => parseHistoryFeed(documentOf('not json')));
    // A one-day base-plus-map document is a current rate, not a series.
    formatError(() => parseHistoryFeed(documentOf('{"base":"USD","rates":{"KZT":505.1}}')));
    // A series without its start and end dates is still one; an empty range says it has no history.
    const bare = parseHistoryFeed(
      documentOf('{"base":"USD","rates":{"2025-12-05":{"KZT":505.1}}}'),
    );
    expect(bare.format).to.equal('frankfurter');
    const empty = formatError(() =>
      parseHistoryFeed(documentOf('{"base":"USD","start_date":"2025-12-06","rates":{}}')),
    );
    expect(empty.message).to.match(/has no rate history news-widgets can read\.$/);
  });

  it('hostile: bad types, zero, negative, infinite, impossible days and repeats are left out', async () => {
    const history = await read('hostile.json');
    const usdKzt = seriesOf(history, 'USD/KZT', 30).map(
      ({ date, rate }) => `${date.toISOString().slice(0, 10)} ${rate}`,
    );
    // Unsorted in the file, sorted here; the first good rate of a day wins; 31 February is no day.
    expect(usdKzt).to.deep.equal([
      '2025-12-03 501.7',
      '2025-12-04 502.4',
      '2025-12-05 503.2',
      '2025-12-07 505.1',
    ]);
    const pairs = new Set(history.days.flatMap((d) => d.rates.map((r) => `${r.base}/${r.quote}`)));
    expect([...pairs].sort()).to.deep.equal(['GBP/KZT', 'USD/KZT']);
    expect(seriesOf(history, 'GBP/KZT', 30).map((p) => p.rate)).to.deep.equal([1e300, 1.5e300]);
  });

  it('thousands of points read in one pass; past the limit, a clear error', () => {
    const point = (i: number) =>
      `["${new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)}", ${500 + (i % 7)}]`;
    const rows = (count: number, pairs: number) =>
      JSON.stringify({
        rates: Array.from({ length: pairs }, (_, p) => ({
          base: `C${p}X`,
          quote: 'USD',
          rate: 1,
          history: '@',
        })),
      }).replaceAll('"@"', `[${Array.from({ length: count }, (_, i) => point(i)).join(',')}]`);
    const big = parseHistoryFeed(documentOf(rows(5000, 10)));
    expect(big.days).to.have.length(5000);
    expect(seriesOf(big, 'C3X/USD', 30)).to.have.length(30);
    const error = formatError(() => parseHistoryFeed(documentOf(rows(MAX_POINTS / 10 + 1, 10))));
    expect(error.message).to.match(/holds more than 100000 history points\.$/);
  });
});

describe('rate history series', () => {
  it('finds a pair inverted, over the last `days` days of the history', async () => {
    const history = await read('frankfurter.json');
    const week = seriesOf(history, 'KZT/USD', 7);
    // 29 Nov … 5 Dec: a weekend and five fixes.
    expect(week.map((p) => p.date.toISOString().slice(0, 10))).to.deep.equal([
      '2025-12-01',
      '2025-12-02',
      '2025-12-03',
      '2025-12-04',
      '2025-12-05',
    ]);
    expect(week.at(-1)!.rate).to.be.closeTo(1 / 505.1, 1e-12);
    expect(seriesOf(history, 'KZT/JPY', 7)).to.deep.equal([]);
  });

  it('merges documents day by day, the first document winning a pair’s day', async () => {
    const days = await Promise.all(['03', '01', '02'].map((d) => read(`nbk/${d}.12.2025.xml`)));
    const usd = await read('cbr-usd.xml');
    const other: RateHistory = {
      format: 'own',
      days: [{ date: new Date('2025-12-01'), rates: [{ base: 'USD', quote: 'KZT', rate: 1 }] }],
    };
    const merged = mergeHistories([...days, usd, other])!;
    expect(merged.format).to.equal('nbk-day+cbr-dynamic+own');
    // The Bank of Russia's Tuesday-to-Saturday fixes, and the Monday only Kazakhstan's documents have.
    expect(dates(merged).slice(-7)).to.deep.equal([
      '2025-11-29',
      '2025-12-01',
      '2025-12-02',
      '2025-12-03',
      '2025-12-04',
      '2025-12-05',
      '2025-12-06',
    ]);
    expect(day(merged, '2025-12-02')!.map((r) => `${r.base}/${r.quote}`)).to.include.members([
      'USD/KZT',
      'USD/RUB',
    ]);
    const week = seriesOf(merged, 'USD/KZT', 7);
    expect(week).to.have.length(3);
    expect(week[0].rate).to.not.equal(1);
    expect(mergeHistories([])).to.equal(undefined);
  });
});

describe('history URLs', () => {
  const today = new Date(Date.UTC(2025, 11, 7, 15, 30));

  it('fills `{start}` and `{end}` with the window, in the pattern each source wants', () => {
    expect(
      historyUrls(
        'https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1={start:DD/MM/YYYY}&date_req2={end:DD/MM/YYYY}&VAL_NM_RQ=R01235',
        30,
        today,
      ),
    ).to.deep.equal([
      'https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1=08/11/2025&date_req2=07/12/2025&VAL_NM_RQ=R01235',
    ]);
    expect(
      historyUrls('https://api.frankfurter.dev/v1/{start}..?base=USD', 7, today),
    ).to.deep.equal(['https://api.frankfurter.dev/v1/2025-12-01..?base=USD']);
  });

  it('makes one URL per day for `{day}`, newest first, at most 31', () => {
    const week = historyUrls('/nbk/get_rates.cfm?fdate={day:DD.MM.YYYY}', 7, today);
    expect(week).to.have.length(7);
    expect(week[0]).to.equal('/nbk/get_rates.cfm?fdate=07.12.2025');
    expect(week[6]).to.equal('/nbk/get_rates.cfm?fdate=01.12.2025');
    expect(historyUrls('/nbk?fdate={day:DD.MM.YYYY}', 366, today)).to.have.length(31);
  });

  it('takes several URLs separated by white space, once each', () => {
    expect(historyUrls(' /a.xml\n/b.xml  /a.xml ', 7, today)).to.deep.equal(['/a.xml', '/b.xml']);
  });
});
