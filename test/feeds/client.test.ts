import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  clearFeedCache,
  configureFeeds,
  refreshFeed,
  watchFeed,
  type FeedSnapshot,
} from '../../src/feeds/client.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import { recordFetches, requests as requestsFor } from '../support/server.js';
import { until } from '../support/wait.js';
import { FIXTURES } from './load.js';

// Each test starts with an empty feed cache and request log (../support/server.js).
const requests = (path: string) => requestsFor(FIXTURES + path);
/** Waits until the server has seen `path` at least `count` times. */
const seen = (path: string, count: number) =>
  until(async () => (await requests(path)) >= count, `request ${count} for ${path}`);

/** Watches `path` until `done(snapshot)`; resolves with that snapshot and the stop function. */
function watchUntil(path: string, done: (s: FeedSnapshot) => boolean, refresh = 0) {
  return new Promise<{ snapshot: FeedSnapshot; stop: () => void }>((resolve) => {
    const stop = watchFeed(
      FIXTURES + path,
      (snapshot) => {
        if (done(snapshot)) resolve({ snapshot, stop });
      },
      { refresh },
    );
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('should have failed'),
    (error: FeedError) => error,
  );

describe('feed client', () => {
  let saved: FeedSettings;
  beforeEach(() => {
    saved = configureFeeds({ backoff: 20, retries: 2 });
  });
  afterEach(() => configureFeeds(saved));

  it('makes one request for any number of watchers of one URL', async () => {
    const path = 'rss2.rss?delay=100';
    const got = await Promise.all([1, 2, 3].map(() => watchUntil(path, (s) => !!s.document)));
    expect(await requests(path)).to.equal(1);
    expect(got[0].snapshot.document).to.equal(got[2].snapshot.document);
    got.forEach(({ stop }) => stop());
  });

  it('sends If-None-Match and reuses the cached document on 304', async () => {
    const path = 'jsonfeed-1.0.json?etag=1';
    const first = await refreshFeed(FIXTURES + path);
    const second = await refreshFeed(FIXTURES + path);
    expect(await requests(path)).to.equal(2);
    expect(second).to.equal(first);
  });

  it('sends If-Modified-Since and reuses the cached document on 304', async () => {
    const path = 'rss2.rss?lastmod=1';
    const first = await refreshFeed(FIXTURES + path);
    expect(await refreshFeed(FIXTURES + path)).to.equal(first);
    expect(await requests(path)).to.equal(2);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const path = 'rss2.rss?fail=2';
    const started = performance.now();
    const document = await refreshFeed(FIXTURES + path);
    expect(document.status).to.equal(200);
    expect(await requests(path)).to.equal(3);
    // 20 ms then 40 ms, each ±20 %: at least 48 ms in all.
    expect(performance.now() - started).to.be.greaterThan(48);
  });

  it('gives up after the configured retries with a readable HTTP error', async () => {
    const path = 'rss2.rss?fail=9';
    const error = await failure(refreshFeed(FIXTURES + path));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.message).to.match(
      /^The feed at http.*rss2\.rss.* answered 503 Service Unavailable\.$/,
    );
    expect(await requests(path)).to.equal(3);
  });

  it('does not retry 4xx', async () => {
    const path = 'rss2.rss?status=404';
    const error = await failure(refreshFeed(FIXTURES + path));
    expect(error.message).to.contain('answered 404 Not Found.');
    expect(await requests(path)).to.equal(1);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const path = 'rss2.rss?fail=1&retry-after=1';
    const started = performance.now();
    await refreshFeed(FIXTURES + path);
    expect(performance.now() - started).to.be.greaterThan(950);
    expect(await requests(path)).to.equal(2);
  });

  it('times out a slow or stalled feed', async () => {
    configureFeeds({ timeout: 300, retries: 0 });
    for (const query of ['delay=2000', 'stall=1']) {
      const error = await failure(refreshFeed(FIXTURES + `rss2.rss?${query}`));
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.contain('did not answer within 0.3 seconds');
    }
  });

  it('refuses a feed larger than the cap', async () => {
    configureFeeds({ maxBytes: 1000 });
    const error = await failure(refreshFeed(FIXTURES + 'rss2.rss'));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('is larger than the 1 KB limit');
  });

  it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    configureFeeds({ maxBytes: 1000, timeout: 3000 });
    // stall=1 streams half the file and never ends: only a streamed cap can answer before the timeout.
    const error = await failure(refreshFeed(FIXTURES + 'rss2.rss?stall=1'));
    expect(error.kind).to.equal('too-large');
  });

  it('reports an unreachable host as a network error', async () => {
    configureFeeds({ retries: 0 });
    const error = await failure(refreshFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be reached');
  });

  it('keeps the last good document beside the error when a refresh fails', async () => {
    configureFeeds({ retries: 0 });
    const path = 'rss2.rss?failon=2';
    const { snapshot, stop } = await watchUntil(path, (s) => !!s.document);
    const seen: FeedSnapshot[] = [];
    const stopToo = watchFeed(FIXTURES + path, (s) => seen.push(s));
    await refreshFeed(FIXTURES + path).catch(() => {});
    const last = seen.at(-1)!;
    expect(last.document).to.equal(snapshot.document);
    expect(last.error?.status).to.equal(500);
    stop();
    stopToo();
  });

  it('polls, but not while the tab is hidden, and catches up when it is shown', async () => {
    let hidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    // The client's clock is faked so the poll comes due at once; the requests themselves are real.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const path = 'jsonfeed-1.0.json';
      const snapshots: FeedSnapshot[] = [];
      const { stop } = await watchUntil(path, (s) => !!snapshots.push(s) && !!s.document, 0.5);
      const asked = () => snapshots.filter((s) => s.loading).length;
      expect(asked(), 'the first load').to.equal(1);
      clock.tick(2000); // four intervals, all while hidden
      expect(asked(), 'requests while hidden').to.equal(1);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(asked(), 'a request as soon as the tab is shown').to.equal(2);
      clock.restore();
      await seen(path, 2);
      await seen(path, 3); // and polling goes on
      stop();
    } finally {
      clock.restore();
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('does not catch up, once shown, on a feed its watcher left while the tab was hidden', async () => {
    let hidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const fetches = recordFetches();
    try {
      const path = 'jsonfeed-1.0.json?left=hidden';
      const { stop } = await watchUntil(path, (s) => !!s.document, 0.5);
      clock.tick(1000); // a poll due while hidden
      stop();
      await Promise.resolve(); // The watcher leaving takes effect a microtask later.
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(fetches.calls('jsonfeed-1.0.json'), 'requests').to.have.length(1);
    } finally {
      clock.restore();
      fetches.stop();
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('stops polling, cancels retries and drops the request when the last watcher leaves', async () => {
    configureFeeds({ backoff: 400, retries: 3 });
    const fetches = recordFetches();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const calls: FeedSnapshot[] = [];
      const stop = watchFeed(FIXTURES + 'rss2.rss?fail=9', (s) => calls.push(s));
      expect(await fetches.outcome('rss2.rss')).to.equal('answered 503');
      // The 503 is read in the microtasks after it arrives: the only timer left is then the retry's.
      await until(() => clock.countTimers() === 1, 'a retry waiting');
      stop();
      await Promise.resolve(); // The watcher leaving takes effect a microtask later (an element may only move).
      expect(clock.countTimers(), 'timers left').to.equal(0);
      clock.tick(60_000);
      expect(fetches.calls('rss2.rss'), 'requests after the watcher left').to.have.length(1);
      expect(calls.every((s) => !s.error)).to.equal(true);
    } finally {
      clock.restore();
      fetches.stop();
    }
  });

  it('drops the request out when the last watcher leaves: its answer is not cached', async () => {
    const path = 'rss2.rss?delay=300';
    const fetches = recordFetches();
    try {
      const stop = watchFeed(FIXTURES + path, () => {});
      await seen(path, 1);
      stop();
      expect(await fetches.outcome(path)).to.equal('AbortError');
    } finally {
      fetches.stop();
    }
    let cached = false;
    const again = watchFeed(FIXTURES + path, (s) => (cached ||= !!s.document));
    expect(cached).to.equal(false);
    again();
  });

  it('clearFeedCache() forgets the feeds nobody watches and keeps those still watched', async () => {
    const { stop: leave } = await watchUntil('rss2.rss', (s) => !!s.document);
    leave();
    const { stop } = await watchUntil('atom.atom', (s) => !!s.document);
    await Promise.resolve(); // the one that left is released a microtask later
    clearFeedCache();
    let cached = false;
    const again = watchFeed(FIXTURES + 'rss2.rss', (s) => (cached ||= !!s.document));
    let shared = false;
    const second = watchFeed(FIXTURES + 'atom.atom', (s) => (shared ||= !!s.document));
    expect([cached, shared], 'a document at once: forgotten, watched').to.deep.equal([false, true]);
    await seen('rss2.rss', 2);
    expect(await requests('atom.atom')).to.equal(1);
    [again, second, stop].forEach((unwatch) => unwatch());
  });

  it('keeps a request going when an element only moves (leaves and comes back in one task)', async () => {
    const path = 'rss2.rss?delay=150';
    const stop = watchFeed(FIXTURES + path, () => {});
    stop();
    const { stop: stopAgain } = await watchUntil(path, (s) => !!s.document);
    expect(await requests(path)).to.equal(1);
    stopAgain();
  });
});
