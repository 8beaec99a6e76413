import { expect } from '@open-wc/testing';
import {
  configureFeeds,
  refreshFeed,
  watchFeed,
  type FeedSnapshot,
} from '../../src/feeds/client.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import { FIXTURES, requests } from './load.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits (up to 5 s: the machine may be busy) until the server has seen `path` at least `count` times. */
async function seen(path: string, count: number): Promise<number> {
  let now = await requests(path);
  for (let i = 0; i < 100 && now < count; i++) {
    await wait(50);
    now = await requests(path);
  }
  return now;
}
// Each test uses its own query string, so the page-wide cache and the server's counts start fresh.
let run = 0;
const fresh = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}run=${Date.now()}-${run++}`;

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
    const path = fresh('rss2.rss?delay=100');
    const got = await Promise.all([1, 2, 3].map(() => watchUntil(path, (s) => !!s.document)));
    expect(await requests(path)).to.equal(1);
    expect(got[0].snapshot.document).to.equal(got[2].snapshot.document);
    got.forEach(({ stop }) => stop());
  });

  it('sends If-None-Match and reuses the cached document on 304', async () => {
    const path = fresh('jsonfeed-1.0.json?etag=1');
    const first = await refreshFeed(FIXTURES + path);
    const second = await refreshFeed(FIXTURES + path);
    expect(await requests(path)).to.equal(2);
    expect(second).to.equal(first);
  });

  it('sends If-Modified-Since and reuses the cached document on 304', async () => {
    const path = fresh('rss2.rss?lastmod=1');
    const first = await refreshFeed(FIXTURES + path);
    expect(await refreshFeed(FIXTURES + path)).to.equal(first);
    expect(await requests(path)).to.equal(2);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    const path = fresh('rss2.rss?fail=2');
    const started = performance.now();
    const document = await refreshFeed(FIXTURES + path);
    expect(document.status).to.equal(200);
    expect(await requests(path)).to.equal(3);
    // 20 ms then 40 ms, each ±20 %: at least 48 ms in all.
    expect(performance.now() - started).to.be.greaterThan(48);
  });

  it('gives up after the configured retries with a readable HTTP error', async () => {
    const path = fresh('rss2.rss?fail=9');
    const error = await failure(refreshFeed(FIXTURES + path));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.message).to.match(
      /^The feed at http.*rss2\.rss.* answered 503 Service Unavailable\.$/,
    );
    expect(await requests(path)).to.equal(3);
  });

  it('does not retry 4xx', async () => {
    const path = fresh('rss2.rss?status=404');
    const error = await failure(refreshFeed(FIXTURES + path));
    expect(error.message).to.contain('answered 404 Not Found.');
    expect(await requests(path)).to.equal(1);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const path = fresh('rss2.rss?fail=1&retry-after=1');
    const started = performance.now();
    await refreshFeed(FIXTURES + path);
    expect(performance.now() - started).to.be.greaterThan(950);
    expect(await requests(path)).to.equal(2);
  });

  it('times out a slow or stalled feed', async () => {
    configureFeeds({ timeout: 300, retries: 0 });
    for (const query of ['delay=2000', 'stall=1']) {
      const error = await failure(refreshFeed(FIXTURES + fresh(`rss2.rss?${query}`)));
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.contain('did not answer within 0.3 seconds');
    }
  });

  it('refuses a feed larger than the cap', async () => {
    configureFeeds({ maxBytes: 1000 });
    const error = await failure(refreshFeed(FIXTURES + fresh('rss2.rss')));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('is larger than the 1 KB limit');
  });

  it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    configureFeeds({ maxBytes: 1000, timeout: 3000 });
    // stall=1 streams half the file and never ends: only a streamed cap can answer before the timeout.
    const error = await failure(refreshFeed(FIXTURES + fresh('rss2.rss?stall=1')));
    expect(error.kind).to.equal('too-large');
  });

  it('reports an unreachable host as a network error', async () => {
    configureFeeds({ retries: 0 });
    const error = await failure(refreshFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be reached');
  });

  it('keeps the last good document, marked stale, when a refresh fails', async () => {
    configureFeeds({ retries: 0 });
    const path = fresh('rss2.rss?failon=2');
    const { snapshot, stop } = await watchUntil(path, (s) => !!s.document);
    const seen: FeedSnapshot[] = [];
    const stopToo = watchFeed(FIXTURES + path, (s) => seen.push(s));
    await refreshFeed(FIXTURES + path).catch(() => {});
    const last = seen.at(-1)!;
    expect(last.document).to.equal(snapshot.document);
    expect(last.stale).to.equal(true);
    expect(last.error?.status).to.equal(500);
    stop();
    stopToo();
  });

  it('polls, but not while the tab is hidden, and catches up when it is shown', async () => {
    let hidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    try {
      const path = fresh('jsonfeed-1.0.json');
      const { stop } = await watchUntil(path, (s) => !!s.document, 0.5);
      await wait(1200);
      expect(await requests(path)).to.equal(1);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(await seen(path, 2)).to.equal(2);
      expect(await seen(path, 3)).to.equal(3);
      stop();
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('stops polling, cancels retries and drops the request when the last watcher leaves', async () => {
    configureFeeds({ backoff: 400, retries: 3 });
    const path = fresh('rss2.rss?fail=9');
    const calls: FeedSnapshot[] = [];
    const stop = watchFeed(FIXTURES + path, (s) => calls.push(s));
    expect(await seen(path, 1)).to.equal(1); // The first attempt has failed; a retry is waiting.
    stop();
    await wait(1000);
    expect(await requests(path)).to.equal(1);
    expect(calls.every((s) => !s.error)).to.equal(true);
  });

  it('drops the request out when the last watcher leaves: its answer is not cached', async () => {
    const path = fresh('rss2.rss?delay=300');
    const stop = watchFeed(FIXTURES + path, () => {});
    await wait(50);
    stop();
    await wait(500);
    let cached = false;
    const again = watchFeed(FIXTURES + path, (s) => (cached ||= !!s.document));
    expect(cached).to.equal(false);
    again();
  });

  it('keeps a request going when an element only moves (leaves and comes back in one task)', async () => {
    const path = fresh('rss2.rss?delay=150');
    const stop = watchFeed(FIXTURES + path, () => {});
    stop();
    const { stop: stopAgain } = await watchUntil(path, (s) => !!s.document);
    expect(await requests(path)).to.equal(1);
    stopAgain();
  });
});
