// Mounting a widget on a feed served by the test server. What the server saw, and a clean start for each test
// (no cached feed, an empty request log), come from ../support/server.js.
import { expect } from '@open-wc/testing';
import { configureFeeds } from '../../src/feeds/client.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import '../support/server.js';
import { pageWith } from './tripwire.js';

export const HOSTILE = '/test/fixtures/hostile/';

/**
 * The request timeout for suites whose cases are not about that limit: long enough that a busy machine never
 * turns a redirect loop, a 10 MB download or a slow answer into a `timeout`, short beside the test timeouts.
 */
export const REQUEST_TIMEOUT = 6000;

/** Short timeouts and back-off for the suite it is called in (faults would take minutes at the defaults). */
export function useFeedSettings(settings: Partial<FeedSettings>): void {
  let saved: FeedSettings;
  before(() => {
    saved = configureFeeds(settings);
  });
  after(() => configureFeeds(saved));
}

export interface Mounted<T extends HTMLElement> {
  el: T;
  root: HTMLElement;
  /** The first `nw-load` or `nw-error`, whichever came first. */
  event: CustomEvent;
  /** Every nw-load / nw-error the element fired, in order, while mounted. */
  events: CustomEvent[];
}

/** The FeedError a failed load announced; fails unless the first event was `nw-error` (of `kind`, if given). */
export function failureOf(event: CustomEvent, kind?: FeedError['kind']): FeedError {
  expect(event.type, 'nw-error expected').to.equal('nw-error');
  const error = (event.detail as { error: FeedError }).error;
  expect(error.name).to.equal('FeedError');
  if (kind) expect(error.kind).to.equal(kind);
  return error;
}

/** Mounts `<tag>` with `attributes` between two page siblings; resolves at its first nw-load or nw-error. */
export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  timeout = 9000,
): Promise<Mounted<T>> {
  const el = document.createElement(tag) as T;
  // English, whatever the browser's language, so messages can be compared with the English table.
  for (const [name, value] of Object.entries({ locale: 'en', ...attributes }))
    el.setAttribute(name, value);
  const events: CustomEvent[] = [];
  const first = new Promise<CustomEvent>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`<${tag}> fired neither nw-load nor nw-error`)),
      timeout,
    );
    const seen = (event: Event) => {
      events.push(event as CustomEvent);
      clearTimeout(timer);
      resolve(event as CustomEvent);
    };
    el.addEventListener('nw-load', seen);
    el.addEventListener('nw-error', seen);
  });
  const { root } = await pageWith(el);
  return { el, root, event: await first, events };
}
