import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import { until } from '../support/wait.js';

// Each test starts with an empty feed cache (and rate-change memory) and request log.
import '../support/server.js';

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
  // Intl puts no-break spaces in some locales (`-0 %` in Russian); the comparison is about the digits.
  return `${part('pair')!.textContent} = ${part('rate')!.textContent} ${changeText}`
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();
}

export const items = (el: NwRateTicker) =>
  [...(list(el)?.querySelectorAll('li') ?? [])].map(itemText);

/** Renders a story and waits until its rates are on screen and the loop has been measured. */
export async function loaded(template: TemplateResult | NwRateTicker): Promise<NwRateTicker> {
  const el = template instanceof HTMLElement ? template : await fixture<NwRateTicker>(template);
  await until(() => list(el)?.children.length, 'rates on screen');
  // A long strip's first screenful comes a frame before the rest (src/rate-ticker/first-screen.ts).
  await el.updateComplete;
  await until(() => reducedMotion || animation(el), 'the loop to start');
  return el;
}

/** Mounts a ticker on `src` and resolves with its first `nw-load` or `nw-error` event. */
export async function firstEvent(
  src: string,
  attributes: Record<string, string> = {},
): Promise<{ el: NwRateTicker; event: CustomEvent }> {
  const el = document.createElement('nw-rate-ticker');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const event = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('nw-load', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('nw-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  await fixture(html`<div>${el}</div>`);
  return { el, event: await event };
}

let reducedMotion = false;

/**
 * Turns on `prefers-reduced-motion: reduce` for the page. Chromium emulates it; Firefox driven over
 * WebDriver BiDi and WebKit over WebDriver cannot (it needs DevTools), so there the element's own rules are
 * switched on by widening their media query to `all`: the same CSS is tested, only the matching is not.
 * Returns the function that turns it off again.
 */
export async function reduceMotion(): Promise<() => Promise<void>> {
  reducedMotion = true;
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
    return async () => {
      reducedMotion = false;
      await emulateMedia({ reducedMotion: 'no-preference' });
    };
  } catch {
    const rules = [NwRateTicker.styles]
      .flat(2)
      .flatMap((style) => [
        ...((style as { styleSheet?: CSSStyleSheet }).styleSheet?.cssRules ?? []),
      ])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.media.mediaText.includes('prefers-reduced-motion'),
      );
    const original = rules.map((rule) => rule.media.mediaText);
    for (const rule of rules) rule.media.mediaText = 'all';
    return async () => {
      reducedMotion = false;
      rules.forEach((rule, i) => (rule.media.mediaText = original[i]));
    };
  }
}
