// <nw-rate-ticker> against hostile rate feeds and a misbehaving server, over real HTTP.
import type { RateSheet } from '../../src/feeds/types.js';
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import '../../src/rate-ticker/define.js';
import { COMMON } from '../../src/i18n/common.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import {
  assertInert,
  assertNothingRan,
  assertPageIntact,
  counted,
  printCounts,
  settle,
} from './tripwire.js';
import { servedAnywhere } from '../support/server.js';
import { until } from '../support/wait.js';
import { HOSTILE, mount, failureOf, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const pairs = (el: NwRateTicker) =>
  [...el.shadowRoot!.querySelectorAll('.track > ul [part~="pair"]')].map((p) => p.textContent!);
const strip = (el: NwRateTicker) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const status = (el: NwRateTicker) =>
  el.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim() ?? '';

/** Every pair shown is two codes, every number is a number, no markup leaked in as text. */
function assertShowsOnlyRates(el: NwRateTicker) {
  for (const pair of pairs(el)) expect(pair).to.match(/^[A-Z0-9]{2,10}\/[A-Z0-9]{2,10}$/);
  const text = strip(el);
  expect(text).not.to.match(/NaN|Infinity|∞|__pwned|<|undefined|null|\[object/);
}

async function loads(path: string, attributes: Record<string, string> = {}) {
  const src = HOSTILE + path;
  const mounted = await mount<NwRateTicker>('nw-rate-ticker', { src, refresh: '0', ...attributes });
  await settle();
  assertNothingRan();
  assertPageIntact(mounted.root);
  assertInert(mounted.el);
  return { ...mounted, src };
}

async function fails(path: string, kind?: FeedError['kind']) {
  const mounted = await loads(path);
  const error = failureOf(mounted.event, kind);
  expect(error.message).to.include(HOSTILE);
  await until(() => status(mounted.el), 'a message in the widget');
  expect(status(mounted.el)).to.equal(COMMON.en.loadFailed);
  expect(pairs(mounted.el)).to.deep.equal([]);
  return { ...mounted, error };
}

describe('hostile feeds: <nw-rate-ticker>', () => {
  useFeedSettings({ backoff: 20, retries: 2, timeout: REQUEST_TIMEOUT });
  afterEach(() => assertNothingRan());
  printCounts('rate ticker');

  describe('hostile content', () => {
    afterEach(function () {
      counted('hostile', this.currentTest);
    });

    it('own format: markup in codes, NaN/Infinity/1e309/negative/zero/object/array/boolean rates, __proto__ rows — bad rows dropped, good ones shown', async () => {
      const { el, event } = await loads('rates.json', { locale: 'en' });
      expect(event.type).to.equal('nw-load');
      const shown = pairs(el);
      expect(shown).to.include.members(['KGS/USD', 'JJJ/USD', 'KKK/USD', 'KZT/USD']);
      for (const dropped of ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'PPP'])
        expect(
          shown.some((pair) => pair.startsWith(dropped)),
          dropped,
        ).to.equal(false);
      assertShowsOnlyRates(el);
      // KGS/USD comes twice; the first is shown, once.
      expect(shown.filter((pair) => pair === 'KGS/USD')).to.have.length(1);
      // 1e308 is a real (absurd) number: shown short, not as 309 digits.
      const rate = [...el.shadowRoot!.querySelectorAll('.track > ul li')]
        .find((li) => li.textContent!.includes('KZT/USD'))!
        .querySelector('[part~="rate"]')!.textContent!;
      expect(rate.length).to.be.lessThan(12);
    });

    it('a publisher of markup, a date that is not one, quantities of every wrong kind: text, dropped or per unit', async () => {
      const { el, event } = await loads('rates-about.json', {
        locale: 'en',
        quantity: 'published',
        'show-date': '',
        'stale-after': '1',
        flags: '',
      });
      expect(event.type).to.equal('nw-load');
      const about = el.shadowRoot!.querySelector('[part~="about"]')!;
      // The source as text, on one line and cut to a name's length; no day, as `updated` was not one.
      expect(about.children).to.have.length(0);
      expect(about.textContent).to.match(/^Publisher <script>__pwned/);
      expect(about.textContent!.length).to.be.at.most(120);
      const name = el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')!;
      expect(name).to.equal(`Exchange rates, ${about.textContent}`);
      // A negative or non-numeric quantity drops the row; a fraction or an unsafe integer is divided out and
      // not shown; only the whole 100 is quoted as published.
      expect(pairs(el)).to.deep.equal(['KGS/USD', 'UZS/USD', 'TMT/USD', '100 RUB/USD']);
      expect(el.shadowRoot!.querySelector('[part~="outdated"]')).to.be.null;
      const flags = [...el.shadowRoot!.querySelectorAll('.track > ul [part~="flag"]')];
      expect(flags.map((flag) => flag.getAttribute('part'))).to.deep.equal([
        'flag flag-KGS',
        'flag flag-UZS',
        'flag flag-TMT',
        'flag flag-RUB',
      ]);
      expect(strip(el)).not.to.match(/NaN|Infinity|undefined|null|\[object/);
    });

    it('base-plus-map: __proto__ and constructor keys, NaN, Infinity, negative and markup keys dropped', async () => {
      const { el, event } = await loads('rates-map.json');
      expect(event.type).to.equal('nw-load');
      expect(pairs(el)).to.deep.equal(['USD/KZT']);
      assertShowsOnlyRates(el);
    });

    it('NBK RSS with an external entity and markup in titles: nothing fetched, bad items dropped', async () => {
      const { el, event } = await loads('rates-nbk.rss');
      // Browsers never load external entities; the document either parses without them or is refused.
      if (event.type === 'nw-load') expect(pairs(el)).to.include('USD/KZT');
      for (const dropped of ['EUR', 'GBP', 'JPY', 'CNY'])
        expect(
          pairs(el).some((pair) => pair.startsWith(dropped)),
          dropped,
        ).to.equal(false);
      assertShowsOnlyRates(el);
      expect(strip(el)).not.to.include('SECRET');
      expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=nbk`)).to.equal(0);
    });

    it('CBR ValCurs with markup in codes, 1e999 and a negative nominal', async () => {
      const { el, event } = await loads('rates-cbr.xml');
      expect(event.type).to.equal('nw-load');
      expect(pairs(el)).to.deep.equal(['USD/RUB']);
      assertShowsOnlyRates(el);
    });

    it('10,000 rows: all are read, the first 500 shown, and the console says why', async function () {
      this.timeout(40000);
      const warn = sinon.stub(console, 'warn');
      try {
        const { el, event } = await loads('rates-template.json?items=10000');
        expect(event.type).to.equal('nw-load');
        expect((event.detail as RateSheet).rates.length).to.equal(10000);
        // A long strip shows its first screenful a frame before the rest (src/rate-ticker/first-screen.ts).
        await el.updateComplete;
        expect(pairs(el).length).to.equal(500);
        expect(warn.calledWithMatch(/holds 10000 pairs; the strip shows the first 500/)).to.be.true;
      } finally {
        warn.restore();
      }
    });

    for (const [name, path] of [
      ['JSON of the wrong shape', 'wrong-top.json'],
      ['billion laughs', 'billion-laughs.atom'],
      ['XML external entities in an article feed', 'xxe.rss'],
      ['an article feed full of payloads', 'jsonfeed.json'],
    ]) {
      it(`refuses ${name} with a message and nw-error`, async () => {
        await fails(path, 'format');
      });
    }
  });

  it('the server saw no request for anything a payload points at', async () => {
    expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=1`)).to.equal(0);
  });
});
