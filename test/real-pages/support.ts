// Real pages for the widgets: each test opens a page from test/real-pages/pages/ in an iframe of a given
// width (the iframe's width is that page's viewport, so its media queries see a phone or a desktop).
import { emulateMedia } from '@web/test-runner-commands';
import { luminance, parseColor } from '../../src/shared/backdrop.js';
import { until } from '../support/wait.js';

export interface OpenPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  close(): void;
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown>; shadowRoot: ShadowRoot };

export const widgets = (root: ParentNode) => [
  ...root.querySelectorAll<Widget>(
    'nw-rate-ticker, nw-rate-table, nw-currency-converter, nw-news-list, nw-article-card, nw-dateline',
  ),
];

/**
 * Every widget has drawn what it shows: ticker pairs measured into a loop, list cards, card headlines, table
 * rows, a converter's result.
 */
function drawn(el: Widget): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  switch (el.localName) {
    case 'nw-rate-ticker':
      return !!root.querySelector('.track li');
    case 'nw-news-list': {
      const cards = [...root.querySelectorAll<Widget>('nw-article-card')];
      return cards.length > 0 && cards.every(drawn);
    }
    case 'nw-article-card':
      return !!root.querySelector('[part~="heading"]');
    case 'nw-rate-table':
      return !!root.querySelector('tbody tr');
    case 'nw-currency-converter':
      return !!root.querySelector('output')?.textContent;
    default:
      return !!root.querySelector('time');
  }
}

export async function openPage(path: string, width: number, height = 900): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await until(() => widgets(doc).every(drawn), `every widget on ${path} to draw`, 15000);
  await Promise.all(widgets(doc).map((el) => el.updateComplete));
  await doc.fonts.ready;
  // The ticker's loop is laid out after its ResizeObserver reports; one frame lets that land.
  await new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
  );
  await Promise.all(widgets(doc).map((el) => el.updateComplete));
  return { frame, win, doc, close: () => frame.remove() };
}

/** How far the page scrolls sideways: 0 when nothing is wider than the viewport. */
export function sideways(doc: Document): number {
  const root = doc.scrollingElement!;
  return root.scrollWidth - root.clientWidth;
}

/** A colour as painted: composited over what is below it. */
export function over(top: string, below: [number, number, number]): [number, number, number] {
  const color = parseColor(top);
  if (!color) throw new Error(`cannot read the colour ${top}`);
  const [r, g, b, a] = color;
  return [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a)];
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [high, low] = [luminance([...a, 1]), luminance([...b, 1])].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/**
 * Print, or reduced motion, for the whole tab, iframes included. Chromium emulates both; Firefox over
 * WebDriver BiDi and WebKit over WebDriver cannot, so there the widgets' own rules for it are widened to `all`
 * in the iframe's element classes: the same CSS is tested, only the matching is not. Returns the function
 * that undoes it.
 */
export async function emulate(
  win: Window & typeof globalThis,
  what: 'print' | 'reduced-motion',
): Promise<() => Promise<void>> {
  try {
    if (what === 'print') {
      await emulateMedia({ media: 'print' });
      return () => emulateMedia({ media: 'screen' });
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    return () => emulateMedia({ reducedMotion: 'no-preference' });
  } catch {
    const pattern = what === 'print' ? /\bprint\b/ : /prefers-reduced-motion: reduce/;
    const tags = ['nw-rate-ticker', 'nw-news-list', 'nw-article-card', 'nw-dateline'];
    const rules = tags
      .map((tag) => (win.customElements.get(tag) as unknown as { styles: unknown }).styles)
      .flat(3)
      .flatMap((style) => [
        ...((style as { styleSheet?: CSSStyleSheet }).styleSheet?.cssRules ?? []),
      ])
      .filter((rule): rule is CSSMediaRule => 'media' in rule)
      .filter((rule) => pattern.test(rule.media.mediaText));
    const original = rules.map((rule) => rule.media.mediaText);
    for (const rule of rules) rule.media.mediaText = 'all';
    return async () => rules.forEach((rule, i) => (rule.media.mediaText = original[i]));
  }
}
