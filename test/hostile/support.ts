// Mounting a widget on a feed served by the test server, and asking the server what it saw.
import { expect } from '@open-wc/testing';
import { configureFeeds } from '../../src/feeds/client.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import { pageWith } from './tripwire.js';

export const HOSTILE = '/test/fixtures/hostile/';

/** Short timeouts and back-off for the suite it is called in (faults would take minutes at the defaults). */
export function useFeedSettings(settings: Partial<FeedSettings>): void {
  let saved: FeedSettings;
  before(() => {
    saved = configureFeeds(settings);
  });
  after(() => configureFeeds(saved));
}

// A query string no other test uses, so the page-wide feed cache and the server's counts start fresh.
let run = 0;
export const fresh = (url: string) =>
  `${url}${url.includes('?') ? '&' : '?'}run=${Date.now()}-${++run}`;

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

/** How many times, and when, the test server was asked for `url` (a path with its query). */
export async function served(url: string): Promise<{ count: number; times: number[] }> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(url)}`);
  return (await response.json()) as { count: number; times: number[] };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` is truthy, polling; fails with `message` after `timeout` ms. */
export async function until(check: () => unknown, message: string, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await sleep(25);
  }
}
