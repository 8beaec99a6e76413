// Lifecycle: 1,000 connect / move / disconnect cycles of each element leave nothing running, and a `src`
// changed rapidly renders only the last response.
import { fetchesStillOut, heapBytes, leftovers, type Leftovers } from './instrument.js';
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import { assertNothingRan, counted, printCounts } from './tripwire.js';
import { recordFetches, served } from '../support/server.js';
import { nextTask, until } from '../support/wait.js';
import { HOSTILE, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const CYCLES = 1000;

type Attributes = Record<string, string>;
const ELEMENTS: [string, () => Attributes][] = [
  ['nw-rate-ticker', () => ({ src: `${HOSTILE}rates-map.json`, refresh: '1' })],
  [
    'nw-news-list',
    () => ({ src: `${HOSTILE}template.json?items=20`, refresh: '1', 'page-size': '3' }),
  ],
  [
    'nw-article-card',
    () => ({ heading: 'Card', href: 'https://example.com/', date: '2025-12-07' }),
  ],
  ['nw-dateline', () => ({})],
];

function create(tag: string, attributes: Attributes) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const diff = (after: Leftovers, before: Leftovers) =>
  Object.fromEntries(
    Object.entries(after).map(([key, value]) => [key, value - before[key as keyof Leftovers]]),
  );

/** Waits for the page's own work to finish so a count is not caught mid-flight. */
async function quiet() {
  await nextTask(); // elements removed let go of their feeds a microtask later
  await until(() => leftovers().fetches === 0, 'every request to end', 5000);
  await nextTask();
}

describe('lifecycle', () => {
  useFeedSettings({ backoff: 20, retries: 1, timeout: REQUEST_TIMEOUT });
  afterEach(function () {
    assertNothingRan();
    counted('lifecycle', this.currentTest);
  });
  printCounts('lifecycle');

  for (const [tag, attributes] of ELEMENTS) {
    it(`${CYCLES} connect / move / disconnect cycles of <${tag}> leave nothing running`, async function () {
      this.timeout(60000);
      const [a, b] = [
        ...(
          await fixture(
            html`<div>
              <section></section>
              <section></section>
            </div>`,
          )
        ).children,
      ];
      const attrs = attributes();
      // One round first, so one-time page-wide set-up (the feed cache's visibility listener, the shared
      // midnight clock's first use) is in the baseline rather than counted as a leak.
      // With a feed, the first load completes, so the cycles run on the page-wide cache as they would on a
      // real page (an element removed mid-request cancels that request).
      const warm = create(tag, attrs);
      const loaded = new Promise((resolve) => warm.addEventListener('nw-load', resolve));
      a.append(warm);
      await warm.updateComplete;
      if (attrs.src) await loaded;
      warm.remove();
      await quiet();
      const before = leftovers();
      const heapBefore = heapBytes();
      const started = Date.now();

      const el = create(tag, attrs);
      for (let i = 0; i < CYCLES; i++) {
        a.append(el);
        // Every few cycles let it render and start its work; the rest connect and go in one task.
        if (i % 4 === 0) await el.updateComplete;
        b.append(el); // a move: disconnected and connected again
        if (i % 4 === 1) await el.updateComplete;
        el.remove();
        if (i % 50 === 0) await nextTask();
      }
      // And as many fresh instances, each rendered once.
      for (let i = 0; i < CYCLES / 10; i++) {
        const fresh = create(tag, attrs);
        a.append(fresh);
        await fresh.updateComplete;
        fresh.remove();
      }
      await quiet();
      const elapsed = (Date.now() - started) / 1000;
      const left = diff(leftovers(), before);
      const out = fetchesStillOut();
      const heapAfter = heapBytes();
      const requests = attrs.src ? (await served(attrs.src)).count : 0;
      console.log(
        `[hostile] <${tag}> ${CYCLES} cycles + ${CYCLES / 10} instances in ${elapsed.toFixed(1)} s: ` +
          `left ${JSON.stringify(left)}; requests ${requests}` +
          (heapBefore && heapAfter
            ? `; JS heap ${(heapBefore / 1e6).toFixed(1)} → ${(heapAfter / 1e6).toFixed(1)} MB`
            : ''),
      );
      expect(left.timers, 'timers left').to.be.at.most(0);
      expect(left.intervals, 'intervals left').to.be.at.most(0);
      expect(left.listeners, 'window/document listeners left').to.be.at.most(0);
      expect(left.detachedObserved, 'detached elements still observed').to.be.at.most(0);
      expect(left.fetches, `fetches still out: ${out.join(', ')}`).to.be.at.most(0);
      // The feed is shared and cached: a handful of requests (one per refresh interval at most), not one
      // per connect.
      if (attrs.src) expect(requests).to.be.at.most(2 + Math.ceil(elapsed / 0.8) * 2);
    });
  }

  for (const [tag, attributes] of ELEMENTS.filter(([, a]) => a().src)) {
    it(`<${tag}> removed while an update is pending follows its feed no more`, async () => {
      const attrs = attributes();
      // An address of its own: a feed some earlier case left followed would hide this one's timer in the count.
      attrs.src += `${attrs.src.includes('?') ? '&' : '?'}removed=1`;
      const timers = leftovers().timers;
      const el = create(tag, attrs);
      const loads: Event[] = [];
      el.addEventListener('nw-load', (event) => loads.push(event));
      document.body.append(el);
      await until(() => loads.length, 'nw-load');
      // Removed with an update pending (the answer just read; on the move, the cached answer handed over at
      // connect), which Lit still runs after the removal. That update used to follow the feed again, for an
      // element gone for good, polling for the page's life.
      el.remove();
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      await quiet();
      // A feed still followed keeps its poll's timer; nothing else the element started is waiting now.
      expect(leftovers().timers - timers, 'a poll scheduled for nobody').to.equal(0);
    });
  }

  describe('rapid src changes', () => {
    let fetches: ReturnType<typeof recordFetches>;
    beforeEach(() => (fetches = recordFetches()));
    afterEach(() => fetches.stop());

    it('<nw-news-list>: only the last response renders; the earlier requests are dropped', async () => {
      const [slow, middle, last] = [
        `${HOSTILE}jsonfeed.json?delay=900`,
        `${HOSTILE}rss2.rss?delay=500`,
        `${HOSTILE}template.json?items=3`,
      ];
      const el = await fixture<NwNewsList>(html`<nw-news-list page-size="10"></nw-news-list>`);
      const loads: string[] = [];
      el.addEventListener('nw-load', () => loads.push(el.src!));
      for (const src of [slow, middle, last]) {
        el.src = src;
        await el.updateComplete;
      }
      expect(await fetches.outcome(slow), slow).to.equal('AbortError');
      expect(await fetches.outcome(middle), middle).to.equal('AbortError');
      await until(() => loads.length, 'nw-load');
      await el.updateComplete;
      const text = [...el.shadowRoot!.querySelectorAll('nw-article-card')]
        .map((card) => card.shadowRoot!.textContent)
        .join(' ');
      expect(text).to.include('Generated article 3');
      expect(text).not.to.include('Control article');
      expect(loads).to.deep.equal([last]);
    });

    it('<nw-rate-ticker>: only the last response renders; the earlier request is dropped', async () => {
      const slow = `${HOSTILE}rates-map.json?delay=800`;
      const last = `${HOSTILE}rates-cbr.xml`;
      const el = await fixture<NwRateTicker>(html`<nw-rate-ticker refresh="0"></nw-rate-ticker>`);
      const loads: string[] = [];
      el.addEventListener('nw-load', () => loads.push(el.src!));
      el.src = slow;
      await el.updateComplete;
      // The slow request is out (the server has it) before the source changes.
      await until(async () => (await served(slow)).count, 'the slow request to reach the server');
      el.src = last;
      expect(await fetches.outcome(slow)).to.equal('AbortError');
      await until(() => loads.length, 'nw-load');
      await el.updateComplete;
      const pairs = [...el.shadowRoot!.querySelectorAll('.track > ul [part~="pair"]')].map(
        (p) => p.textContent,
      );
      expect(pairs).to.deep.equal(['USD/RUB']);
      expect(loads).to.deep.equal([last]);
    });
  });
});
