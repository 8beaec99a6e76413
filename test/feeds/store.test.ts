// Repeat views: the last good copy of a feed kept in localStorage (src/feeds/store.ts) is on screen at the
// first render of the next visit, while a conditional request asks the server whether it changed. The server
// holds its answer (`hold=1`) until the test has looked, so nothing here depends on timing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { clearFeedCache, configureFeeds, watchFeed } from '../../src/feeds/client.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import '../support/lit-warnings.js';
import { release, served } from '../support/server.js';
import { until } from '../support/wait.js';
import { items } from '../rate-ticker/helpers.js';

const RATES = '/test/fixtures/rates/';
const KEY = 'news-widgets:';
// The browser's own HTTP cache would revalidate a no-cache answer with its own If-None-Match; with no-store
// every validator the server sees is one the widget sent.
const NO_STORE = 'header.cache-control=no-store';
const absolute = (path: string) => new URL(path, location.href).href;

/** Every stored copy and the index, as localStorage holds them. */
function storedKeys(): Record<string, string> {
  return Object.fromEntries(
    Object.keys(localStorage)
      .filter((key) => key.startsWith(KEY))
      .map((key) => [key, localStorage.getItem(key)!]),
  );
}

const storedCopy = (path: string) => localStorage.getItem(KEY + absolute(path));
/** A stored copy is [via, Content-Type, status, headers, text]. */
type Copy = [string, string, number, Record<string, string>, string];
const copyOf = (path: string) => JSON.parse(storedCopy(path)!) as Copy;

/**
 * What a reload does to the page's state: the feeds in memory and the rate changes seen are gone, what
 * localStorage holds stays. (clearFeedCache() also deletes the stored copies, so they are put back.)
 */
function reload(): void {
  const kept = storedKeys();
  clearFeedCache();
  for (const [key, value] of Object.entries(kept)) localStorage.setItem(key, value);
}

/** Answers the request the server holds for `path`, once it has arrived. */
const answer = (path: string) => until(() => release(path), `a request for ${path} to hold`);

async function ticker(src: string, attributes = '') {
  const el = document.createElement('nw-rate-ticker');
  el.setAttribute('src', src);
  el.setAttribute('refresh', '0');
  if (attributes) el.setAttribute('max-age', attributes);
  await fixture(html`<div>${el}</div>`);
  return el as NwRateTicker;
}

const busy = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="base"]')!.ariaBusy;

/** First view: mounts a ticker on `src`, lets the held answer go, waits for the rates, and unmounts it. */
async function firstView(src: string, maxAge = ''): Promise<void> {
  const el = await ticker(src, maxAge);
  await answer(src);
  await until(() => items(el).length, 'the first view’s rates');
  el.parentElement!.remove();
}

describe('stored copies of feeds (repeat views)', () => {
  let saved: FeedSettings;
  beforeEach(() => {
    saved = configureFeeds({ storage: true, backoff: 20 });
    clearFeedCache();
  });
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
    configureFeeds(saved);
  });

  it('shows the stored rates at the first render, revalidates with If-None-Match, then updates in place', async () => {
    const src = `${RATES}usd-kzt-a.json?etag=1&hold=1&then=usd-kzt-b.json&${NO_STORE}`;
    await firstView(src);
    const [, , , headers, text] = copyOf(src);
    expect(text).to.contain('"rate": 500');

    reload();
    const loads: Event[] = [];
    document.addEventListener('nw-load', (e) => loads.push(e));
    const el = await ticker(src);
    // The server has not answered: the first render already holds the stored rate, marked busy.
    expect(items(el)).to.deep.equal(['USD/KZT = 500']);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);
    expect(busy(el)).to.equal('true');
    const log = await until(async () => {
      const seen = await served(src);
      return seen.count === 2 ? seen : undefined;
    }, 'the revalidation request');
    expect(log.validators[1].etag).to.equal(headers.etag);

    await answer(src);
    // The change is worked out against the stored fix the reader saw before.
    await until(() => items(el)[0]?.startsWith('USD/KZT = 505'), 'the new rate');
    expect(items(el)).to.deep.equal(['USD/KZT = 505 1%']);
    await el.updateComplete;
    expect(busy(el)).to.equal('false');
    expect(copyOf(src)[4]).to.contain('"rate": 505');
    // One nw-load for the stored copy, one for the new answer.
    expect(loads).to.have.length(2);
  });

  it('keeps the stored copy on a 304 (If-Modified-Since) without reading it again', async () => {
    const src = `${RATES}usd-kzt-a.json?lastmod=1&hold=1&${NO_STORE}`;
    await firstView(src);
    reload();
    const el = await ticker(src);
    expect(items(el)).to.deep.equal(['USD/KZT = 500']);
    const loaded = sinon.spy();
    el.addEventListener('nw-load', loaded);
    await answer(src);
    await until(() => busy(el) === 'false', 'the 304 to land');
    const { validators } = await served(src);
    expect(validators[1].modified).to.be.a('string').and.not.equal('');
    expect(items(el)).to.deep.equal(['USD/KZT = 500']);
    expect(loaded.callCount).to.equal(0);
  });

  it('keeps showing the stored copy, marked stale, when the network fails', async () => {
    const src = `${RATES}usd-kzt-a.json?status=500&after=1&hold=1`;
    configureFeeds({ retries: 0 });
    await firstView(src);
    reload();
    const el = await ticker(src);
    const failed = oneEvent(el, 'nw-error');
    await answer(src);
    await failed;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['USD/KZT = 500']);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.have.attribute('title');
  });

  it('never shows a copy older than max-age', async () => {
    const src = `${RATES}usd-kzt-a.json?etag=1&hold=1`;
    await firstView(src);
    reload();
    // Two hours later: an element allowing one hour waits for the network; one allowing a day shows the copy.
    sinon.useFakeTimers({ now: Date.now() + 2 * 3600_000, toFake: ['Date'] });
    const strict = await ticker(src, '3600');
    expect(items(strict)).to.deep.equal([]);
    expect(busy(strict)).to.equal('true');
    const relaxed = await ticker(src);
    expect(items(relaxed)).to.deep.equal(['USD/KZT = 500']);
    await answer(src);
    // The server confirmed the copy (304): now it is current for both.
    await until(() => items(strict).length, 'the strict ticker’s rates');
    expect(items(strict)).to.deep.equal(['USD/KZT = 500']);
  });

  it('max-age="0" neither shows nor keeps a copy', async () => {
    const src = `${RATES}usd-kzt-a.json?hold=1`;
    await firstView(src, '0');
    expect(storedCopy(src)).to.equal(null);
    reload();
    await firstView(src);
    reload();
    const el = await ticker(src, '0');
    expect(items(el)).to.deep.equal([]);
    await answer(src);
    await until(() => items(el).length, 'the rates from the network');
  });

  for (const [how, turnOff] of [
    ['configureFeeds({ storage: false })', () => configureFeeds({ storage: false })],
    [
      '<meta name="news-widgets:storage" content="off">',
      () => {
        configureFeeds({ storage: undefined });
        const meta = document.head.appendChild(document.createElement('meta'));
        meta.name = 'news-widgets:storage';
        meta.content = 'off';
        return () => meta.remove();
      },
    ],
  ] as const) {
    it(`${how} turns copies off for the page, without touching localStorage`, async () => {
      const src = `${RATES}usd-kzt-a.json?hold=1`;
      await firstView(src);
      reload();
      const undo = turnOff();
      const get = sinon.spy(Storage.prototype, 'getItem');
      const set = sinon.spy(Storage.prototype, 'setItem');
      const el = await ticker(src);
      expect(items(el)).to.deep.equal([]);
      await answer(src);
      await until(() => items(el).length, 'the rates from the network');
      expect(get.called || set.called).to.equal(false);
      if (typeof undo === 'function') undo();
    });
  }

  it('works as before when storage throws (quota exceeded, storage blocked)', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    sinon.stub(Storage.prototype, 'setItem').throws(quota);
    const src = `${RATES}usd-kzt-a.json?hold=1`;
    const errors = sinon.spy();
    document.addEventListener('nw-error', errors);
    await firstView(src);
    expect(storedCopy(src)).to.equal(null);
    sinon.restore();
    reload();
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('Denied', 'SecurityError'));
    const el = await ticker(src);
    expect(items(el)).to.deep.equal([]);
    await answer(src);
    await until(() => items(el).length, 'the rates from the network');
    document.removeEventListener('nw-error', errors);
    expect(errors.callCount).to.equal(0);
  });

  it('drops a damaged or tampered copy quietly and asks for the whole feed', async () => {
    const src = `${RATES}usd-kzt-a.json?etag=1&hold=1&${NO_STORE}`;
    await firstView(src);
    const key = KEY + absolute(src);
    for (const damage of [
      (copy: string) => copy.slice(0, 40), // cut short: not JSON
      (copy: string) => copy.replace(/"\[.*\]\\n"\]$/, '"<html>not a feed"]'),
      (copy: string) => copy.replace(/\{"[^}]*\}/, '{"bad name":"x"}'),
      (copy: string) => copy.replace(',200,', ',"200",'),
    ]) {
      const good = localStorage.getItem(key)!;
      expect(damage(good)).not.to.equal(good);
      localStorage.setItem(key, damage(good));
      reload();
      await fetch('/__requests', { method: 'DELETE' });
      const errors = sinon.spy();
      const el = await ticker(src);
      el.addEventListener('nw-error', errors);
      expect(items(el)).to.deep.equal([]);
      // Markup is read once the ticker's XML reader has loaded (rates/parse.ts), so that copy goes a moment later.
      await until(() => localStorage.getItem(key) === null, 'the damaged copy dropped');
      // The server lets go of every request it holds for this address at once, and holds any that comes later.
      // For the copy that looks like markup, the one sent with its validators is held before the one for the
      // whole feed, so that one must have arrived before the answer goes.
      await until(
        async () => (await served(src)).validators.some((sent) => sent.etag === undefined),
        'a request for the whole feed',
      );
      await answer(src);
      await until(() => items(el).length, 'the rates from the network');
      // The request that answered asked for the whole feed. (For the copy that looks like markup, one carrying
      // its validators went out while the ticker loaded its XML reader, and was cancelled when it was dropped.)
      const { validators } = await served(src);
      expect(validators.at(-1)?.etag, damage.toString()).to.equal(undefined);
      expect(errors.callCount).to.equal(0);
      el.parentElement!.remove();
    }
  });

  it('keeps a news list’s cards for the repeat view', async () => {
    const src = '/feeds/articles.json?etag=1&hold=1';
    const first = await fixture<NwNewsList>(html`<nw-news-list src=${src}></nw-news-list>`);
    await answer(src);
    const cards = () => first.shadowRoot!.querySelectorAll('nw-article-card').length;
    await until(cards, 'the first view’s cards');
    first.remove();
    reload();
    const el = await fixture<NwNewsList>(html`<nw-news-list src=${src}></nw-news-list>`);
    const header = el.shadowRoot!.querySelector('[part="header"]')!;
    expect(el.shadowRoot!.querySelectorAll('nw-article-card')).to.have.length(6);
    expect(header.textContent).to.equal('Viewing results 1 - 6 of 50');
    expect(busy(el)).to.equal('true');
    await answer(src);
    await until(() => busy(el) === 'false', 'the revalidation');
    expect(el.shadowRoot!.querySelectorAll('nw-article-card')).to.have.length(6);
  });

  describe('the size cap', () => {
    /** Watches `path` until its document is in; resolves with the stop function. */
    const watched = (path: string) =>
      new Promise<() => void>((resolve) => {
        const stop = watchFeed(path, (s) => {
          if (s.document && !s.loading) resolve(stop);
        });
      });

    it('evicts the least recently used copies past 1 Mi characters, and keeps no feed over half of it', async () => {
      // About 390,000 characters each as stored: three do not fit.
      const feeds = [1, 2, 3].map((n) => `/feeds/articles.json?items=350&n=${n}`);
      for (const feed of feeds) (await watched(feed))();
      expect(feeds.map((feed) => storedCopy(feed) !== null)).to.deep.equal([false, true, true]);
      const index = JSON.parse(localStorage.getItem(`${KEY}index`)!) as Record<string, unknown>;
      expect(Object.keys(index)).to.deep.equal(feeds.slice(1).map(absolute));

      const huge = '/feeds/articles.json?items=600';
      (await watched(huge))();
      expect(storedCopy(huge)).to.equal(null);
      expect(storedCopy(feeds[2])).not.to.equal(null);
    });

    it('clearFeedCache() deletes every stored copy', async () => {
      (await watched(`${RATES}own.json`))();
      expect(Object.keys(storedKeys())).to.have.length(2);
      clearFeedCache();
      expect(storedKeys()).to.deep.equal({ [`${KEY}index`]: '{}' });
    });
  });
});
