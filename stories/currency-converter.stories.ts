import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';
import { served } from './rate-ticker.stories.js';

// Stories are plain functions of their args so the tests render exactly what designers see.
export interface CurrencyConverterArgs {
  src?: string;
  currencies?: string;
  refresh?: number;
  locale?: string;
  label?: string;
  amount?: number;
  from?: string;
  to?: string;
  history?: string;
  days?: number;
}

export default {
  title: 'Elements/Currency converter',
  component: 'nw-currency-converter',
  tags: ['autodocs'],
} satisfies Meta<CurrencyConverterArgs>;

const converter = (args: CurrencyConverterArgs) =>
  html`<nw-currency-converter
    src=${ifDefined(args.src && served(args.src))}
    currencies=${ifDefined(args.currencies)}
    refresh=${ifDefined(args.refresh)}
    locale=${ifDefined(args.locale)}
    label=${ifDefined(args.label)}
    amount=${ifDefined(args.amount)}
    from=${ifDefined(args.from)}
    to=${ifDefined(args.to)}
    history=${ifDefined(args.history?.split(' ').map(served).join(' '))}
    days=${ifDefined(args.days)}
  ></nw-currency-converter>`;

/** Tenge to dollars from the Bank of Russia's sheet, which holds neither pair: crossed through the rouble. */
export const Default = (args: CurrencyConverterArgs) => converter(args);
Default.args = {
  src: '/fixtures/rates/cbr.xml',
  amount: 10000,
  from: 'KZT',
  to: 'USD',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** With a month of the pair's rates under the result: the own format's `history`, the pair inverted. */
export const Trend = (args: CurrencyConverterArgs) => converter(args);
Trend.args = {
  src: '/fixtures/rates/history/own.json',
  history: '/fixtures/rates/history/own.json',
  days: 30,
  amount: 100,
  from: 'KZT',
  to: 'USD',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** On a Russian page: `1 234,5` is typed and shown the Russian way. */
export const Russian = (args: CurrencyConverterArgs) => converter(args);
Russian.args = {
  src: '/fixtures/rates/nbk.rss',
  amount: 1234.5,
  from: 'USD',
  to: 'RUB',
  locale: 'ru',
} satisfies CurrencyConverterArgs;

/** A short list of currencies on offer, in the page's order. */
export const Currencies = (args: CurrencyConverterArgs) => converter(args);
Currencies.args = {
  src: '/feeds/rates-usd-base.json',
  currencies: 'USD,EUR,RUB,KZT',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** A pair the feed cannot price: the output says so. */
export const NoRate = (args: CurrencyConverterArgs) => converter(args);
NoRate.args = {
  src: '/fixtures/rates/own.json',
  from: 'USD',
  to: 'XAU',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** A feed that never finishes answering: the loading message. */
export const Loading = (args: CurrencyConverterArgs) => converter(args);
Loading.tags = ['loading'];
Loading.args = {
  src: '/fixtures/rates/own.json?stall=1',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** The first load fails: a 404. */
export const NotFound = (args: CurrencyConverterArgs) => converter(args);
NotFound.tags = ['error-state', 'failed', 'http-errors'];
NotFound.args = {
  src: '/fixtures/rates/missing.json',
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** Loads, then every refresh fails (every 2 s): the form keeps working with the last good rates. */
export const Stale = (args: CurrencyConverterArgs) => converter(args);
Stale.tags = ['error-state', 'stale', 'http-errors'];
Stale.args = {
  src: '/fixtures/rates/own.json?after=1&status=500',
  refresh: 2,
  locale: 'en-GB',
} satisfies CurrencyConverterArgs;

/** Rates given as a property that hold nothing: the empty message. */
export const Empty = () =>
  html`<nw-currency-converter locale="en-GB" .rates=${[]}></nw-currency-converter>`;
Empty.tags = ['empty'];

/** On a 320 px phone: each field on a line of its own. */
export const Narrow = (args: CurrencyConverterArgs) =>
  html`<div style="inline-size: 320px; border: 1px dashed">${converter(args)}</div>`;
Narrow.args = {
  src: '/fixtures/rates/cbr.xml',
  from: 'KGS',
  to: 'KZT',
  locale: 'ky',
} satisfies CurrencyConverterArgs;

/** On a dark page. */
export const Dark = (args: CurrencyConverterArgs) => html`
  <div style="color-scheme: dark; background: #15171a; color: #e8e6e3; padding: 0.5rem">
    ${converter(args)}
  </div>
`;
Dark.args = { src: '/fixtures/rates/cbr.xml', locale: 'en-GB' } satisfies CurrencyConverterArgs;
