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
// Firefox's page clock counts whole milliseconds: a wait of exactly a bound can read a millisecond short.
const GRAIN = 1;

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
      // How many requests had gone out when the widget first said the feed failed: the one that loaded, then
      // one poll and its retries, all answered 503 (the outage begins with the first poll).
      let askedBeforeError = 0;
      try {
        const { el, root, event, events } = await mount<LitElement>(tag, {
          src,
          refresh: String(REFRESH),
        });
        expect(event.type).to.equal('nw-load');
        el.addEventListener('nw-error', () => (askedBeforeError ||= fetches.calls(src).length));

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

      const calls = fetches.calls(src);
      expect(askedBeforeError, 'requests when the outage first showed').to.equal(2 + RETRIES);
      // How long the widget waited before each request, from the previous answer, by the page's clock. Timers
      // never fire early, and a busy machine only makes waits longer, so each spec figure is a lower bound.
      const waits = calls
        .slice(1)
        .map((call, i) => Math.round(call.at - (calls[i].endedAt ?? NaN)));
      console.log(
        `[hostile] <${tag}> outage of ${OUTAGE} ms: ${calls.length} requests, waits ${waits.join(', ')} ms`,
      );
      // The first poll (requests[1]) waited a refresh interval; its retries (requests[2], [3]) back off,
      // doubling: 100 ms then 200 ms, each less its 20 % jitter.
      expect(waits[0], `the first poll, of ${waits}`).to.be.at.least(POLL_AT_LEAST - GRAIN);
      for (let retry = 1; retry <= RETRIES; retry++)
        expect(waits[retry], `retry ${retry}, of ${waits}`).to.be.at.least(
          BACKOFF * 2 ** (retry - 1) * 0.8 - GRAIN,
        );
      // And however the rest fell, every request waited at least the first back-off, and no stretch shorter
      // than the shortest refresh interval holds more than a poll and its retries.
      for (const wait of waits)
        expect(wait, `waits ${waits}`).to.be.at.least(BACKOFF * 0.8 - GRAIN);
      const times = calls.map((call) => call.at);
      expect(busiest(times, POLL_AT_LEAST), `waits ${waits}`).to.be.at.most(1 + RETRIES);
    });
  }
});
