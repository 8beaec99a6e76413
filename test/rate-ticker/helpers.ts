import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';

/** A query string no other test uses, so the page-wide feed cache and change memory start empty. */
let counter = 0;
export const fresh = (url: string) =>
  `${url}${url.includes('?') ? '&' : '?'}run=${Date.now()}-${++counter}`;

export const shadow = (el: NwRateTicker) => el.shadowRoot!;
export const list = (el: NwRateTicker) => shadow(el).querySelector<HTMLElement>('.track > ul');
export const copies = (el: NwRateTicker) => [
  ...shadow(el).querySelectorAll<HTMLElement>('.copies > ul'),
];
export const track = (el: NwRateTicker) => shadow(el).querySelector<HTMLElement>('.track')!;
export const button = (el: NwRateTicker) => shadow(el).querySelector<HTMLButtonElement>('button');
export const status = (el: NwRateTicker) =>
  shadow(el).querySelector<HTMLElement>('[part~="status"]');
export const animation = (el: NwRateTicker) => track(el).getAnimations()[0] as CSSAnimation;

/** `KGS/USD = 0.01143 -0%`: what a sighted reader sees, without the arrow and the hidden direction word. */
export function itemText(item: Element): string {
  const part = (name: string) => item.querySelector(`[part~="${name}"]`);
  const change = part('change');
  const changeText = change
    ? [...change.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim()
    : '';
  return `${part('pair')!.textContent} = ${part('rate')!.textContent} ${changeText}`.trim();
}

export const items = (el: NwRateTicker) =>
  [...(list(el)?.querySelectorAll('li') ?? [])].map(itemText);

/** Renders a story and waits until its rates are on screen and the loop has been measured. */
export async function loaded(template: TemplateResult | NwRateTicker): Promise<NwRateTicker> {
  const el = template instanceof HTMLElement ? template : await fixture<NwRateTicker>(template);
  await waitUntil(() => list(el)?.children.length, 'no rates rendered', { timeout: 5000 });
  await waitUntil(
    () => matchMedia('(prefers-reduced-motion: reduce)').matches || animation(el),
    'the loop never started',
  );
  return el;
}
