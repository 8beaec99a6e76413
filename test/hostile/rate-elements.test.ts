// <nw-rate-table> and <nw-currency-converter> against hostile rate feeds over real HTTP: wrong types, huge,
// zero and negative rates, markup in codes, a thousand currencies. The feeds are the ticker's (rate-ticker.test.ts).
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { COMMON } from '../../src/i18n/common.js';
import type { NwCurrencyConverter } from '../../src/currency-converter/currency-converter.js';
import type { NwRateTable } from '../../src/rate-table/rate-table.js';
import { assertInert, assertNothingRan, assertPageIntact, settle } from './tripwire.js';
import { until } from '../support/wait.js';
import { HOSTILE, mount, failureOf, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const codes = (el: NwRateTable) =>
  [...el.shadowRoot!.querySelectorAll('tbody th .code')].map((code) => code.textContent!);
const options = (el: NwCurrencyConverter) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#from option')].map((o) => o.value);
const output = (el: NwCurrencyConverter) =>
  el
    .shadowRoot!.querySelector('output')!
    .textContent!.replace(/[\u00a0\u202f]/g, ' ')
    .trim();

/** No payload ran, no number went wrong, no markup came through as elements. */
function assertShowsOnlyRates(el: Element) {
  expect(text(el)).not.to.match(/NaN|Infinity|∞|__pwned|<|undefined|null|\[object/);
  expect(el.shadowRoot!.querySelector('script, img, svg, iframe, a')).to.equal(null);
}

async function loads<T extends HTMLElement>(tag: string, path: string, attrs = {}) {
  const mounted = await mount<T>(tag, { src: HOSTILE + path, refresh: '0', ...attrs });
  await settle();
  assertNothingRan();
  assertPageIntact(mounted.root);
  return mounted;
}

describe('hostile feeds: <nw-rate-table> and <nw-currency-converter>', () => {
  useFeedSettings({ backoff: 20, retries: 2, timeout: REQUEST_TIMEOUT });
  afterEach(() => assertNothingRan());

  it('table: bad rows of the own format dropped, huge numbers short, markup as text', async () => {
    const { el, event } = await loads<NwRateTable>('nw-rate-table', 'rates.json');
    expect(event.type).to.equal('nw-load');
    await until(() => codes(el).length, 'rows');
    // UZS at 5e-324 is absurd but a positive number: shown, short.
    expect(codes(el)).to.deep.equal(['KGS', 'JJJ', 'KKK', 'KZT', 'UZS']);
    assertInert(el);
    assertShowsOnlyRates(el);
    const kzt = el.shadowRoot!.querySelector('[part~="row-KZT-USD"] [part="rate"]')!;
    expect(kzt.textContent!.trim().length).to.be.lessThan(12);
  });

  it('table: a base-plus-map with __proto__ keys and a CBR sheet with markup and 1e999', async () => {
    const map = await loads<NwRateTable>('nw-rate-table', 'rates-map.json');
    await until(() => codes(map.el).length, 'rows');
    expect(codes(map.el)).to.deep.equal(['USD']);
    assertShowsOnlyRates(map.el);
    const cbr = await loads<NwRateTable>('nw-rate-table', 'rates-cbr.xml');
    await until(() => codes(cbr.el).length, 'rows');
    expect(codes(cbr.el)).to.deep.equal(['USD']);
    assertShowsOnlyRates(cbr.el);
  });

  it('table: a thousand currencies, all rows, sortable', async function () {
    this.timeout(20000);
    const { el } = await loads<NwRateTable>('nw-rate-table', 'rates-template.json?items=1000');
    await until(() => codes(el).length, 'rows');
    expect(codes(el)).to.have.length(1000);
    el.shadowRoot!.querySelector<HTMLButtonElement>('th.col-currency button')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('th.col-currency button')!.click();
    await el.updateComplete;
    expect(codes(el)[0]).to.equal('C999');
  });

  it('table: JSON of the wrong shape is refused with a message and nw-error', async () => {
    const { el, event } = await loads<NwRateTable>('nw-rate-table', 'wrong-top.json');
    failureOf(event, 'format');
    await until(() => el.shadowRoot!.querySelector('.status.error'), 'the error message');
    expect(text(el)).to.contain(COMMON.en.loadFailed);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('converter: offers only real codes, converts through the huge and the tiny without NaN', async () => {
    const { el } = await loads<NwCurrencyConverter>('nw-currency-converter', 'rates.json', {
      from: 'KZT',
      to: 'KGS',
    });
    await until(() => el.shadowRoot!.querySelector('form'), 'the form');
    expect(options(el)).to.deep.equal(['JJJ', 'KGS', 'KKK', 'KZT', 'USD', 'UZS']);
    // 1 KZT = 1e308 USD, 1 KGS = 0.01143 USD: past what a double holds, so no price.
    expect(output(el)).to.equal('These rates cannot convert KZT to KGS.');
    el.from = 'KGS';
    el.to = 'KZT';
    await el.updateComplete;
    expect(output(el)).to.equal('KGS 1.00 = KZT 1.14E-310');
    el.to = 'USD';
    await el.updateComplete;
    expect(output(el)).to.equal('KGS 1.00 = $0.0114');
    assertShowsOnlyRates(el);
    // A 400-digit amount (pasted) is refused, not converted to Infinity.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
    input.value = '9'.repeat(400);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(output(el)).to.equal('Enter a number, such as 1234.5.');
  });

  it('converter: a thousand currencies in each list, any pair priced through the base', async function () {
    this.timeout(20000);
    const { el } = await loads<NwCurrencyConverter>(
      'nw-currency-converter',
      'rates-template.json?items=1000',
      { from: 'C1', to: 'C999', amount: '3' },
    );
    await until(() => el.shadowRoot!.querySelector('form'), 'the form');
    expect(options(el)).to.have.length(1001);
    // Every C{n} is 1.5 USD: 3 C1 are 3 C999 (codes outside ISO 4217 have no currency format).
    expect(output(el)).to.equal('3 C1 = 3 C999');
  });
});
