// The feed server goes down and comes back: widgets keep the last good data on screen (marked stale), retry
// with growing back-off, recover on their own, and never ask faster than their refresh interval allows.
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { assertNothingRan, assertPageIntact, counted, printCounts } from './tripwire.js';
import { HOSTILE, fresh, mount, served, sleep, until, useFeedSettings } from './support.js';

const RETRIES = 2;
const BACKOFF = 100;
const REFRESH = 1; // seconds
const OUTAGE = 2500; // ms

/** Most requests seen in any window of `ms` milliseconds. */
function busiest(times: number[], ms: number): number {
  let most = 0;
  for (const [i, start] of times.entries())
    most = Math.max(most, times.slice(i).filter((t) => t - start < ms).length);
  return most;
}

const CASES: [string, string, (el: HTMLElement) => { data: boolean; stale: boolean }][] = [
  [
    'nw-rate-ticker',
    'rates-map.json',
    (el) => ({
      data: !!el.shadowRoot!.querySelector('.track > ul li'),
      stale: !!el.shadowRoot!.querySelector('[part~="status"][title]'),
    }),
  ],
  [
    'nw-news-list',
    'jsonfeed.json',
    (el) => ({
      data: !!el.shadowRoot!.querySelector('nw-article-card'),
      stale: !!el.shadowRoot!.querySelector('.status.stale'),
    }),
  ],
];

describe('recovery: the feed server goes down and comes back', () => {
  useFeedSettings({ backoff: BACKOFF, retries: RETRIES, timeout: 1500 });
  afterEach(function () {
    assertNothingRan();
    counted('fault', this.currentTest);
  });
  printCounts('recovery');

  for (const [tag, file, look] of CASES) {
    it(`<${tag}>: stale data through the outage, back-off, recovery, bounded request rate`, async function () {
      this.timeout(20000);
      const src = fresh(`${HOSTILE}${file}?down=${OUTAGE}&downafter=1`);
      const { el, root, event, events } = await mount(tag, { src, refresh: String(REFRESH) });
      expect(event.type).to.equal('nw-load');

      await until(() => events.some((e) => e.type === 'nw-error'), 'the outage never showed', 5000);
      await sleep(50);
      expect(look(el), 'during the outage').to.deep.equal({ data: true, stale: true });
      assertPageIntact(root);

      await until(() => !look(el).stale, 'never recovered', OUTAGE + 5000);
      expect(look(el).data, 'after recovery').to.equal(true);
      // One more interval: polling goes on at the normal rate after recovery.
      await sleep(REFRESH * 1000 + 300);
      el.remove();

      const { times } = await served(src);
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      console.log(
        `[hostile] <${tag}> outage of ${OUTAGE} ms: ${times.length} requests, gaps ${gaps.join(', ')} ms`,
      );
      // A poll and its retries, at most, in any stretch shorter than the (jittered) refresh interval.
      expect(busiest(times, REFRESH * 1000 * 0.75)).to.be.at.most(1 + RETRIES);
      // Retries back off: within a failed poll each wait is longer than the one before.
      const retryGaps = gaps.filter((gap) => gap < REFRESH * 1000 * 0.75);
      expect(retryGaps.length, 'retries happened').to.be.at.least(RETRIES);
      for (let i = 1; i < retryGaps.length; i += RETRIES)
        expect(retryGaps[i], `gaps ${retryGaps}`).to.be.greaterThan(retryGaps[i - 1]);
      // Nothing after removal.
      const count = times.length;
      await sleep(REFRESH * 1000 + 300);
      expect((await served(src)).count, 'requests after removal').to.equal(count);
    });
  }
});
