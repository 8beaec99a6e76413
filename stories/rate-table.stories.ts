import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';
import { served } from './rate-ticker.stories.js';

// Stories are plain functions of their args so the tests render exactly what designers see.
export interface RateTableArgs {
  src?: string;
  symbols?: string;
  refresh?: number;
  locale?: string;
  label?: string;
  sort?: 'currency' | 'quantity' | 'rate' | 'change';
  order?: 'ascending' | 'descending';
  history?: string;
  days?: number;
}

export default {
  title: 'Elements/Rate table',
  component: 'nw-rate-table',
  tags: ['autodocs'],
} satisfies Meta<RateTableArgs>;

const table = ({
  src,
  symbols,
  refresh,
  locale,
  label,
  sort,
  order,
  history,
  days,
}: RateTableArgs) =>
  html`<nw-rate-table
    src=${ifDefined(src && served(src))}
    symbols=${ifDefined(symbols)}
    refresh=${ifDefined(refresh)}
    locale=${ifDefined(locale)}
    label=${ifDefined(label)}
    sort=${ifDefined(sort)}
    order=${ifDefined(order)}
    history=${ifDefined(history?.split(' ').map(served).join(' '))}
    days=${ifDefined(days)}
  ></nw-rate-table>`;

/** The Bank of Russia's daily rates, with the units it quotes (`100 KZT`), the date and the publisher. */
export const Default = (args: RateTableArgs) => table(args);
Default.args = { src: '/fixtures/rates/cbr.xml', locale: 'en-GB' } satisfies RateTableArgs;

/** The National Bank of Kazakhstan's RSS in Kazakh: its changes with arrows and colours. */
export const Kazakh = (args: RateTableArgs) => table(args);
Kazakh.args = { src: '/fixtures/rates/nbk.rss', locale: 'kk' } satisfies RateTableArgs;

/** The seed's pairs from the project's own format, sorted by change, largest first. */
export const SortedByChange = (args: RateTableArgs) => table(args);
SortedByChange.args = {
  src: '/feeds/rates.json',
  sort: 'change',
  order: 'descending',
  locale: 'en-GB',
} satisfies RateTableArgs;

/** Pairs picked with `symbols`: inverses and crosses of what a USD-based feed holds. */
export const Symbols = (args: RateTableArgs) => table(args);
Symbols.args = {
  src: '/feeds/rates-usd-base.json',
  symbols: 'USD/KZT,EUR/KZT,RUB/KZT',
  label: 'Tenge rates',
  locale: 'en-GB',
} satisfies RateTableArgs;

/** Each pair's last 30 days as a sparkline, from the `history` beside each row of the project's own format. */
export const Trends = (args: RateTableArgs) => table(args);
Trends.args = {
  src: '/fixtures/rates/history/own.json',
  history: '/fixtures/rates/history/own.json',
  days: 30,
  locale: 'en-GB',
} satisfies RateTableArgs;

/** The Bank of Russia's sheet with a week of its `XML_dynamic`, one document per currency, one crossed pair. */
export const WeekTrends = (args: RateTableArgs) => table(args);
WeekTrends.args = {
  src: '/fixtures/rates/cbr.xml',
  symbols: 'USD/RUB,KZT/RUB,KZT/USD',
  history: '/fixtures/rates/history/cbr-usd.xml /fixtures/rates/history/cbr-kzt.xml',
  days: 7,
  locale: 'ru',
} satisfies RateTableArgs;

/** A feed that never finishes answering: the loading message. */
export const Loading = (args: RateTableArgs) => table(args);
Loading.tags = ['loading'];
Loading.args = { src: '/fixtures/rates/own.json?stall=1', locale: 'en-GB' } satisfies RateTableArgs;

/** The first load fails: a 404. */
export const NotFound = (args: RateTableArgs) => table(args);
NotFound.tags = ['error-state', 'failed', 'http-errors'];
NotFound.args = { src: '/fixtures/rates/missing.json', locale: 'en-GB' } satisfies RateTableArgs;

/** Loads, then every refresh fails (every 2 s): the last good rates stay, marked in the caption. */
export const Stale = (args: RateTableArgs) => table(args);
Stale.tags = ['error-state', 'stale', 'http-errors'];
Stale.args = {
  src: '/fixtures/rates/own.json?after=1&status=500',
  refresh: 2,
  locale: 'en-GB',
} satisfies RateTableArgs;

/** The feed holds none of the pairs `symbols` asks for. */
export const Empty = (args: RateTableArgs) => table(args);
Empty.tags = ['empty'];
Empty.args = {
  src: '/fixtures/rates/own.json',
  symbols: 'XAU/USD',
  locale: 'en-GB',
} satisfies RateTableArgs;

/** Two hundred currencies. */
export const ManyCurrencies = (args: RateTableArgs) => table(args);
ManyCurrencies.args = { src: '/fixtures/rates/many.json', locale: 'en-GB' } satisfies RateTableArgs;

/** On a 320 px phone: names wrap under their codes, figures stay on one line, nothing overflows. */
export const Narrow = (args: RateTableArgs) =>
  html`<div style="inline-size: 320px; border: 1px dashed">${table(args)}</div>`;
Narrow.args = { src: '/fixtures/rates/cbr.xml', locale: 'ru' } satisfies RateTableArgs;

/** The languages the project ships words for. */
export const Languages = ({ src }: RateTableArgs) => html`
  <div style="display: grid; gap: 1.5rem">
    ${['ru', 'kk', 'uz', 'ky', 'tg', 'tk'].map(
      (lang) => html`<div lang=${lang}>${table({ src })}</div>`,
    )}
  </div>
`;
Languages.args = { src: '/fixtures/rates/nbk.rss' } satisfies RateTableArgs;

/** On a dark page: the up and down colours switch to their dark-scheme values. */
export const Dark = (args: RateTableArgs) => html`
  <div style="color-scheme: dark; background: #15171a; color: #e8e6e3; padding: 0.5rem">
    ${table(args)}
  </div>
`;
Dark.args = { src: '/fixtures/rates/nbk.rss', locale: 'en-GB' } satisfies RateTableArgs;
