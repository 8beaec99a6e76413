import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureFeeds, refreshFeed } from '../../src/feeds/client.js';
import { parseArticles } from '../../src/feeds/articles.js';
import type { ArticlePage } from '../../src/feeds/types.js';
import { FeedController } from '../../src/shared/feed-controller.js';
import { FIXTURES, requests } from './load.js';

/** The smallest element that reads a feed the way the real ones do. */
class FeedHost extends LitElement {
  static override properties = { src: {} };
  src?: string;
  loads: ArticlePage[] = [];
  feed = new FeedController(this, {
    url: () => this.src,
    refresh: () => 0,
    parse: (document) => parseArticles(document),
  });
  constructor() {
    super();
    this.addEventListener('nw-load', (event) =>
      this.loads.push((event as CustomEvent<ArticlePage>).detail),
    );
  }
}
customElements.define('test-feed-host', FeedHost);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await wait(20);
};

describe('FeedController with the feed client', () => {
  it('fires nw-load once for a document a 304 confirms', async () => {
    const src = `${FIXTURES}jsonfeed-1.1.json?etag=1&run=${Date.now()}`;
    const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
    await until(() => el.loads.length > 0);
    await refreshFeed(src);
    await el.updateComplete;
    expect(await requests(src.slice(FIXTURES.length))).to.equal(2);
    expect(el.loads).to.have.length(1);
    expect(el.feed.value?.items[0].id).to.equal('sl-101');
    expect(el.feed.status).to.equal('complete');
  });

  it('reports one status: pending, then error with no value for a feed that is not there', async () => {
    const el = await fixture<FeedHost>(
      html`<test-feed-host .src=${`${FIXTURES}missing.json?run=${Date.now()}`}></test-feed-host>`,
    );
    expect(el.feed.status).to.equal('pending');
    const failed = new Promise((resolve) => el.addEventListener('nw-error', resolve));
    await failed;
    expect(el.feed.status).to.equal('error');
    expect(el.feed.error?.status).to.equal(404);
    expect(el.feed.value).to.equal(undefined);
    el.src = undefined;
    await el.updateComplete;
    expect([el.feed.status, el.feed.error]).to.deep.equal(['initial', undefined]);
  });

  it('does not fire nw-load again when a server without validators sends the same bytes', async () => {
    const src = `${FIXTURES}rss2.rss?run=${Date.now()}`;
    const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
    await until(() => el.loads.length > 0);
    await refreshFeed(src);
    expect(await requests(src.slice(FIXTURES.length))).to.equal(2);
    expect(el.loads).to.have.length(1);
  });

  it('marks a failed refresh stale, and clears it when a 304 confirms the document', async () => {
    const saved = configureFeeds({ retries: 0 });
    try {
      const src = `${FIXTURES}jsonfeed-1.0.json?etag=1&failon=2&run=${Date.now()}`;
      const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
      await until(() => el.loads.length > 0);
      await refreshFeed(src).catch(() => {});
      expect(el.feed.error?.status).to.equal(500);
      expect(el.feed.status).to.equal('stale');
      expect(el.feed.value?.items).to.have.length(1);
      await refreshFeed(src);
      expect(el.feed.error).to.equal(undefined);
      expect(el.feed.status).to.equal('complete');
      expect(el.loads).to.have.length(1);
    } finally {
      configureFeeds(saved);
    }
  });

  it('renders only the last of rapidly changed sources', async () => {
    const run = Date.now();
    const el = await fixture<FeedHost>(html`<test-feed-host></test-feed-host>`);
    el.src = `${FIXTURES}rss2.rss?delay=300&run=${run}`;
    await el.updateComplete;
    el.src = `${FIXTURES}atom.atom?delay=50&run=${run}`;
    await el.updateComplete;
    await until(() => el.loads.length > 0);
    await wait(400); // The first, slower answer has had time to arrive, and must be dropped.
    expect(el.loads.map((page) => page.format)).to.deep.equal(['atom']);
    expect(el.feed.value?.format).to.equal('atom');
  });
});
