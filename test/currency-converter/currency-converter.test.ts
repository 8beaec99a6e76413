import type { RateSheet } from '../../src/feeds/types.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { refreshFeed } from '../../src/feeds/client.js';
import type { NwCurrencyConverter } from '../../src/currency-converter/currency-converter.js';
import { parseAmount } from '../../src/format/amount.js';
import {
  Currencies,
  Dark,
  Default,
  Empty,
  Loading,
  Narrow,
  NoRate,
  NotFound,
  Russian,
  Trend,
} from '../../stories/currency-converter.stories.js';
import '../support/lit-warnings.js';
import '../support/server.js';
import { until } from '../support/wait.js';

const FIXTURES = '/test/fixtures/rates';

const shadow = (el: NwCurrencyConverter) => el.shadowRoot!;
const input = (el: NwCurrencyConverter) => shadow(el).querySelector<HTMLInputElement>('#amount')!;
const select = (el: NwCurrencyConverter, name: 'from' | 'to') =>
  shadow(el).querySelector<HTMLSelectElement>(`#${name}`)!;
const swap = (el: NwCurrencyConverter) => shadow(el).querySelector<HTMLButtonElement>('.swap')!;
/** What the output says, with no-break spaces made plain. */
const result = (el: NwCurrencyConverter) =>
  shadow(el)
    .querySelector('output')!
    .textContent!.replace(/[\u00a0\u202f]/g, ' ')
    .trim();
const status = (el: NwCurrencyConverter) =>
  shadow(el).querySelector('[part~="status"]')?.textContent?.trim();

async function loaded(
  template: ReturnType<typeof html> | HTMLElement,
): Promise<NwCurrencyConverter> {
  const el =
    template instanceof HTMLElement
      ? (template as NwCurrencyConverter)
      : await fixture<NwCurrencyConverter>(template);
  await until(() => shadow(el).querySelector('form'), 'the form on screen');
  return el;
}

/** Types into the amount field as a reader does: the field cleared, then one key at a time. */
async function type(el: NwCurrencyConverter, text: string) {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<nw-currency-converter>', () => {
  it('is accessible: loaded, loading, failed, empty, no rate, narrow and dark', async () => {
    await expect(await loaded(Default(Default.args))).to.be.accessible();
    await expect(await fixture(Loading(Loading.args))).to.be.accessible();
    const failed = await fixture<NwCurrencyConverter>(NotFound(NotFound.args));
    await until(
      () => status(failed) === 'This content could not be loaded.',
      'a message for the failed feed',
    );
    await expect(failed).to.be.accessible();
    const empty = await fixture<NwCurrencyConverter>(Empty());
    expect(status(empty)).to.equal('No currencies to convert.');
    await expect(empty).to.be.accessible();
    await expect(await loaded(NoRate(NoRate.args))).to.be.accessible();
    const narrow = await fixture<HTMLElement>(Narrow(Narrow.args));
    await loaded(narrow.querySelector('nw-currency-converter')!);
    await expect(narrow).to.be.accessible();
    const dark = await fixture<HTMLElement>(Dark(Dark.args));
    await loaded(dark.querySelector('nw-currency-converter')!);
    await expect(dark).to.be.accessible();
  });

  it('converts tenge to dollars through the rouble, with the date and publisher of the rates', async () => {
    const el = await loaded(Default(Default.args));
    const expected = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(
      (10000 * 0.154977) / 78.3,
    );
    expect(result(el)).to.equal(`KZT 10,000.00 = ${expected}`);
    expect(shadow(el).querySelector('[part="about"]')!.textContent!.trim()).to.equal(
      'Bank of Russia, 06/12/2025',
    );
  });

  it('is a named form whose fields have labels, and whose output is announced politely', async () => {
    const el = await loaded(Default(Default.args));
    const form = shadow(el).querySelector('form')!;
    expect(form.getAttribute('aria-label')).to.equal('Currency converter');
    for (const id of ['amount', 'from', 'to']) {
      expect(shadow(el).querySelector(`label[for="${id}"]`)!.textContent!.trim()).to.not.equal('');
    }
    const output = shadow(el).querySelector('output')!;
    expect(output.getAttribute('aria-live')).to.equal('polite');
    expect(swap(el).getAttribute('aria-label')).to.equal('Swap currencies');
    expect(input(el).getAttribute('inputmode')).to.equal('decimal');
  });

  it('converts live as the reader types, in the locale’s way (Russian: 1 234,5)', async () => {
    const el = await loaded(Russian(Russian.args));
    expect(input(el).value).to.equal('1234,5');
    expect(result(el)).to.match(/^1 234,50 \$ = 96 ?6\d\d,\d\d RUB|₽/);
    await type(el, '2,5');
    expect(el.amount).to.equal(2.5);
    // 2.5 USD = 2.5 × 505.10 KZT ÷ 6.45 KZT per RUB.
    const rub = new Intl.NumberFormat('ru', { style: 'currency', currency: 'RUB' })
      .format((2.5 * 505.1) / 6.45)
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(result(el)).to.equal(`2,50 $ = ${rub}`);
    // A point is a decimal mark too on a page whose group mark is a space.
    await type(el, '2.5');
    expect(result(el)).to.equal(`2,50 $ = ${rub}`);
  });

  it('says so when the amount is not a number, and marks the field invalid', async () => {
    const el = await loaded(Default(Default.args));
    await type(el, '12abc');
    expect(result(el)).to.equal('Enter a number, such as 1234.5.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    // The last amount that was a number stays the element's amount.
    expect(el.amount).to.equal(12);
    await type(el, '');
    expect(result(el)).to.equal('');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    for (const bad of ['-5', '1e5', 'Infinity', '1.2.3', '99999999999999999'])
      expect(parseAmount(bad, 'en'), bad).to.equal(undefined);
    expect(parseAmount('1,234.5', 'en')).to.equal(1234.5);
    expect(parseAmount('1 234,5', 'ru')).to.equal(1234.5);
    expect(parseAmount('1.234,5', 'de')).to.equal(1234.5);
  });

  it('says so for a pair the feed cannot price', async () => {
    const el = await loaded(NoRate(NoRate.args));
    expect(result(el)).to.equal('These rates cannot convert USD to XAU.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    // The code the page asked for stays chosen in the list, so the reader sees what was asked.
    expect(select(el, 'to').value).to.equal('XAU');
  });

  it('works by keyboard: choose a currency, swap, and the output follows', async () => {
    const el = await loaded(Currencies(Currencies.args));
    expect([...select(el, 'from').options].map((option) => option.value)).to.deep.equal([
      'USD',
      'EUR',
      'RUB',
      'KZT',
    ]);
    expect([select(el, 'from').value, select(el, 'to').value]).to.deep.equal(['USD', 'EUR']);
    select(el, 'to').focus();
    // A list box takes the arrow keys: down to the next currency.
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.to === 'RUB', 'the choice to reach the element');
    expect(result(el)).to.match(/= RUB|₽/);
    swap(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([el.from, el.to]).to.deep.equal(['RUB', 'USD']);
    expect([select(el, 'from').value, select(el, 'to').value]).to.deep.equal(['RUB', 'USD']);
    expect(result(el)).to.match(/^RUB 1\.00 = US\$0\.0\d+$/);
    expect(shadow(el).activeElement).to.equal(swap(el));
    // Enter in the amount field submits nothing: the page does not navigate away.
    input(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.querySelector('nw-currency-converter')).to.equal(el);
  });

  it('shows the chosen pair in its lists through picks, swaps and codes the page sets', async () => {
    const el = await loaded(Currencies(Currencies.args));
    const shown = () => [select(el, 'from').value, select(el, 'to').value];
    const pick = async (name: 'from' | 'to', code: string) => {
      select(el, name).value = code;
      select(el, name).dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const swapped = async () => {
      swap(el).click();
      await el.updateComplete;
    };
    await pick('to', 'EUR');
    await pick('from', 'KZT');
    expect(shown()).to.deep.equal(['KZT', 'EUR']);
    await swapped();
    expect(shown()).to.deep.equal(['EUR', 'KZT']);
    await pick('to', 'USD');
    await swapped();
    expect(shown()).to.deep.equal(['USD', 'EUR']);
    await swapped();
    expect(shown()).to.deep.equal(['EUR', 'USD']);
    // A code the feed lacks goes first in its list, shifting the others; then back to one it has.
    el.to = 'XAU';
    await el.updateComplete;
    expect(shown()).to.deep.equal(['EUR', 'XAU']);
    await pick('to', 'RUB');
    expect(shown()).to.deep.equal(['EUR', 'RUB']);
    await swapped();
    expect(shown()).to.deep.equal(['RUB', 'EUR']);
    expect(result(el)).to.match(/^RUB 1\.00 = €0\.0\d+$/);
  });

  it('takes an amount set by the page over what was typed', async () => {
    const el = await loaded(Default(Default.args));
    await type(el, '5');
    el.amount = 7;
    await el.updateComplete;
    expect(input(el).value).to.equal('7');
    expect(result(el)).to.match(/^KZT 7\.00 = /);
  });

  it('fires nw-load with the sheet and nw-error for a 404', async () => {
    const el = document.createElement('nw-currency-converter');
    el.src = `${FIXTURES}/cbr.xml`;
    const load = oneEvent(el, 'nw-load');
    await fixture(html`<div>${el}</div>`);
    expect(((await load).detail as RateSheet).format).to.equal('cbr');
    const failed = document.createElement('nw-currency-converter');
    failed.src = `${FIXTURES}/missing.json`;
    const error = oneEvent(failed, 'nw-error');
    await fixture(html`<div>${failed}</div>`);
    expect((await error).detail.error.status).to.equal(404);
  });

  it('keeps converting with the last good rates, marked stale, when a refresh fails', async () => {
    const src = `${FIXTURES}/own.json?after=1&status=404`;
    const el = await loaded(
      html`<nw-currency-converter src=${src} locale="en"></nw-currency-converter>`,
    );
    const failed = oneEvent(el, 'nw-error');
    await refreshFeed(src).catch(() => {});
    await failed;
    await el.updateComplete;
    expect(result(el)).to.match(/^KGS 1\.00 = \$0\.0114$/);
    expect(shadow(el).querySelector('.stale')!.textContent).to.equal(
      'Not updated: showing earlier data.',
    );
    await expect(el).to.be.accessible();
  });

  it('draws the chosen pair’s trend under the result, and follows a swap', async () => {
    const el = await loaded(Trend(Trend.args));
    const label = () =>
      shadow(el).querySelector('[part="trend"] svg')?.getAttribute('aria-label') ?? undefined;
    const kztUsd = await until(label, 'the pair’s sparkline');
    expect(kztUsd).to.match(/^(up|down) [\d.]+% over 29 days, low 0\.00\d+, high 0\.00\d+$/);
    swap(el).click();
    await el.updateComplete;
    const usdKzt = label()!;
    expect(usdKzt).to.match(/ over 29 days, low 49\d\.\d\d, high 5\d\d\.\d\d$/);
    // The inverse rises when the pair falls.
    expect(usdKzt.split(' ')[0]).to.not.equal(kztUsd.split(' ')[0]);
    await expect(el).to.be.accessible();
  });
});
