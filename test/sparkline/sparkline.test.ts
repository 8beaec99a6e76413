// The sparkline drawn on its own, in a minimal host that gives it a shadow root and the palette, as the rate
// elements do: its shape for 0, 1, flat and moving series, its text alternative in every language, colour and
// contrast on light and dark, and no style attribute a strict CSP would refuse.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import type { RatePoint } from '../../src/feeds/series/points.js';
import { luminance, parseColor } from '../../src/shared/backdrop.js';
import { baseStyles } from '../../src/shared/base.styles.js';
import { rateChangeStyles } from '../../src/shared/rate-change.js';
import { formatChange, formatRate } from '../../src/format/number.js';
import { linePoints, sparkline } from '../../src/sparkline/sparkline.js';
import { sparklineStyles } from '../../src/sparkline/sparkline.styles.js';
import { wordsReady } from '../../src/i18n/registry.js';
import { SPARKLINE } from '../../src/i18n/sparkline.js';
import '../support/lit-warnings.js';

class SparklineBox extends LitElement {
  static override styles = [baseStyles, rateChangeStyles, sparklineStyles];
  static override properties = { drawing: { attribute: false } };
  declare drawing?: TemplateResult;
  override render() {
    return html`<div part="base">${this.drawing}</div>`;
  }
}
customElements.define('test-sparkline-box', SparklineBox);

const at = (iso: string, rate: number): RatePoint => ({ date: new Date(iso), rate });
const MONTH = [
  at('2025-11-07', 0.0115),
  at('2025-11-10', 0.01121),
  at('2025-11-20', 0.01133),
  at('2025-12-07', 0.011638),
];

async function draw(points: RatePoint[], locale = 'en', theme = '') {
  // The elements load a language's words before they draw (TrendLines); drawn alone, the test does.
  await wordsReady(locale, [SPARKLINE]);
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${theme}>
      <test-sparkline-box .drawing=${sparkline(points, locale)}></test-sparkline-box>
    </div>`,
  );
  const box = wrapper.querySelector<SparklineBox>('test-sparkline-box')!;
  await box.updateComplete;
  return box.shadowRoot!.querySelector('svg')!;
}

const label = (svg: SVGElement) => svg.getAttribute('aria-label');

describe('sparkline', () => {
  it('is an image named by what the line shows', async () => {
    const svg = await draw(MONTH);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(label(svg)).to.equal('up 1.2% over 30 days, low 0.01121, high 0.01164');
    await expect(svg.closest('div')!).to.be.accessible();
  });

  it('draws x by date and y from the lowest rate to the highest', () => {
    const [first, second, third, last] = linePoints(MONTH)
      .split(' ')
      .map((xy) => xy.split(',').map(Number));
    expect(first[0]).to.equal(1.5);
    expect(last[0]).to.equal(58.5);
    // 3 of 30 days in: a tenth of the width.
    expect(second[0]).to.be.closeTo(1.5 + 57 * (3 / 30), 0.01);
    expect(second[1]).to.equal(14.5); // the lowest, at the bottom
    expect(last[1]).to.equal(1.5); // the highest, at the top
    expect(third[1]).to.be.within(1.5, 14.5);
  });

  it('no points: an empty image that says there is no history', async () => {
    const svg = await draw([]);
    expect(svg.querySelector('polyline')).to.equal(null);
    expect(label(svg)).to.equal('no rate history yet');
  });

  it('one point: a dot in the middle, and still no history to speak of', async () => {
    const svg = await draw([at('2025-12-07', 505.1)]);
    expect(svg.querySelector('polyline')!.getAttribute('points')).to.equal('30,8 30,8');
    expect(label(svg)).to.equal('no rate history yet');
    expect(getComputedStyle(svg.querySelector('polyline')!).strokeLinecap).to.equal('round');
  });

  it('flat: a level line through the middle, in the flat colour', async () => {
    const svg = await draw([at('2025-12-01', 6.45), at('2025-12-07', 6.45)]);
    expect(svg.querySelector('polyline')!.getAttribute('points')).to.equal('1.5,8 58.5,8');
    expect(svg.classList.contains('unchanged')).to.equal(true);
    expect(label(svg)).to.equal('unchanged over 6 days, low 6.45, high 6.45');
  });

  it('down, and huge values, scale without overflowing', async () => {
    const svg = await draw([at('2025-12-06', 1.5e300), at('2025-12-07', 1e300)]);
    expect(svg.classList.contains('down')).to.equal(true);
    expect(svg.querySelector('polyline')!.getAttribute('points')).to.equal('1.5,1.5 58.5,14.5');
    expect(label(svg)).to.equal('down 33.33% over 1 day, low 1E300, high 1.5E300');
  });

  it('speaks every language the library ships, numbers written the language’s way', async () => {
    // Numbers come from the browser's Intl, which lacks some of these languages in some builds (Debian's
    // Chromium writes Kazakh numbers the English way): the words are the test, the numbers the library's.
    const expected: Record<string, string> = {
      en: 'up {c} over 30 days, low {lo}, high {hi}',
      ru: 'рост на {c} за 30 дней, минимум {lo}, максимум {hi}',
      kk: '30 күн ішінде {c} өсті, ең төменгі {lo}, ең жоғары {hi}',
      uz: '30 kun ichida {c} ga oshdi, eng past {lo}, eng yuqori {hi}',
      ky: '30 күн ичинде {c} өстү, эң төмөн {lo}, эң жогору {hi}',
      tg: 'дар 30 рӯз {c} афзоиш, камтарин {lo}, бештарин {hi}',
      tk: '30 gün içinde {c} ýokarlandy, iň pes {lo}, iň ýokary {hi}',
    };
    for (const [locale, words] of Object.entries(expected)) {
      const svg = await draw(MONTH, locale);
      const text = words
        .replace('{c}', formatChange(1.2, locale))
        .replace('{lo}', formatRate(0.01121, locale))
        .replace('{hi}', formatRate(0.01164, locale));
      expect(label(svg), locale).to.equal(text);
    }
    expect(label(await draw(MONTH, 'ru'))).to.match(
      /^рост на 1,2\s?% за 30 дней, минимум 0,01121,/,
    );
    const few = await draw([at('2025-12-05', 1), at('2025-12-07', 1)], 'ru');
    expect(label(few)).to.match(/^без изменений за 2 дня,/);
  });

  it('is coloured by direction, at 3:1 or more on light and on dark backgrounds', async () => {
    for (const [theme, background] of [
      ['background: #fff; color: #111', [1, 1, 1]],
      ['background: #111; color: #eee', [0.067, 0.067, 0.067]],
    ] as const) {
      for (const points of [
        MONTH,
        [...MONTH].reverse().map((p, i) => ({ ...p, date: MONTH[i].date })),
      ]) {
        const svg = await draw(points, 'en', theme);
        const host = (svg.getRootNode() as ShadowRoot).host;
        // The backdrop controller's job in the real elements: the palette of the background behind.
        (host.shadowRoot!.querySelector('[part=base]') as HTMLElement).style.colorScheme =
          theme.includes('#fff') ? 'light' : 'dark';
        const stroke = parseColor(getComputedStyle(svg.querySelector('polyline')!).stroke)!;
        const [lighter, darker] = [luminance(stroke), luminance([...background, 1])].sort(
          (a, b) => b - a,
        );
        expect((lighter + 0.05) / (darker + 0.05), theme).to.be.at.least(3);
      }
    }
  });

  it('sets no style attribute, so `style-src` without unsafe-inline allows it', async () => {
    const svg = await draw(MONTH);
    expect(
      [svg, ...svg.querySelectorAll('*')].filter((el) => el.hasAttribute('style')),
    ).to.deep.equal([]);
  });
});
