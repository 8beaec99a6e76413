// HTTP faults and bodies that are no feed, written once and run against both feed-reading widgets over real
// HTTP (scripts/feed-server.js misbehaves on request): a failed first load says so in the widget and in
// nw-error, and a failed refresh keeps the last good data on screen, marked stale. Expected request counts
// are the numbers the settings below give.
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { FeedError } from '../../src/feeds/errors.js';
import { configureFeeds } from '../../src/feeds/client.js';
import { served } from '../support/server.js';
import { until } from '../support/wait.js';
import {
  assertInert,
  assertNothingRan,
  assertPageIntact,
  counted,
  deepElements,
  printCounts,
  settle,
} from './tripwire.js';
import { HOSTILE, REQUEST_TIMEOUT, failureOf, mount, useFeedSettings } from './support.js';

// English, as `mount` sets `locale="en"`.
const LOAD_FAILED = 'This content could not be loaded.';
const STALE = 'Not updated: showing earlier data.';

interface Widget {
  tag: string;
  /** A good feed of the widget's kind, and what it shows from it. */
  feed: string;
  shows: string[];
  attributes?: Record<string, string>;
  /** What the widget shows from its feed: pairs, or headlines. */
  data: (el: LitElement) => string[];
  /** Its status line (loading, error or stale message); '' when there is none. */
  status: (el: LitElement) => string;
}

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const WIDGETS: Widget[] = [
  {
    tag: 'nw-rate-ticker',
    feed: 'rates-map.json',
    shows: ['USD/KZT'],
    data: (el) => [...el.renderRoot.querySelectorAll('.track > ul [part~="pair"]')].map(text),
    // The stale mark is an icon whose words are its title.
    status: (el) => {
      const status = el.renderRoot.querySelector('[part~="status"]');
      return [text(status), status?.getAttribute('title') ?? ''].join(' ').trim();
    },
  },
  {
    tag: 'nw-news-list',
    feed: 'jsonfeed.json',
    shows: ['Control article that must render'],
    attributes: { 'page-size': '100' },
    data: (el) =>
      deepElements(el.renderRoot)
        .filter((node) => node.matches('nw-article-card'))
        .map((card) => text(card.shadowRoot?.querySelector('[part~="heading"]')))
        .filter((heading) => heading === 'Control article that must render'),
    status: (el) => text(el.renderRoot.querySelector('[part~="status"]')),
  },
];

interface Fault {
  name: string;
  query: string;
  kind: FeedError['kind'];
  status?: number;
  /** Requests the server sees: 1, or 1 + the 2 retries for network errors, 5xx and 429. */
  requests: number;
  /** Milliseconds before the client gives up, where the case is about that limit. */
  timeout?: number;
  message?: string;
}

const RETRIES = 2;

/** A first load that fails. */
const FAULTS: Fault[] = [
  { name: '204 No Content', query: 'status=204', kind: 'format', requests: 1 },
  { name: '401', query: 'status=401', kind: 'http', status: 401, requests: 1 },
  { name: '404', query: 'status=404', kind: 'http', status: 404, requests: 1 },
  { name: '500, retried', query: 'status=500', kind: 'http', status: 500, requests: 3 },
  { name: '503, retried', query: 'status=503', kind: 'http', status: 503, requests: 3 },
  // Browsers give up after 20 redirects (Fetch standard, "HTTP-redirect fetch"): 21 requests a try, 3 tries.
  { name: 'a 301 loop', query: 'loop=1', kind: 'network', requests: 63 },
  {
    name: 'a response that stalls mid-body',
    query: 'stall=1',
    kind: 'timeout',
    requests: 1,
    timeout: 1500,
  },
  {
    name: 'a document past 10 MB, refused without reading it all',
    query: 'big=11000000',
    kind: 'too-large',
    requests: 1,
    message: 'is larger than the 10 MB limit',
  },
];

/** Bodies that are no feed at all (the server answers 200): each is refused as 'format', with one request. */
const NOT_FEEDS: [string, string][] = [
  ['an empty body', 'empty.json'],
  ['a body of whitespace', 'whitespace.json'],
  ['truncated JSON', 'truncated.json'],
  ['invalid JSON', 'invalid.json'],
  ['text that is not JSON', 'not-json.json'],
  ['an HTML error page labelled application/json', 'error-page.html?type=application/json'],
  ['truncated XML', 'truncated.rss'],
];

/** The widget is done with its first answer: rendered, and (for the list) no longer busy. */
async function rendered(el: LitElement) {
  await until(
    () => el.renderRoot.querySelector('[aria-busy="true"]') === null,
    `<${el.localName}> to stop being busy`,
  );
  await el.updateComplete;
  await settle();
}

describe('HTTP faults: <nw-rate-ticker> and <nw-news-list>', function () {
  this.timeout(25000);
  useFeedSettings({ backoff: 20, retries: RETRIES, timeout: REQUEST_TIMEOUT });
  afterEach(() => configureFeeds({ timeout: REQUEST_TIMEOUT }));
  afterEach(function () {
    assertNothingRan();
    counted('fault', this.currentTest);
  });
  printCounts('HTTP faults');

  for (const widget of WIDGETS) {
    const mountOn = (query: string, more: Record<string, string> = {}) =>
      mount<LitElement>(
        widget.tag,
        { src: `${HOSTILE}${widget.feed}?${query}`, refresh: '0', ...widget.attributes, ...more },
        20000,
      );

    describe(`<${widget.tag}>`, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: a message, an nw-error of kind '${fault.kind}', ${fault.requests} request(s)`, async () => {
          if (fault.timeout) configureFeeds({ timeout: fault.timeout });
          const { el, event, root } = await mountOn(fault.query);
          const error = failureOf(event, fault.kind);
          expect(error.status).to.equal(fault.status);
          expect(error.message).to.include(`${HOSTILE}${widget.feed}`);
          if (fault.message) expect(error.message).to.include(fault.message);
          await rendered(el);
          expect(widget.status(el)).to.include(LOAD_FAILED);
          expect(widget.data(el)).to.deep.equal([]);
          assertPageIntact(root);
          expect((await served(`${HOSTILE}${widget.feed}?${fault.query}`)).count).to.equal(
            fault.requests,
          );
        });
      }

      for (const [name, path] of NOT_FEEDS) {
        it(`${name}: refused with a message and an nw-error of kind 'format'`, async () => {
          const src = HOSTILE + path;
          const { el, event, root } = await mount<LitElement>(widget.tag, {
            src,
            refresh: '0',
            ...widget.attributes,
          });
          expect(failureOf(event, 'format').message).to.include(src.split('?')[0]);
          await rendered(el);
          expect(widget.status(el)).to.include(LOAD_FAILED);
          expect(widget.data(el)).to.deep.equal([]);
          assertInert(el);
          assertPageIntact(root);
          expect((await served(src)).count).to.equal(1);
        });
      }

      it('429 with Retry-After: 1: waits a second, then loads', async () => {
        const query = 'fail=1&retry-after=1';
        const { el, event } = await mountOn(query);
        expect(event.type).to.equal('nw-load');
        await rendered(el);
        expect(widget.data(el)).to.deep.equal(widget.shows);
        const { times } = await served(`${HOSTILE}${widget.feed}?${query}`);
        expect(times).to.have.length(2);
        // Lower bound only: a busy machine can make the wait longer, never shorter.
        expect(times[1] - times[0], 'ms between the two requests').to.be.at.least(1000);
      });

      for (const [name, query] of [
        ['answers 500', 'after=1&status=500'],
        ['brings an HTML error page', 'then=error-page.html'],
      ]) {
        it(`a refresh that ${name} keeps the last good data on screen, marked stale`, async () => {
          const { el, events, root } = await mountOn(query, { refresh: '1' });
          expect(events[0].type).to.equal('nw-load');
          await until(() => events.some((e) => e.type === 'nw-error'), 'a refresh to fail');
          await rendered(el);
          expect(widget.data(el)).to.deep.equal(widget.shows);
          expect(widget.status(el)).to.include(STALE);
          assertInert(el);
          assertPageIntact(root);
          el.remove();
        });
      }
    });
  }
});
