import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';
import type {
  RateTickerDirection,
  RateTickerHover,
  RateTickerQuantity,
} from '../src/rate-ticker/rate-ticker.js';

// Stories are plain functions of their args so the tests render exactly what designers see.
export interface RateTickerArgs {
  src?: string;
  symbols?: string;
  refresh?: number;
  speed?: number;
  paused?: boolean;
  locale?: string;
  label?: string;
  hover?: RateTickerHover;
  direction?: RateTickerDirection;
  quantity?: RateTickerQuantity;
  fade?: boolean;
  flags?: boolean;
  showDate?: boolean;
  staleAfter?: number;
  history?: string;
  days?: number;
}

// Storybook serves demo/feeds at /feeds and test/fixtures at /fixtures; the test server serves the
// repository root, so the same story finds its feed in both.
export const served = (path: string) =>
  location.pathname.endsWith('/iframe.html')
    ? path
    : path.replace(/^\/feeds\//, '/demo/feeds/').replace(/^\/fixtures\//, '/test/fixtures/');

export default {
  title: 'Elements/Rate ticker',
  component: 'nw-rate-ticker',
  // `served` is a helper for the tests, not a story.
  excludeStories: ['served'],
  tags: ['autodocs'],
} satisfies Meta<RateTickerArgs>;

const ticker = (args: RateTickerArgs) =>
  html`<nw-rate-ticker
    src=${ifDefined(args.src && served(args.src))}
    symbols=${ifDefined(args.symbols)}
    refresh=${ifDefined(args.refresh)}
    speed=${ifDefined(args.speed)}
    ?paused=${!!args.paused}
    locale=${ifDefined(args.locale)}
    label=${ifDefined(args.label)}
    hover=${ifDefined(args.hover)}
    direction=${ifDefined(args.direction)}
    quantity=${ifDefined(args.quantity)}
    ?fade=${!!args.fade}
    ?flags=${!!args.flags}
    ?show-date=${!!args.showDate}
    stale-after=${ifDefined(args.staleAfter)}
    history=${ifDefined(args.history && served(args.history))}
    days=${ifDefined(args.days)}
  ></nw-rate-ticker>`;

/** The seed's five pairs from the demo's rates feed. */
export const Default = (args: RateTickerArgs) => ticker(args);
Default.args = { src: '/feeds/rates.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** A feed that never finishes answering: the quiet loading state, at the height the strip will have. */
export const Loading = (args: RateTickerArgs) => ticker(args);
// The smoke test checks the loading message and no rates (in Storybook the stall comes from .storybook/feed-faults.ts).
Loading.tags = ['loading'];
Loading.args = {
  src: '/fixtures/rates/own.json?stall=1',
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** The first load fails: a 404. */
export const NotFound = (args: RateTickerArgs) => ticker(args);
// Checked once it has failed; Chromium's failed-request console messages are expected (storybook-smoke.js).
NotFound.tags = ['error-state', 'failed', 'http-errors'];
NotFound.args = { src: '/fixtures/rates/missing.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** The first load fails: the feed is not valid JSON. */
export const BadJson = (args: RateTickerArgs) => ticker(args);
// Checked once it has failed (storybook-smoke.js).
BadJson.tags = ['error-state', 'failed'];
BadJson.args = { src: '/fixtures/rates/bad.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** Loads, then every refresh fails (every 2 s): the last good rates stay, marked stale. */
export const Stale = (args: RateTickerArgs) => ticker(args);
// Checked once it has failed; Chromium's failed-request console messages are expected (storybook-smoke.js).
Stale.tags = ['error-state', 'stale', 'http-errors'];
Stale.args = {
  src: '/fixtures/rates/own.json?after=1&status=500',
  refresh: 2,
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** Every refresh (every 2 s) brings new rates: the strip updates in place, arrows and colours follow. */
export const Update = (args: RateTickerArgs) => ticker(args);
// The smoke test waits for the rates on screen to change.
Update.tags = ['update'];
Update.args = {
  src: '/fixtures/rates/own.json?then=own-next.json',
  refresh: 2,
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** A single pair is copied until it fills the width. */
export const OnePair = (args: RateTickerArgs) => ticker(args);
OnePair.args = { src: '/fixtures/rates/one.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** Two hundred pairs: one long copy and one more to close the loop. */
export const ManyPairs = (args: RateTickerArgs) => ticker(args);
ManyPairs.args = { src: '/fixtures/rates/many.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** Pairs picked and ordered, some the inverse of what a USD-based feed holds. */
export const Symbols = (args: RateTickerArgs) => ticker(args);
Symbols.args = {
  src: '/feeds/rates-usd-base.json',
  symbols: 'KZT/USD,USD/KZT,EUR/USD,RUB/USD',
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** Central banks' XML: the National Bank of Kazakhstan's RSS and the Bank of Russia's ValCurs (windows-1251). */
export const CentralBanks = (args: RateTickerArgs) => html`
  ${ticker({ ...args, src: '/fixtures/rates/nbk.rss', label: 'Курсы Нацбанка Казахстана' })}
  ${ticker({ ...args, src: '/fixtures/rates/cbr.xml', label: 'Курсы Банка России' })}
`;
CentralBanks.args = { locale: 'ru' } satisfies RateTickerArgs;

/**
 * Under `prefers-reduced-motion: reduce` nothing moves and every pair wraps into view. Turn the setting on
 * in your system (or emulate it in the browser's developer tools) to see it; the tests emulate it.
 */
export const ReducedMotion = (args: RateTickerArgs) => ticker(args);
// The smoke test opens it with prefers-reduced-motion: reduce emulated.
ReducedMotion.tags = ['reduced-motion'];
ReducedMotion.args = { src: '/fixtures/rates/many.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** Paused: the button shows play, and nothing moves or updates until it is pressed. */
export const Paused = (args: RateTickerArgs) => ticker(args);
Paused.args = { src: '/feeds/rates.json', paused: true, locale: 'en-GB' } satisfies RateTickerArgs;

/** The languages the project ships strings for, plus a right-to-left page. */
export const Languages = ({ src }: RateTickerArgs) => html`
  <div style="display: grid; gap: 0.5rem">
    ${['ru', 'kk', 'uz', 'ar'].map(
      (lang) =>
        html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${ticker({ src })}</div>`,
    )}
  </div>
`;
Languages.args = { src: '/feeds/rates.json' } satisfies RateTickerArgs;

/** On a dark page: the up and down colours switch to their dark-scheme values. */
export const Dark = (args: RateTickerArgs) => html`
  <div style="color-scheme: dark; background: #15171a; color: #e8e6e3; padding: 0.5rem">
    ${ticker(args)}
  </div>
`;
Dark.args = { src: '/feeds/rates.json', locale: 'en-GB' } satisfies RateTickerArgs;

/** Themed with the custom properties a designer can set. */
export const Themed = (args: RateTickerArgs) => html`
  <div
    style="--nw-color-up: #0b6bcb; --nw-color-down: #c2410c; --nw-rate-ticker-gap: 3em;
      --nw-rate-ticker-speed: 90; --nw-rate-ticker-font: 600 1.1rem/1.8 Georgia, serif"
  >
    ${ticker(args)}
  </div>
`;
// Colours picked for a light page: shown on one whatever the toolbar says (on dark they fail contrast).
Themed.globals = { page: 'light' };
Themed.args = { src: '/feeds/rates.json', locale: 'en-GB' } satisfies RateTickerArgs;

/**
 * As the banks publish them: the Bank of Russia's `Nominal` (`100 KZT/RUB = 15.4977`), with the publisher and
 * the day on a line under the strip and in the strip's accessible name.
 */
export const PublishedQuantity = (args: RateTickerArgs) => ticker(args);
PublishedQuantity.args = {
  src: '/fixtures/rates/cbr.xml',
  quantity: 'published',
  showDate: true,
  locale: 'ru',
} satisfies RateTickerArgs;

/** A sparkline after each pair: 30 days from the `history` rows of the project's own format. */
export const Trends = (args: RateTickerArgs) => ticker(args);
Trends.args = {
  src: '/fixtures/rates/history/own.json',
  history: '/fixtures/rates/history/own.json',
  days: 30,
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** The National Bank of Kazakhstan's rates in Kazakh, with its name and the day they were fixed for. */
export const AsOf = (args: RateTickerArgs) => ticker(args);
AsOf.args = {
  src: '/fixtures/rates/nbk.rss',
  showDate: true,
  locale: 'kk',
} satisfies RateTickerArgs;

/**
 * Rates older than `stale-after` hours: an "Out of date" badge, also in the strip's accessible name. This
 * feed's rates are for 7 December 2025 and 6 hours is the limit, so they are out of date on any day from that
 * morning on, the visual check's frozen clock (09:00 that day) included.
 */
export const Outdated = (args: RateTickerArgs) => ticker(args);
Outdated.args = {
  src: '/fixtures/rates/nbk.rss',
  staleAfter: 6,
  showDate: true,
  locale: 'en-GB',
} satisfies RateTickerArgs;

/**
 * Flags filled by the page: each pair has an empty `flag-<BASE>` part, and the page's CSS gives it an image
 * (here CSS gradients, so that no image ships; a site would use its own files).
 */
export const Flags = (args: RateTickerArgs) =>
  html`<div class="flags-demo">
    <style>
      .flags-demo nw-rate-ticker::part(flag-KGS) {
        background: radial-gradient(circle, #ffd700 28%, #e8112d 31%);
      }
      .flags-demo nw-rate-ticker::part(flag-KZT) {
        background: radial-gradient(circle, #fec50c 28%, #00afca 31%);
      }
      .flags-demo nw-rate-ticker::part(flag-TJS) {
        background: linear-gradient(#cc0000 28%, #fff 28% 72%, #006600 72%);
      }
      .flags-demo nw-rate-ticker::part(flag-UZS) {
        background: linear-gradient(
          #0099b5 32%,
          #ce1126 32% 35%,
          #fff 35% 65%,
          #ce1126 65% 68%,
          #1eb53a 68%
        );
      }
      .flags-demo nw-rate-ticker::part(flag-TMT) {
        background: linear-gradient(to right, #00843d 25%, #d22630 25% 40%, #00843d 40%);
      }
    </style>
    ${ticker(args)}
  </div>`;
Flags.args = { src: '/feeds/rates.json', flags: true, locale: 'en-GB' } satisfies RateTickerArgs;

/** Faded ends: a mask, so the strip blends into the page behind it, light or dark. */
export const Faded = (args: RateTickerArgs) => ticker(args);
Faded.args = { src: '/feeds/rates.json', fade: true, locale: 'en-GB' } satisfies RateTickerArgs;

/** The mouse slows the strip to a quarter of its speed instead of stopping it; focus still stops it. */
export const HoverSlow = (args: RateTickerArgs) => ticker(args);
HoverSlow.args = {
  src: '/feeds/rates.json',
  hover: 'slow',
  locale: 'en-GB',
} satisfies RateTickerArgs;

/** Runs against the writing direction: rightward on this left-to-right page, leftward on the RTL one. */
export const Reverse = (args: RateTickerArgs) => html`
  <div style="display: grid; gap: 0.5rem">
    ${ticker({ ...args, label: 'Exchange rates, reversed' })}
    <div dir="rtl" lang="ar">${ticker({ ...args, label: 'Exchange rates, reversed, RTL' })}</div>
  </div>
`;
Reverse.args = {
  src: '/feeds/rates.json',
  direction: 'reverse',
  locale: 'en-GB',
} satisfies RateTickerArgs;
