// Words of languages other than English load with the language (src/i18n/registry.ts): an element waits for
// them before it renders, so its first render already speaks the page's language. Each test uses a language
// no earlier test in this file loaded (a test file is a page of its own), so the load really happens.
import { expect, fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import { registerMessages } from '../../src/index.js';
import { onMessagesChange, wordsFor } from '../../src/i18n/registry.js';
import { COMMON } from '../../src/i18n/common.js';
import { TICKER } from '../../src/i18n/ticker.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import type { Article } from '../../src/feeds/types.js';
import '../support/lit-warnings.js';

type Element = HTMLElement & {
  updateComplete: Promise<boolean>;
  addController(controller: { hostUpdated(): void }): void;
};

/** The language files the page has fetched so far (`…/i18n/languages/kk.js`), from resource timing. */
const fetchedLanguages = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/languages\/(\w+)\.[jt]s/.exec(entry.name)?.[1])
    .filter(Boolean);

/**
 * Mounts `tag` under `<div lang=…>` and records the text and accessible names of each render as it is
 * committed (a controller's `hostUpdated`), so a test sees the very first thing a reader could have seen.
 */
async function mount<T extends Element>(
  lang: string,
  tag: string,
  set: Partial<T> = {},
  appended = () => {},
) {
  const page = document.createElement('div');
  page.lang = lang;
  const el = Object.assign(document.createElement(tag) as T, set);
  const renders: string[] = [];
  el.addController({
    hostUpdated: () => {
      const root = el.shadowRoot!;
      const labels = [...root.querySelectorAll('[aria-label]')].map((node) =>
        node.getAttribute('aria-label'),
      );
      renders.push(`${labels.join(' | ')} | ${root.textContent!.replace(/\s+/g, ' ').trim()}`);
    },
  });
  page.append(el);
  document.body.append(page);
  appended();
  await el.updateComplete;
  return { el, page, renders };
}

// Two undated articles: the header counts them, in the plural form of the page's language.
const articles: Article[] = ['One', 'Two'].map((title) => ({
  id: title,
  title,
  summary: '',
  authors: [],
  tags: [],
}));

describe('words loaded with their language', () => {
  let pages: HTMLElement[] = [];
  afterEach(() => {
    pages.forEach((page) => page.remove());
    pages = [];
    fixtureCleanup();
    sinon.restore();
  });

  it('a Kazakh ticker’s first render is Kazakh, its feed requested beside the words', async () => {
    expect(fetchedLanguages()).not.to.include('kk');
    const src = `/test/fixtures/rates/own.json?lazy=${Math.random()}`;
    const fetches = sinon.spy(window, 'fetch');
    let requestedAtConnect = false;
    const { el, page, renders } = await mount<NwRateTicker & Element>(
      'kk',
      'nw-rate-ticker',
      { src },
      // Synchronously after the element joined the page: its feed request is already out, while its first
      // render waits for the Kazakh words.
      () => (requestedAtConnect = fetches.calledWithMatch(sinon.match(/own\.json\?lazy=/))),
    );
    pages.push(page);
    expect(requestedAtConnect).to.equal(true);
    expect(fetchedLanguages()).to.include('kk');
    // Loading (or, on a slow machine, already the rates): either way in Kazakh, never in English first.
    expect(renders[0]).to.match(/^Валюта бағамдары/);
    expect(renders.join('\n')).not.to.match(/Exchange rates|Loading/);
    el.remove();
  });

  it('a Russian list’s first header is Russian', async () => {
    expect(fetchedLanguages()).not.to.include('ru');
    const { page, renders } = await mount<NwNewsList & Element>('ru', 'nw-news-list', {
      items: articles,
    });
    pages.push(page);
    expect(renders[0]).to.include('Показаны 2 результата');
    expect(renders.join('\n')).not.to.match(/Viewing|Pages/);
  });

  it('falls back to English, with one warning, when a language’s file cannot be loaded', async () => {
    const warn = sinon.stub(console, 'warn');
    // The Tajik words point at a file that is not there: a real failed import, as when a chunk is missing
    // from where the bundle was copied to.
    const missing = () => import(/* @vite-ignore */ `/missing/${'tg'}.js`);
    const shipped = { common: COMMON.tg, ticker: TICKER.tg };
    COMMON.tg = () => missing().then(() => ({ loading: '', stale: '', loadFailed: '' }));
    TICKER.tg = () =>
      missing().then(() => ({ exchangeRates: '', pause: '', up: '', down: '', unchanged: '' }));
    try {
      const { page, renders } = await mount<NwRateTicker & Element>('tg', 'nw-rate-ticker', {
        rates: [{ base: 'TJS', quote: 'USD', rate: 0.0913 }],
      });
      pages.push(page);
      expect(renders[0]).to.match(/^Exchange rates \| Pause/);
      const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes('"tg"'));
      expect(warnings).to.have.length(1);
      expect(warnings[0].args[0]).to.include('showing English');
    } finally {
      Object.assign(COMMON, { tg: shipped.common });
      Object.assign(TICKER, { tg: shipped.ticker });
    }
  });

  it('lets a site’s phrases win over a language file that arrives after them', async () => {
    expect(fetchedLanguages()).not.to.include('uz');
    registerMessages('uz', { exchangeRates: 'Kurslar' });
    const { page, renders } = await mount<NwRateTicker & Element>('uz', 'nw-rate-ticker', {
      rates: [{ base: 'UZS', quote: 'USD', rate: 0.0000787 }],
    });
    pages.push(page);
    // The site's name for the strip, the shipped Uzbek for the button it left alone.
    expect(renders[0]).to.match(/^Kurslar \| Pauza/);
  });

  it('loads a table looked up before it was loaded, and tells every element when it arrives', async () => {
    // What an element that does not wait for its words (a new one that forgot its tables) goes through.
    const arrived = new Promise<void>((resolve) => {
      const stop = onMessagesChange(() => {
        stop();
        resolve();
      });
    });
    expect(wordsFor('ky', TICKER).exchangeRates).to.equal('Exchange rates');
    await arrived;
    expect(wordsFor('ky', TICKER).exchangeRates).to.equal('Валюта курстары');
  });

  it('loads a language’s file once per page, however many elements speak it', async () => {
    // Kazakh was loaded by the first test; this element finds its words at hand.
    const { el, page } = await mount<NwRateTicker & Element>('kk', 'nw-rate-ticker', {
      rates: [{ base: 'KZT', quote: 'USD', rate: 0.00198 }],
    });
    pages.push(page);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(
      'Валюта бағамдары',
    );
    expect(fetchedLanguages().filter((lang) => lang === 'kk')).to.have.length(1);
  });
});
