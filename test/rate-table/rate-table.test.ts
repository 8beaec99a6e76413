import type { RateSheet } from '../../src/feeds/types.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearFeedCache, configureFeeds, refreshFeed } from '../../src/feeds/client.js';
import type { NwRateTable } from '../../src/rate-table/rate-table.js';
import {
  Dark,
  Default,
  Empty,
  Kazakh,
  Loading,
  Narrow,
  NotFound,
  Symbols,
  Trends,
  WeekTrends,
} from '../../stories/rate-table.stories.js';
import '../support/lit-warnings.js';
import { release, requests } from '../support/server.js';
import { until } from '../support/wait.js';
import { openPage, sideways } from '../real-pages/support.js';

const FIXTURES = '/test/fixtures/rates';

const shadow = (el: NwRateTable) => el.shadowRoot!;
const status = (el: NwRateTable) =>
  shadow(el).querySelector<HTMLElement>('[part~="status"]')?.textContent?.trim();
const headers = (el: NwRateTable) =>
  [...shadow(el).querySelectorAll('thead th')].map((th) =>
    th.textContent!.replace(/[▲▼↕]/g, '').trim(),
  );
/** Each row's cells as a reader sees them (no-break spaces made plain, arrows and hidden words left out). */
const rows = (el: NwRateTable) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden, .arrow').forEach((hidden) => hidden.remove());
      return copy
        .textContent!.replace(/[\u00a0\u202f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    }),
  );
const codes = (el: NwRateTable) => rows(el).map(([currency]) => currency.split(' ')[0]);
const sortButton = (el: NwRateTable, column: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`thead th.col-${column} button`)!;

async function loaded(template: ReturnType<typeof html> | HTMLElement): Promise<NwRateTable> {
  const el =
    template instanceof HTMLElement
      ? (template as NwRateTable)
      : await fixture<NwRateTable>(template);
  await until(() => shadow(el).querySelector('tbody tr'), 'rows on screen');
  return el;
}

describe('<nw-rate-table>', () => {
  it('is accessible: loaded, loading, failed, empty, narrow and dark', async () => {
    await expect(await loaded(Default(Default.args))).to.be.accessible();
    await expect(await fixture(Loading(Loading.args))).to.be.accessible();
    const failed = await fixture<NwRateTable>(NotFound(NotFound.args));
    await until(() => status(failed), 'a message for the failed feed');
    await expect(failed).to.be.accessible();
    const empty = await fixture<NwRateTable>(Empty(Empty.args));
    await until(() => status(empty) === 'No rates to show.', 'the empty message');
    await expect(empty).to.be.accessible();
    const narrow = await fixture<HTMLElement>(Narrow(Narrow.args));
    await loaded(narrow.querySelector('nw-rate-table')!);
    await expect(narrow).to.be.accessible();
    const dark = await fixture<HTMLElement>(Dark(Dark.args));
    await loaded(dark.querySelector('nw-rate-table')!);
    await expect(dark).to.be.accessible();
  });

  it('shows the Bank of Russia’s sheet as published: units, rate in roubles, names, date and publisher', async () => {
    const el = await loaded(Default(Default.args));
    const table = shadow(el).querySelector('table')!;
    const caption = table.querySelector('caption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Exchange rates Bank of Russia, 06/12/2025',
    );
    expect(headers(el)).to.deep.equal(['Currency', 'Units', 'Rate (RUB)']);
    // Names as this browser's Intl has them (CLDR versions differ: "Kyrgystani Som", "Kyrgyz Som").
    const name = (code: string) => new Intl.DisplayNames('en-GB', { type: 'currency' }).of(code);
    expect(rows(el)).to.deep.equal([
      [`USD ${name('USD')}`, '1', '78.3000'],
      [`KZT ${name('KZT')}`, '100', '15.4977'],
      [`KGS ${name('KGS')}`, '10', '8.9495'],
    ]);
    expect(name('KZT')).to.match(/Tenge/);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
  });

  it('shows changes with an arrow, a word for screen readers and the trend’s colour (NBK, Kazakh)', async () => {
    const el = await loaded(Kazakh(Kazakh.args));
    expect(headers(el)).to.deep.equal(['Валюта', 'Бірлік', 'Бағам (KZT)', 'Өзгеріс']);
    const [usd, uzs] = shadow(el).querySelectorAll('tbody tr');
    expect(usd.className).to.equal('down');
    expect(usd.querySelector('.arrow')!.textContent).to.equal('▼');
    expect(usd.querySelector('.visually-hidden')!.textContent).to.equal('төмендеу');
    expect(uzs.className).to.equal('up');
    expect(uzs.querySelector('.arrow')!.textContent).to.equal('▲');
    const colour = (row: Element) => getComputedStyle(row.querySelector('[part="change"]')!).color;
    expect(colour(usd)).to.not.equal(colour(uzs));
    // The change column's header is a header like the others, not a change in the flat colour.
    const headerColours = [...shadow(el).querySelectorAll('thead th')].map(
      (th) => getComputedStyle(th).color,
    );
    expect(new Set(headerColours).size, headerColours.join(', ')).to.equal(1);
    const caption = shadow(el).querySelector('caption')!.textContent!;
    expect(caption).to.contain('Валюта бағамдары');
    expect(caption).to.contain('Қазақстан Ұлттық Банкі');
  });

  it('sorts by a header’s button, with the pointer and with Enter and Space, and says how in aria-sort', async () => {
    const el = await loaded(Default(Default.args));
    const th = (column: string) => shadow(el).querySelector(`thead th.col-${column}`)!;
    expect(th('rate').hasAttribute('aria-sort')).to.be.false;
    sortButton(el, 'rate').click();
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['KGS', 'KZT', 'USD']);
    expect(th('rate').getAttribute('aria-sort')).to.equal('ascending');
    expect([el.sort, el.getAttribute('sort'), el.getAttribute('order')]).to.deep.equal([
      'rate',
      'rate',
      'ascending',
    ]);

    sortButton(el, 'rate').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['USD', 'KZT', 'KGS']);
    expect(th('rate').getAttribute('aria-sort')).to.equal('descending');
    // The button keeps focus across the re-sort, so the reader can press it again.
    expect(shadow(el).activeElement).to.equal(sortButton(el, 'rate'));

    // Tab order runs through the header buttons, in column order.
    sortButton(el, 'currency').focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(sortButton(el, 'quantity'));
    sortButton(el, 'currency').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['KGS', 'KZT', 'USD']);
    expect(th('currency').getAttribute('aria-sort')).to.equal('ascending');
    expect(th('rate').hasAttribute('aria-sort')).to.be.false;
  });

  it('sorts a column with gaps: rows without a change come last either way', async () => {
    const el = await loaded(
      html`<nw-rate-table
        locale="en"
        sort="change"
        order="descending"
        .rates=${[
          { base: 'AAA', quote: 'USD', rate: 1 },
          { base: 'BBB', quote: 'USD', rate: 2, change: -1 },
          { base: 'CCC', quote: 'USD', rate: 3, change: 2 },
        ]}
      ></nw-rate-table>`,
    );
    expect(codes(el)).to.deep.equal(['CCC', 'BBB', 'AAA']);
    el.order = 'ascending';
    await el.updateComplete;
    expect(codes(el)).to.deep.equal(['BBB', 'CCC', 'AAA']);
  });

  it('picks pairs with symbols, inverses and crosses included, as the ticker does', async () => {
    const el = await loaded(Symbols(Symbols.args));
    expect(codes(el)).to.deep.equal(['USD', 'EUR', 'RUB']);
    expect(headers(el)[1]).to.equal('Rate (KZT)');
    expect(shadow(el).querySelector('caption')!.textContent).to.contain('Tenge rates');
  });

  it('fits a 320 px phone without widening the page, beside the ticker and the converter', async () => {
    // A page of its own in a 320 px frame: the frame is its viewport (WebDriver browsers cannot resize).
    const page = await openPage('/test/real-pages/pages/rates.html', 320);
    try {
      expect(sideways(page.doc)).to.equal(0);
      const el = page.doc.querySelector('nw-rate-table')!;
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
      const converter = page.doc.querySelector('nw-currency-converter')!;
      expect(converter.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      page.close();
    }
  });

  it('scrolls inside itself, never the page, when its box is narrower than its figures', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 120px">
        <nw-rate-table src=${`${FIXTURES}/nbk.rss`} locale="en"></nw-rate-table>
      </div>`,
    );
    const el = await loaded(wrapper.querySelector('nw-rate-table')!);
    const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).to.be.greaterThan(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(120);
  });

  it('fires nw-load with the sheet and nw-error for a 404, with a message in the table’s place', async () => {
    const el = document.createElement('nw-rate-table');
    el.src = `${FIXTURES}/nbk.rss`;
    const load = oneEvent(el, 'nw-load');
    await fixture(html`<div>${el}</div>`);
    const sheet = (await load).detail as RateSheet;
    expect(sheet.format).to.equal('nbk');
    expect(sheet.rates.map((rate) => rate.base)).to.include('USD');

    const failed = document.createElement('nw-rate-table');
    failed.src = `${FIXTURES}/missing.json`;
    const error = oneEvent(failed, 'nw-error');
    await fixture(html`<div>${failed}</div>`);
    expect((await error).detail.error.status).to.equal(404);
    await failed.updateComplete;
    expect(status(failed)).to.equal('This content could not be loaded.');
    expect(shadow(failed).querySelector('.status.error')).to.exist;
  });

  it('says it is loading, busy, until the rates arrive', async () => {
    const el = await fixture<NwRateTable>(
      html`<nw-rate-table src=${`${FIXTURES}/own.json?delay=300`} locale="en"></nw-rate-table>`,
    );
    expect(status(el)).to.equal('Loading…');
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await loaded(el);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps the last good rates, marked stale in the caption, when a refresh fails', async () => {
    const src = `${FIXTURES}/own.json?after=1&status=404`;
    const el = await loaded(html`<nw-rate-table src=${src} locale="en"></nw-rate-table>`);
    expect(shadow(el).querySelector('.stale')).to.be.null;
    const failed = oneEvent(el, 'nw-error');
    await refreshFeed(src).catch(() => {});
    await failed;
    await el.updateComplete;
    expect(rows(el)).to.have.length(5);
    expect(shadow(el).querySelector('caption .stale')!.textContent).to.equal(
      'Not updated: showing earlier data.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a copy kept from an earlier visit at once, busy while the feed is asked again', async () => {
    const saved = configureFeeds({ storage: true });
    // JSON: a stored XML copy waits for the on-demand XML reader, so it is not on screen at the first render.
    const src = `${FIXTURES}/own.json?hold=1&header.cache-control=no-store`;
    const view = async () => {
      const el = document.createElement('nw-rate-table');
      Object.assign(el, { src, refresh: 0, locale: 'en' });
      await fixture(html`<div>${el}</div>`);
      return el;
    };
    try {
      const first = await view();
      await until(() => release(src), 'the first request to hold');
      await loaded(first);
      first.parentElement!.remove();
      // A reload: the feeds in memory are gone, localStorage stays (clearFeedCache empties both).
      const kept = Object.entries(localStorage).filter(([key]) => key.startsWith('news-widgets:'));
      clearFeedCache();
      for (const [key, value] of kept) localStorage.setItem(key, value);

      const again = await view();
      expect(codes(again)).to.deep.equal(['KGS', 'KZT', 'TJS', 'UZS', 'TMT']);
      const base = shadow(again).querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      await until(() => release(src), 'the revalidation to hold');
      await until(() => base.getAttribute('aria-busy') === 'false', 'the revalidation to land');
    } finally {
      clearFeedCache();
      configureFeeds(saved);
    }
  });

  it('reflects attributes to properties', async () => {
    const el = await fixture<NwRateTable>(
      html`<nw-rate-table
        src="/demo/feeds/rates.json"
        symbols="KZT/USD"
        refresh="60"
        max-age="600"
        locale="kk"
        label="Rates today"
        sort="rate"
        order="descending"
      ></nw-rate-table>`,
    );
    expect([el.src, el.symbols, el.refresh, el.maxAge, el.locale, el.sort, el.order]).to.deep.equal(
      ['/demo/feeds/rates.json', 'KZT/USD', 60, 600, 'kk', 'rate', 'descending'],
    );
    expect(el.label).to.equal('Rates today');
  });

  it('renders rates given as a property as text, and a code without an Intl name alone', async () => {
    const el = await loaded(
      html`<nw-rate-table
        locale="en"
        .rates=${[
          { base: '<b>X</b>', quote: 'USD', rate: 2 },
          { base: 'USDT', quote: 'USD', rate: 1.0002 },
        ]}
      ></nw-rate-table>`,
    );
    expect(codes(el)).to.deep.equal(['<b>X</b>', 'USDT']);
    expect(shadow(el).querySelector('b')).to.be.null;
    expect(shadow(el).querySelector('[part~="name"]')).to.be.null;
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Exchange rates');
  });

  it('draws a sparkline column from `history`, one request for a feed that is both', async () => {
    const el = await loaded(Trends(Trends.args));
    const lines = await until(() => {
      const found = [...shadow(el).querySelectorAll('td.trend svg')];
      return found.length === 4 ? found : undefined;
    }, 'a sparkline in every row');
    expect(headers(el).at(-1)).to.equal('30 days');
    expect(lines.map((svg) => svg.getAttribute('role'))).to.deep.equal([
      'img',
      'img',
      'img',
      'img',
    ]);
    expect(lines[0].getAttribute('aria-label')).to.match(
      /^(up|down) [\d.]+% over 29 days, low 49\d\.\d\d, high 5\d\d\.\d\d$/,
    );
    expect(await requests(`${FIXTURES}/history/own.json`)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('draws a week of the Bank of Russia’s dynamics, one document per currency, a cross between them', async () => {
    const el = await loaded(WeekTrends(WeekTrends.args));
    const labels = await until(() => {
      const found = [...shadow(el).querySelectorAll('td.trend svg')].map((svg) =>
        svg.getAttribute('aria-label'),
      );
      return found.length === 3 ? found : undefined;
    }, 'three sparklines');
    expect(headers(el).at(-1)).to.equal('7 дней');
    expect(labels[0]).to.match(/^рост на 0,64\s?% за 4 дня, минимум 77,798, максимум 78,300$/);
    expect(labels[2]).to.match(/ за 4 дня, минимум 0,00\d+, максимум 0,00\d+$/);
    for (const file of ['cbr-usd.xml', 'cbr-kzt.xml']) {
      expect(await requests(`${FIXTURES}/history/${file}`)).to.equal(1);
    }
  });

  it('shows its rates without trends, and says why, when the history cannot be read', async () => {
    const el = document.createElement('nw-rate-table');
    el.src = `${FIXTURES}/own.json`;
    el.history = `${FIXTURES}/history/missing.json`;
    const failed = oneEvent(el, 'nw-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.error.url).to.match(/history\/missing\.json$/);
      await loaded(el);
      expect(shadow(el).querySelector('td.trend svg')).to.equal(null);
      expect(rows(el)).to.have.length(5);
    } finally {
      el.remove();
    }
  });
});
