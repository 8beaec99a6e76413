// The feed server goes down and comes back: widgets keep the last good data on screen (marked stale), retry
// with growing back-off, recover on their own, and never ask faster than their refresh interval allows.
import { leftovers } from './instrument.js';
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { assertNothingRan, assertPageIntact, counted, printCounts } from './tripwire.js';
import { recordFetches } from '../support/server.js';
import { until } from '../support/wait.js';
import { HOSTILE, mount, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const RETRIES = 2;
const BACKOFF = 100;
const REFRESH = 1; // seconds
const OUTAGE = 2500; // ms
// The shortest wait between polls: the refresh interval less its 20 % jitter.
const POLL_AT_LEAST = REFRESH * 1000 * 0.8;

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
  useFeedSettings({ backoff: BACKOFF, retries: RETRIES, timeout: REQUEST_TIMEOUT });
  afterEach(function () {
    assertNothingRan();
    counted('fault', this.currentTest);
  });
  printCounts('recovery');

  for (const [tag, file, look] of CASES) {
    it(`<${tag}>: stale data through the outage, back-off, recovery, bounded request rate`, async function () {
      this.timeout(20000);
      const src = `${HOSTILE}${file}?down=${OUTAGE}&downafter=1`;
      const idle = leftovers();
      const fetches = recordFetches();
      try {
        const { el, root, event, events } = await mount<LitElement>(tag, {
          src,
          refresh: String(REFRESH),
        });
        expect(event.type).to.equal('nw-load');

        await until(() => events.some((e) => e.type === 'nw-error'), 'the outage to show', 5000);
        await el.updateComplete;
        expect(look(el), 'during the outage').to.deep.equal({ data: true, stale: true });
        assertPageIntact(root);

        await until(() => !look(el).stale, 'recovery', OUTAGE + 5000);
        expect(look(el).data, 'after recovery').to.equal(true);
        // One more poll: polling goes on after recovery.
        const recovered = fetches.calls(src).length;
        await until(() => fetches.calls(src).length > recovered, 'a poll after recovery');
        el.remove();
        // Nothing left running: no timer (poll, retry, a request's own timeout) and no request out. A body
        // being read when the element left ends a moment after its request does; a poll would never end.
        await until(
          () => leftovers().fetches === idle.fetches && leftovers().timers === idle.timers,
          'no timer and no request left after removal',
        );
      } finally {
        fetches.stop();
      }

      // When the widget asked, by the page's clock (timers never fire early, so these are lower bounds).
      const times = fetches.calls(src).map((call) => call.at);
      const gaps = times.slice(1).map((t, i) => Math.round(t - times[i]));
      console.log(
        `[hostile] <${tag}> outage of ${OUTAGE} ms: ${times.length} requests, gaps ${gaps.join(', ')} ms`,
      );
      // A poll and its retries, at most, in any stretch shorter than the shortest refresh interval (1 s less
      // its 20 % jitter).
      expect(busiest(times, POLL_AT_LEAST), `gaps ${gaps}`).to.be.at.most(1 + RETRIES);
      // Retries back off: a first retry waits at least 80 ms (100 less jitter), a second at least 160 ms.
      const retries = gaps.map(
        (gap, i) => gap < POLL_AT_LEAST && (gaps[i - 1] ?? POLL_AT_LEAST) < POLL_AT_LEAST,
      );
      expect(gaps.filter((gap) => gap < POLL_AT_LEAST).length, 'retries happened').to.be.at.least(
        RETRIES,
      );
      gaps.forEach((gap, i) =>
        expect(gap, `gap ${i} of ${gaps}`).to.be.at.least(
          retries[i] ? 2 * BACKOFF * 0.8 : BACKOFF * 0.8,
        ),
      );
    });
  }
});
