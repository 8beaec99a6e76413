// Shared helpers for the list's tests: reading the rendered list, and a clean start for each test (no cached
// feed, an empty request log: ../support/server.js).
import type { NwNewsList } from '../../src/news-list/news-list.js';
import '../support/server.js';
import { until } from '../support/wait.js';

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
  await until(() => header(el) === text, `the header to read "${text}"`);
  await el.updateComplete;
}
