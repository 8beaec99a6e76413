import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import {
  AsOf,
  Default,
  Faded,
  Flags,
  Outdated,
  PublishedQuantity,
  Trends,
} from '../../stories/rate-ticker.stories.js';
import '../support/lit-warnings.js';
import { items, list, loaded, reduceMotion } from './helpers.js';
import { until } from '../support/wait.js';
import { requests } from '../support/server.js';

const FIXTURES = '/test/fixtures/rates';
const part = (el: NwRateTicker, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const name = (el: NwRateTicker) => part(el, 'base')!.getAttribute('aria-label');
// The National Bank of Kazakhstan's fixture is for 07.12.25, read as UTC midnight.
const NBK_DAY = Date.UTC(2025, 11, 7);
const HOUR = 3_600_000;

describe('<nw-rate-ticker> quantity, flags, fade, date and source', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('is accessible with every option on, light and dark', async () => {
    await expect(await loaded(PublishedQuantity(PublishedQuantity.args))).to.be.accessible();
    await expect(await loaded(Outdated(Outdated.args))).to.be.accessible();
    const flags = await fixture<HTMLElement>(Flags(Flags.args));
    await loaded(flags.querySelector('nw-rate-ticker')!);
    await expect(flags).to.be.accessible();
    const dark = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark; background: #15171a; color: #e8e6e3">
        ${Outdated(Outdated.args)}
      </div>`,
    );
    await loaded(dark.querySelector('nw-rate-ticker')!);
    await expect(dark).to.be.accessible();
  });

  it('shows the quantity the bank publishes under quantity="published", per unit by default', async () => {
    const published = await loaded(PublishedQuantity(PublishedQuantity.args));
    // The Bank of Russia's Nominal: 100 KZT, 10 KGS; one strip, one number of decimals.
    expect(items(published)).to.deep.equal([
      'USD/RUB = 78,3000',
      '100 KZT/RUB = 15,4977',
      '10 KGS/RUB = 8,9495',
    ]);
    const unit = await loaded(
      html`<nw-rate-ticker src=${`${FIXTURES}/cbr.xml`} locale="en"></nw-rate-ticker>`,
    );
    expect(unit.quantity).to.equal('unit');
    expect(items(unit)).to.deep.equal([
      'USD/RUB = 78.30000',
      'KZT/RUB = 0.15498',
      'KGS/RUB = 0.89495',
    ]);
  });

  it('puts an empty flag part per pair under flags, filled by the page’s CSS; none by default', async () => {
    const plain = await loaded(Default(Default.args));
    expect(part(plain, 'flag')).to.be.null;
    const root = await fixture<HTMLElement>(Flags(Flags.args));
    const el = await loaded(root.querySelector('nw-rate-ticker')!);
    const flags = [...list(el)!.querySelectorAll<HTMLElement>('[part~="flag"]')];
    expect(flags.map((flag) => flag.getAttribute('part'))).to.deep.equal([
      'flag flag-KGS',
      'flag flag-KZT',
      'flag flag-TJS',
      'flag flag-UZS',
      'flag flag-TMT',
    ]);
    expect(flags[0].textContent).to.equal('');
    // The story's ::part(flag-KGS) rule reaches into the shadow tree.
    expect(getComputedStyle(flags[0]).backgroundImage).to.match(/radial-gradient/);
    const box = flags[0].getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(4 / 3, 0.05);
  });

  it('fades its ends with a mask under fade, and not when the pairs stand wrapped', async () => {
    const el = await loaded(Faded(Faded.args));
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    const mask = () => {
      const style = getComputedStyle(viewport);
      return style.maskImage || style.getPropertyValue('-webkit-mask-image');
    };
    expect(mask()).to.match(/linear-gradient/);
    const plain = await loaded(Default(Default.args));
    expect(getComputedStyle(plain.shadowRoot!.querySelector('.viewport')!).maskImage).to.be.oneOf([
      'none',
      '',
      undefined,
    ]);
    const restore = await reduceMotion();
    try {
      expect(mask()).to.be.oneOf(['none', '']);
    } finally {
      await restore();
    }
  });

  it('names the publisher and the day in its accessible name, and on a line under show-date', async () => {
    const el = await loaded(AsOf(AsOf.args));
    expect(part(el, 'about')!.textContent).to.equal('Қазақстан Ұлттық Банкі, 07.12.2025');
    expect(name(el)).to.equal(
      'Валюта бағамдары, Қазақстан Ұлттық Банкі, 07 желтоқсан 2025 жағдай бойынша',
    );
    // Without show-date: no line, the same name.
    const quiet = await loaded(
      html`<nw-rate-ticker src=${`${FIXTURES}/cbr.xml`} locale="en-GB"></nw-rate-ticker>`,
    );
    expect(part(quiet, 'about')).to.be.null;
    expect(name(quiet)).to.equal('Exchange rates, Bank of Russia, as of 06 December 2025');
    // A feed that names itself; a label the page chose keeps the date and source after it.
    const own = await loaded(
      html`<nw-rate-ticker
        src=${`${FIXTURES}/own.json`}
        locale="en-GB"
        label="Rates today"
      ></nw-rate-ticker>`,
    );
    expect(name(own)).to.match(/^Rates today, Test fixture, as of 0[67] December 2025$/);
    // Rates given as a property say nothing of a source.
    const bare = await loaded(
      html`<nw-rate-ticker
        locale="en"
        show-date
        .rates=${[{ base: 'KGS', quote: 'USD', rate: 0.01143 }]}
      ></nw-rate-ticker>`,
    );
    expect(name(bare)).to.equal('Exchange rates');
    expect(part(bare, 'about')!.textContent).to.equal('');
  });

  it('reserves the date line’s height before data, so nothing shifts when it fills', async () => {
    const el = await fixture<NwRateTicker>(
      html`<nw-rate-ticker src=${`${FIXTURES}/nbk.rss?delay=300`} show-date></nw-rate-ticker>`,
    );
    const before = el.getBoundingClientRect().height;
    await loaded(el);
    expect(part(el, 'about')!.textContent).to.not.equal('');
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('marks rates older than stale-after hours, shown and spoken, and turns them so as they age', async () => {
    // Frozen an hour before the limit; the element's timer is faked too, the feed is not refreshed.
    clock = sinon.useFakeTimers({
      now: NBK_DAY + 95 * HOUR,
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    });
    const el = await loaded(
      html`<nw-rate-ticker
        src=${`${FIXTURES}/nbk.rss`}
        locale="en-GB"
        stale-after="96"
        refresh="0"
      ></nw-rate-ticker>`,
    );
    expect(el.staleAfter).to.equal(96);
    expect(part(el, 'outdated')).to.be.null;
    expect(name(el)).to.equal(
      'Exchange rates, National Bank of Kazakhstan, as of 07 December 2025',
    );
    await clock.tickAsync(2 * HOUR);
    await el.updateComplete;
    expect(part(el, 'outdated')!.textContent).to.equal('Out of date');
    expect(name(el)).to.equal(
      'Exchange rates, National Bank of Kazakhstan, as of 07 December 2025, Out of date',
    );
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('never marks rates out of date without stale-after, and says so in Russian', async () => {
    const plain = await loaded(
      html`<nw-rate-ticker src=${`${FIXTURES}/nbk.rss`} locale="en"></nw-rate-ticker>`,
    );
    expect(part(plain, 'outdated')).to.be.null;
    const old = await loaded(Outdated({ ...Outdated.args, locale: 'ru' }));
    await until(() => part(old, 'outdated'), 'the badge');
    expect(part(old, 'outdated')!.textContent).to.equal('Данные устарели');
    expect(name(old)).to.match(
      /^Курсы валют, Национальный Банк Казахстана, на .*, Данные устарели$/,
    );
  });
});

describe('<nw-rate-ticker> trend lines', () => {
  it('draws a sparkline after each pair from `history`, one request for a feed that is both', async () => {
    const el = await loaded(Trends(Trends.args));
    const labels = await until(() => {
      const found = [...list(el)!.querySelectorAll('svg[role="img"]')].map((svg) =>
        svg.getAttribute('aria-label'),
      );
      return found.length && found.length === list(el)!.children.length ? found : undefined;
    }, 'a sparkline after every pair');
    expect(labels[0]).to.match(
      /^(up|down) [\d.]+% over 29 days, low 49\d\.\d\d, high 5\d\d\.\d\d$/,
    );
    expect(await requests(`${FIXTURES}/history/own.json`)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('draws none without `history`', async () => {
    const el = await loaded(Default(Default.args));
    expect(items(el).length).to.be.greaterThan(0);
    expect(list(el)!.querySelector('svg')).to.equal(null);
  });
});
