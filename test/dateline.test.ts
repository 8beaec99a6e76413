import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { NwDateline } from '../src/dateline/dateline.js';
import { Default, Fixed, Formats } from '../stories/dateline.stories.js';
import './support/lit-warnings.js';

const text = (el: NwDateline) => el.shadowRoot!.querySelector('time')!.textContent!.trim();
const datetime = (el: NwDateline) => el.shadowRoot!.querySelector('time')!.getAttribute('datetime');

describe('<nw-dateline>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('is accessible', async () => {
    const el = await fixture<NwDateline>(Fixed({ date: '2025-12-07', locale: 'en-GB' }));
    await expect(el).to.be.accessible();
  });

  it('shows the seed page’s dateline style: 07 December 2025', async () => {
    const el = await fixture<NwDateline>(Fixed({ date: '2025-12-07', locale: 'en-GB' }));
    expect(text(el)).to.equal('07 December 2025');
    expect(datetime(el)).to.equal('2025-12-07');
  });

  it('shows today when no date is given', async () => {
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 5, 10, 0), toFake: ['Date'] });
    const el = await fixture<NwDateline>(Default({ locale: 'en-GB' }));
    expect(text(el)).to.equal('05 March 2026');
  });

  it('reads a bare calendar day as a local day, not UTC midnight', async () => {
    const el = await fixture<NwDateline>(Fixed({ date: '2025-01-01', locale: 'en-GB' }));
    expect(text(el)).to.equal('01 January 2025');
  });

  it('speaks the nearest lang, across shadow roots, and prefers its own locale', async () => {
    const wrapper = await fixture(
      html`<div lang="ru"><nw-dateline date="2025-12-07"></nw-dateline></div>`,
    );
    const el = wrapper.querySelector('nw-dateline')!;
    await el.updateComplete;
    expect(text(el)).to.equal('07 декабря 2025 г.');

    const host = await fixture(html`<section lang="uk"></section>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('nw-dateline');
    inner.date = '2025-12-07';
    shadow.append(inner);
    await inner.updateComplete;
    expect(text(inner)).to.equal('07 грудня 2025 р.');

    inner.locale = 'en-GB';
    await inner.updateComplete;
    expect(text(inner)).to.equal('07 December 2025');
  });

  it('reflects date, format and locale attributes to properties', async () => {
    const el = await fixture<NwDateline>(
      html`<nw-dateline date="2025-12-07" format="iso" locale="en-GB"></nw-dateline>`,
    );
    expect(el.date).to.equal('2025-12-07');
    expect(el.format).to.equal('iso');
    expect(el.locale).to.equal('en-GB');
    expect(text(el)).to.equal('2025-12-07');
  });

  it('offers named formats', async () => {
    const expected = {
      long: '07 December 2025',
      full: 'Sunday 07 December 2025',
      medium: '7 Dec 2025',
      short: '07/12/2025',
      iso: '2025-12-07',
    };
    const root = await fixture(Formats({ date: '2025-12-07', locale: 'en-GB' }));
    for (const el of root.querySelectorAll('nw-dateline')) {
      await el.updateComplete;
      expect(text(el).replace(',', '')).to.equal(expected[el.format as keyof typeof expected]);
    }
  });

  it('warns once and falls back when the date or format cannot be read', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      clock = sinon.useFakeTimers({ now: new Date(2026, 0, 2, 12), toFake: ['Date'] });
      const el = await fixture<NwDateline>(
        html`<nw-dateline date="next tuesday" format="fancy" locale="en-GB"></nw-dateline>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.equal('02 January 2026');
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.filter((m) => m.includes('next tuesday'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('"fancy"'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('ignores an invalid locale instead of throwing', async () => {
    const el = await fixture<NwDateline>(Fixed({ date: '2025-12-07', locale: 'not a locale!' }));
    expect(text(el)).to.match(/2025/);
  });

  it('turns over at local midnight, with one timer for every dateline', async () => {
    clock = sinon.useFakeTimers({
      now: new Date(2025, 11, 7, 23, 59, 58),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    });
    const root = await fixture(
      html`<div>
        <nw-dateline locale="en-GB"></nw-dateline><nw-dateline locale="en-GB"></nw-dateline
        ><nw-dateline locale="en-GB"></nw-dateline>
      </div>`,
    );
    const lines = [...root.querySelectorAll('nw-dateline')];
    expect(clock.countTimers()).to.equal(1);
    expect(lines.map(text)).to.deep.equal(Array(3).fill('07 December 2025'));

    await clock.tickAsync(3000);
    await Promise.all(lines.map((el) => el.updateComplete));
    expect(lines.map(text)).to.deep.equal(Array(3).fill('08 December 2025'));
    expect(clock.countTimers()).to.equal(1);

    root.remove();
    expect(clock.countTimers()).to.equal(0);
  });
});
