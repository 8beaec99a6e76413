// The rate changes the page remembers per rates feed (src/feeds/rates/history.ts) are forgotten with the feed
// when the client lets go of it, as clearFeedCache() forgets them (issue 19): otherwise every address a page
// ever showed kept its set for the page's life.
import { expect } from '@open-wc/testing';
import { watchFeed } from '../../src/feeds/client.js';
import { parseRateFeed } from '../../src/feeds/rates/parse.js';
import type { FeedDocument } from '../../src/feeds/types.js';
import '../support/server.js';

const RATES = '/test/fixtures/rates/';

/** Follows `url` until its first document, then stops following it (a copy kept from a visit is not shown). */
function fetchOnce(url: string): Promise<FeedDocument> {
  return new Promise((resolve) => {
    const stop = watchFeed(
      url,
      ({ document }) => {
        if (!document) return;
        // Stopped after this call returns: watchFeed may call back before it has returned `stop`.
        queueMicrotask(() => {
          stop();
          resolve(document);
        });
      },
      { maxAge: 0 },
    );
  });
}

describe('rate changes remembered per feed', () => {
  it('are forgotten when the client forgets the feed', async () => {
    // 500 the first time, 505 after: the change from the first fix would be +1%.
    const src = `${RATES}usd-kzt-a.json?then=usd-kzt-b.json`;
    const first = await parseRateFeed(await fetchOnce(src));
    expect(first.rates[0].rate).to.equal(500);
    // More feeds than the client keeps unwatched: the first goes, and is fetched anew below.
    for (let i = 0; i < 9; i++) await fetchOnce(`${RATES}one.json?other=${i}`);
    const again = await parseRateFeed(await fetchOnce(src));
    expect(again.rates[0].rate).to.equal(505);
    expect(again.rates[0].change, 'a change against a fix from a forgotten feed').to.equal(
      undefined,
    );
  });
});
