// Shared helpers for the list's tests: fresh feed URLs (the feed client caches per page), reading the
// rendered list, and asking the test server what it was sent.
import { waitUntil } from '@open-wc/testing';
import type { NwNewsList } from '../../src/news-list/news-list.js';

let counter = 0;

/** `path` with a query no other test uses, so the page-wide feed cache and the server's counters start clean. */
export function fresh(path: string): string {
  counter += 1;
  return `${path}${path.includes('?') ? '&' : '?'}case=${Date.now().toString(36)}${counter}`;
}

export const root = (el: NwNewsList) => el.shadowRoot!;
export const header = (el: NwNewsList) => root(el).querySelector('.header')!.textContent!.trim();
export const cards = (el: NwNewsList) => [...root(el).querySelectorAll('nw-article-card')];
export const headlines = (el: NwNewsList) =>
  cards(el).map((card) => card.shadowRoot!.querySelector('.heading')!.textContent!.trim());
export const status = (el: NwNewsList) => root(el).querySelector<HTMLElement>('.status');

export function button(el: NwNewsList, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button named ${String(name)}`);
  return found;
}

/** Waits until the header reads `text` (the list has rendered that page). */
export async function headerIs(el: NwNewsList, text: string): Promise<void> {
  await waitUntil(() => header(el) === text, `header never read "${text}" (was "${header(el)}")`, {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** How often the test server was asked for exactly `pathAndQuery`. */
export async function requests(pathAndQuery: string): Promise<number> {
  const response = await fetch(`/__requests?url=${encodeURIComponent(pathAndQuery)}`);
  return ((await response.json()) as { count: number }).count;
}
