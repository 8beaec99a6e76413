// Every colour the widgets draw, on the backgrounds real sites have: a white page, a near-black page that
// declares no color-scheme (many dark themes), a page that declares `color-scheme: dark`, and a page that
// declares `light dark` but paints itself white — each under a light and a dark OS. Measured twice: the
// WCAG contrast ratio of each computed colour against the page, and axe's colour-contrast rule.
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { parseColor } from '../../src/shared/backdrop.js';
import { contrast, openPage, over, type OpenPage } from './support.js';

type Rgb = [number, number, number];
type AxeWindow = { axe: { run(context: Document, options: object): Promise<AxeResults> } };
interface AxeResults {
  violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}

const SCHEMES = ['light', 'dark', 'dark-declared', 'both-white'];

/** What is painted behind the widgets: the body's or root's background, else the canvas. */
function pageBackground({ doc, win }: OpenPage): Rgb {
  for (const el of [doc.body, doc.documentElement]) {
    const color = parseColor(win.getComputedStyle(el).backgroundColor)!;
    if (color[3] === 1) return [color[0], color[1], color[2]];
  }
  const probe = doc.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  doc.body.append(probe);
  const canvas = parseColor(win.getComputedStyle(probe).backgroundColor)!;
  probe.remove();
  return [canvas[0], canvas[1], canvas[2]];
}

/** Each colour the widgets draw, with the ratio it reaches and the ratio WCAG 2.2 AA asks of it. */
async function measure(page: OpenPage): Promise<{ what: string; ratio: number; needs: number }[]> {
  const background = pageBackground(page);
  const style = (el: Element) => page.win.getComputedStyle(el);
  const text = (what: string, el: Element) => ({
    what,
    ratio: contrast(over(style(el).color, background), background),
    needs: 4.5,
  });
  const ui = (what: string, color: string) => ({
    what,
    ratio: contrast(over(color, background), background),
    needs: 3,
  });
  const ticker = page.doc.querySelector('nw-rate-ticker')!.shadowRoot!;
  const list = page.doc.querySelector('nw-news-list')!.shadowRoot!;
  const card = list.querySelector('nw-article-card')!.shadowRoot!;
  const results = [];
  for (const direction of ['up', 'down', 'unchanged']) {
    const change = ticker.querySelector(`.track > ul > li.${direction} [part~="change"]`);
    expect(change, `a pair that went ${direction}`).to.exist;
    results.push(text(`ticker ${direction}`, change!));
  }
  results.push(
    ui('ticker pause button border', style(ticker.querySelector('button')!).borderTopColor),
  );
  results.push(text('list header (muted)', list.querySelector('[part~="header"]')!));
  results.push(text('card date and byline (muted)', card.querySelector('[part~="meta"]')!));
  const current = list.querySelector<HTMLElement>('button[aria-current="page"]')!;
  const accent = over(style(current).backgroundColor, background);
  results.push(ui('current page against the page', style(current).backgroundColor));
  results.push({
    what: 'current page number on the accent',
    ratio: contrast(over(style(current).color, accent), accent),
    needs: 4.5,
  });
  const other = list.querySelector<HTMLElement>('button:not([aria-current]):not(.step)')!;
  results.push(ui('page button border', style(other).borderTopColor));
  other.focus({ focusVisible: true } as FocusOptions);
  results.push(ui('focus ring', style(other).outlineColor));
  other.blur();
  return results;
}

for (const os of ['light', 'dark'] as const) {
  for (const scheme of SCHEMES) {
    describe(`contrast: ${scheme} page, ${os} OS`, () => {
      let page: OpenPage;
      before(async function () {
        try {
          await emulateMedia({ colorScheme: os });
        } catch {
          // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate the OS scheme (it needs
          // DevTools), and the canvas colour follows the OS, not a media rule; a light OS is what they run with.
          if (os === 'dark') this.skip();
        }
        page = await openPage(`/test/real-pages/pages/front.html?scheme=${scheme}`, 1280);
      });
      after(async () => {
        page?.close();
        await emulateMedia({ colorScheme: 'light' }).catch(() => {});
      });

      it('every colour meets WCAG 2.2 AA against the page', async () => {
        const failures = (await measure(page))
          .filter(({ ratio, needs }) => ratio < needs)
          .map(({ what, ratio, needs }) => `${what}: ${ratio.toFixed(2)} < ${needs}`);
        expect(failures).to.deep.equal([]);
      });

      it('axe finds no colour-contrast violation', async () => {
        // Where the canvas shows through (a dark-declared page), axe takes the colour behind the ticker's
        // clipped strip for white. Painting the root in Canvas — the colour already on screen — lets it see
        // the dark canvas; nothing a reader sees changes.
        const root = page.doc.documentElement.style;
        root.backgroundColor = 'Canvas';
        const results = await (page.win as unknown as AxeWindow).axe
          .run(page.doc, { runOnly: { type: 'rule', values: ['color-contrast'] } })
          .finally(() => (root.backgroundColor = ''));
        const found = results.violations.flatMap((v) =>
          v.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
        );
        expect(found).to.deep.equal([]);
      });
    });
  }
}
