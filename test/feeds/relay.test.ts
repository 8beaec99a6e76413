// Widgets reading feeds that send no CORS headers through a news-widgets relay, in a real browser: a feed host
// on another origin and a relay in front of it run beside the test server (test/support/relay-server.js).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { configureFeeds, refreshFeed } from '../../src/feeds/client.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import { RELAY_META, relayed } from '../../src/feeds/relay.js';
import type { Rate, RateSheet } from '../../src/feeds/types.js';
import '../support/lit-warnings.js';

interface RelayRun {
  relay: string;
  upstream: string;
  asked: string[];
}
const run = async (): Promise<RelayRun> => (await fetch('/__relay')).json();

let count = 0;
/** A fresh address on the no-CORS host, so no test meets another's cached copy. */
const feedOn = (origin: string, path: string) =>
  `${origin}${path}${path.includes('?') ? '&' : '?'}relay-test=${Date.now()}-${count++}`;

/** Mounts a ticker on `src`; resolves with its first nw-load or nw-error event. */
async function tickerEvent(src: string): Promise<CustomEvent> {
  const el = document.createElement('nw-rate-ticker');
  el.setAttribute('src', src);
  const event = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('nw-load', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('nw-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  await fixture(html`<div>${el}</div>`);
  return event;
}

const pair = (rates: Rate[], base: string, quote: string) =>
  rates.find((rate) => rate.base === base && rate.quote === quote);

describe('feeds through a relay', () => {
  let saved: FeedSettings;
  let where: RelayRun;
  before(async () => (where = await run()));
  beforeEach(() => (saved = configureFeeds({ retries: 0 })));
  afterEach(() => {
    configureFeeds(saved);
    document.head.querySelector(`meta[name="${RELAY_META}"]`)?.remove();
  });

  it('cannot read the feed host directly: it sends no CORS headers', async () => {
    const error = await refreshFeed(feedOn(where.upstream, '/rates/cbr.xml')).then(
      () => expect.fail('the browser should have blocked it'),
      (e: FeedError) => e,
    );
    expect(error.kind).to.equal('network');
  });

  it("shows the Bank of Russia's windows-1251 rates through the relay set by configureFeeds", async () => {
    configureFeeds({ relay: where.relay });
    const src = feedOn(where.upstream, '/rates/cbr.xml');
    const event = await tickerEvent(src);
    expect(event.type, event.detail?.error?.message).to.equal('nw-load');
    expect(pair((event.detail as RateSheet).rates, 'USD', 'RUB')?.rate).to.equal(78.3);
    expect((await run()).asked).to.include(src);
  });

  it('uses the relay a page declares with <meta name="news-widgets:relay">, no script needed', async () => {
    const meta = Object.assign(document.createElement('meta'), {
      name: RELAY_META,
      content: where.relay,
    });
    document.head.append(meta);
    const src = feedOn(where.upstream, '/rates/nbk.rss');
    const event = await tickerEvent(src);
    expect(event.type, event.detail?.error?.message).to.equal('nw-load');
    expect((event.detail as RateSheet).rates.length).to.be.greaterThan(0);
    expect((await run()).asked).to.include(src);
  });

  it('never sends a same-origin feed through the relay', async () => {
    configureFeeds({ relay: where.relay });
    const src = `/test/fixtures/rates/cbr.xml?relay-test=same-${Date.now()}`;
    const event = await tickerEvent(src);
    expect(event.type).to.equal('nw-load');
    expect((await run()).asked.some((url) => url.includes('relay-test=same-'))).to.equal(false);
  });

  it("shows the relay's reason when it refuses a feed", async () => {
    configureFeeds({ relay: where.relay });
    // localhost is the same machine but not the host on the relay's allow-list.
    const offList = feedOn(where.upstream.replace('127.0.0.1', 'localhost'), '/rates/cbr.xml');
    const event = await tickerEvent(offList);
    expect(event.type).to.equal('nw-error');
    const error = event.detail.error as FeedError;
    expect(error.status).to.equal(403);
    expect(error.message).to.contain(offList).and.contain("not on the relay's allow-list");
  });
});

describe('relayed()', () => {
  const feed = 'https://www.cbr.ru/scripts/XML_daily.asp?date_req=06/12/2025';

  it("puts a foreign feed in the relay's url parameter, percent-encoded", () => {
    const via = new URL(relayed(feed, 'https://relay.news.example/'));
    expect(via.origin + via.pathname).to.equal('https://relay.news.example/');
    expect([...via.searchParams]).to.deep.equal([['url', feed]]);
  });

  it('keeps a relay mounted under a path, resolved against the page', () => {
    const via = new URL(relayed(feed, '/relay/'));
    expect(via.origin + via.pathname).to.equal(`${location.origin}/relay/`);
    expect(via.searchParams.get('url')).to.equal(feed);
  });

  it("leaves alone the page's own feeds, the relay's own host, non-http addresses and an unusable relay", () => {
    expect(relayed(`${location.origin}/feed.json`, 'https://relay.news.example/')).to.equal(
      `${location.origin}/feed.json`,
    );
    expect(relayed('https://relay.news.example/feed.xml', 'https://relay.news.example/')).to.equal(
      'https://relay.news.example/feed.xml',
    );
    expect(relayed('data:application/json,[]', 'https://relay.news.example/')).to.equal(
      'data:application/json,[]',
    );
    expect(relayed(feed, 'http://[bad')).to.equal(feed);
    expect(relayed(feed, '')).to.equal(feed);
  });
});
