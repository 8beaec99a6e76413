import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { registerMessages } from '../../src/index.js';
import type { Article } from '../../src/feeds/types.js';
import type { NwDateline } from '../../src/dateline/dateline.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import '../support/lit-warnings.js';

type Updating = Element & { updateComplete: Promise<boolean> };

/**
 * Waits for the re-render a `lang` change causes. The observer's callback runs in the microtask the change
 * queued; one microtask later the element's update is pending, and `updateComplete` is its promise.
 */
async function rendered(el: Updating): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

const dateOf = (el: Element) => el.shadowRoot!.querySelector('time')!.textContent!.trim();
const headerOf = (el: NwNewsList) => el.shadowRoot!.querySelector('.header')!.textContent!.trim();
const stripName = (el: NwRateTicker) =>
  el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label');

const articles: Article[] = [1, 2].map((n) => ({
  id: String(n),
  title: `Headline ${n}`,
  summary: 'Text.',
  published: new Date(2025, 11, 7),
  authors: [],
  tags: [],
}));

describe('the shared lang observer', () => {
  it('re-renders when an ancestor’s lang is set, changed and removed', async () => {
    const page = await fixture(
      html`<section>
        <div><nw-dateline date="2025-12-07"></nw-dateline></div>
      </section>`,
    );
    page.setAttribute('lang', 'en-GB');
    const el = page.querySelector<NwDateline>('nw-dateline')!;
    await rendered(el);
    expect(dateOf(el)).to.equal('07 December 2025');

    page.querySelector('div')!.setAttribute('lang', 'kk');
    await rendered(el);
    expect(dateOf(el)).to.equal('07 желтоқсан 2025');

    page.querySelector('div')!.removeAttribute('lang');
    await rendered(el);
    expect(dateOf(el)).to.equal('07 December 2025');
  });

  it('follows the document’s own lang', async () => {
    const before = document.documentElement.getAttribute('lang');
    const el = await fixture<NwDateline>(html`<nw-dateline date="2025-12-07"></nw-dateline>`);
    try {
      document.documentElement.setAttribute('lang', 'tg');
      await rendered(el);
      expect(dateOf(el)).to.equal('07 декабри 2025');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('re-renders an element moved under another lang', async () => {
    const page = await fixture(
      html`<div>
        <p lang="ru"><nw-dateline date="2025-12-07"></nw-dateline></p>
        <p lang="tk"></p>
      </div>`,
    );
    const el = page.querySelector<NwDateline>('nw-dateline')!;
    expect(dateOf(el)).to.equal('07 декабря 2025 г.');
    page.querySelector('[lang="tk"]')!.append(el);
    await el.updateComplete;
    expect(dateOf(el)).to.equal('07 dekabr 2025');
  });

  it('sees lang changes inside another component’s shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="uz"><nw-dateline date="2025-12-07"></nw-dateline></div>';
    const el = shadow.querySelector<NwDateline>('nw-dateline')!;
    await el.updateComplete;
    expect(dateOf(el)).to.equal('7-dekabr, 2025');
    shadow.querySelector('div')!.setAttribute('lang', 'ky');
    await rendered(el);
    expect(dateOf(el)).to.equal('2025-жылдын 7-декабры');
  });

  it('re-renders a list and the cards in its shadow root together', async () => {
    const page = await fixture(
      html`<div lang="en-GB">
        <nw-news-list .items=${articles}></nw-news-list>
      </div>`,
    );
    const list = page.querySelector<NwNewsList>('nw-news-list')!;
    await list.updateComplete;
    const card = list.shadowRoot!.querySelector<Updating>('nw-article-card')!;
    await card.updateComplete;
    expect(headerOf(list)).to.equal('Viewing 2 results');

    page.setAttribute('lang', 'ru');
    await Promise.all([rendered(list), rendered(card)]);
    expect(headerOf(list)).to.equal('Показаны 2 результата');
    expect(dateOf(card)).to.equal('07 декабря 2025 г.');
  });

  it('leaves an element with its own locale alone', async () => {
    const page = await fixture(
      html`<div lang="ru">
        <nw-dateline date="2025-12-07" locale="en-GB"></nw-dateline>
      </div>`,
    );
    const el = page.querySelector<NwDateline>('nw-dateline')!;
    let updates = 0;
    el.addController({ hostUpdate: () => updates++ });
    page.setAttribute('lang', 'kk');
    await rendered(el);
    expect(updates).to.equal(0);
    expect(dateOf(el)).to.equal('07 December 2025');
  });

  it('re-renders every element when a site registers words', async () => {
    const page = await fixture(
      html`<div lang="tg-TJ">
        <nw-rate-ticker .rates=${[{ base: 'TJS', quote: 'USD', rate: 0.0913 }]}></nw-rate-ticker>
        <nw-news-list .items=${articles}></nw-news-list>
      </div>`,
    );
    const ticker = page.querySelector<NwRateTicker>('nw-rate-ticker')!;
    const list = page.querySelector<NwNewsList>('nw-news-list')!;
    await Promise.all([ticker.updateComplete, list.updateComplete]);
    expect(stripName(ticker)).to.equal('Қурби асъор');

    registerMessages('tg-TJ', { exchangeRates: 'Қурбҳои асъор', all: { other: '{count} хабар' } });
    await Promise.all([ticker.updateComplete, list.updateComplete]);
    expect(stripName(ticker)).to.equal('Қурбҳои асъор');
    expect(headerOf(list)).to.equal('2 хабар');
  });

  it('re-renders an element that was off the page when words were registered', async () => {
    const page = await fixture(
      html`<div lang="uz-UZ">
        <nw-news-list .items=${articles}></nw-news-list>
      </div>`,
    );
    const list = page.querySelector<NwNewsList>('nw-news-list')!;
    await list.updateComplete;
    expect(headerOf(list)).to.equal('2 ta natija ko‘rsatilmoqda');
    list.remove();
    registerMessages('uz-UZ', { all: { other: '{count} ta maqola' } });
    page.append(list);
    await list.updateComplete;
    expect(headerOf(list)).to.equal('2 ta maqola');
  });

  it('takes a calendar for a language the browser may not know', async () => {
    const page = await fixture(
      html`<div lang="ba">
        <nw-dateline date="2025-12-07" format="full"></nw-dateline>
      </div>`,
    );
    const el = page.querySelector<NwDateline>('nw-dateline')!;
    await el.updateComplete;
    registerMessages('ba', {
      calendar: {
        script: 'Cyrl',
        // Bashkir names as CLDR has them; the pattern is this test's own.
        months: [
          'ғинуар',
          'февраль',
          'март',
          'апрель',
          'май',
          'июнь',
          'июль',
          'август',
          'сентябрь',
          'октябрь',
          'ноябрь',
          'декабрь',
        ],
        monthsShort: [
          'ғин.',
          'фев.',
          'мар.',
          'апр.',
          'май',
          'июн.',
          'июл.',
          'авг.',
          'сент.',
          'окт.',
          'нояб.',
          'дек.',
        ],
        weekdays: ['йәкшәмбе', 'дүшәмбе', 'шишәмбе', 'шаршамбы', 'кесаҙна', 'йома', 'шәмбе'],
        long: "y 'йыл', d MMMM",
        full: "EEEE, y 'йыл', d MMMM",
        medium: 'd MMM y',
        short: 'dd.MM.y',
      },
    });
    await el.updateComplete;
    expect(dateOf(el)).to.equal('йәкшәмбе, 2025 йыл, 7 декабрь');
  });

  it('serves every element with one MutationObserver', async () => {
    fixtureCleanup();
    const Native = window.MutationObserver;
    let made = 0;
    window.MutationObserver = class extends Native {
      constructor(callback: MutationCallback) {
        super(callback);
        made++;
      }
    };
    try {
      await fixture(
        html`<div lang="kk">
          <nw-dateline></nw-dateline><nw-dateline></nw-dateline>
          <nw-article-card heading="A"></nw-article-card>
          <nw-news-list .items=${articles}></nw-news-list>
          <nw-rate-ticker .rates=${[{ base: 'KZT', quote: 'USD', rate: 0.00198 }]}></nw-rate-ticker>
        </div>`,
      );
      expect(made).to.equal(1);
    } finally {
      window.MutationObserver = Native;
    }
  });
});
