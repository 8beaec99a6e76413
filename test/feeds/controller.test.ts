import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureFeeds, refreshFeed } from '../../src/feeds/client.js';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import type { ArticlePage } from '../../src/feeds/types.js';
import { FeedController } from '../../src/shared/feed-controller.js';
import { recordFetches, served } from '../support/server.js';
import { until } from '../support/wait.js';
import { FIXTURES } from './load.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

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

describe('FeedController with the feed client', () => {
  it('fires nw-load once for a document a 304 confirms', async () => {
    const src = `${FIXTURES}jsonfeed-1.1.json?etag=1`;
    const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
    await until(() => el.loads.length, 'the first nw-load');
    await refreshFeed(src);
    await el.updateComplete;
    expect((await served(src)).count).to.equal(2);
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
    const src = `${FIXTURES}rss2.rss`;
    const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
    await until(() => el.loads.length, 'the first nw-load');
    await refreshFeed(src);
    expect((await served(src)).count).to.equal(2);
    expect(el.loads).to.have.length(1);
  });

  it('marks a failed refresh stale, and clears it when a 304 confirms the document', async () => {
    const saved = configureFeeds({ retries: 0 });
    try {
      const src = `${FIXTURES}jsonfeed-1.0.json?etag=1&failon=2`;
      const el = await fixture<FeedHost>(html`<test-feed-host .src=${src}></test-feed-host>`);
      await until(() => el.loads.length, 'the first nw-load');
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
    const fetches = recordFetches();
    try {
      const el = await fixture<FeedHost>(html`<test-feed-host></test-feed-host>`);
      el.src = `${FIXTURES}rss2.rss?delay=300`;
      await el.updateComplete;
      el.src = `${FIXTURES}atom.atom?delay=50`;
      await el.updateComplete;
      // The slower answer for the source left behind is dropped, not rendered late.
      expect(await fetches.outcome('rss2.rss')).to.equal('AbortError');
      await until(() => el.loads.length, 'the first nw-load');
      expect(el.loads.map((page) => page.format)).to.deep.equal(['atom']);
      expect(el.feed.value?.format).to.equal('atom');
    } finally {
      fetches.stop();
    }
  });
});
