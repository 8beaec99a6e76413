// The history controller in a small host element, over real HTTP: one request per document per page however
// many elements show it, a month of one-day documents merged, partial and total failure, and `days`.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, nothing, type PropertyDeclarations } from 'lit';
import sinon from 'sinon';
import { FeedError } from '../../src/feeds/errors.js';
import { windowOf } from '../../src/feeds/series/window.js';
import { HistoryController } from '../../src/shared/history-controller.js';
import { sparkline } from '../../src/sparkline/sparkline.js';
import { rateChangeStyles } from '../../src/shared/rate-change.js';
import { sparklineStyles } from '../../src/sparkline/sparkline.styles.js';
import { TrendLines } from '../../src/sparkline/trend-lines.js';
import { requests } from '../support/server.js';
import { until } from '../support/wait.js';
import '../support/lit-warnings.js';

/** What a rate element adds to show trends: two attributes, the controller, and a sparkline per pair. */
class TrendHost extends LitElement {
  static override styles = [rateChangeStyles, sparklineStyles];
  static override properties: PropertyDeclarations = {
    history: {},
    days: { type: Number },
    pair: {},
  };
  declare history?: string;
  declare days?: number;
  pair = 'USD/KZT';
  readonly trend = new HistoryController(this, {
    url: () => this.history,
    days: () => this.days,
  });
  override render() {
    const points = this.trend.series(this.pair);
    return points ? sparkline(points, 'en') : nothing;
  }
}
customElements.define('test-trend-host', TrendHost);

/** The same with the code loaded on first use, as the ticker and the finance bundle do: no static styles. */
class LazyTrendHost extends LitElement {
  static override properties: PropertyDeclarations = { history: {}, days: { type: Number } };
  declare history?: string;
  declare days?: number;
  readonly trends = new TrendLines(this, { url: () => this.history, days: () => this.days });
  override render() {
    return this.trends.line('KZT/USD', 'en');
  }
}
customElements.define('test-lazy-trend-host', LazyTrendHost);

const HISTORY = '/test/fixtures/rates/history/';
const NBK = `${HISTORY}nbk/{day:DD.MM.YYYY}.xml`;

const label = (host: TrendHost) =>
  host.shadowRoot!.querySelector('svg')?.getAttribute('aria-label') ?? undefined;

async function drawn(host: TrendHost): Promise<string> {
  return until(() => label(host), `a sparkline from ${host.history}`);
}

describe('HistoryController', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('makes one request for a document however many elements show it', async () => {
    const url = `${HISTORY}own.json`;
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-trend-host history=${url} days="7"></test-trend-host>
        <test-trend-host history=${url} days="30" pair="KZT/USD"></test-trend-host>
        <test-trend-host history=${url} pair="KGS/USD"></test-trend-host>
      </div>`,
    );
    const [week, month, kgs] = page.querySelectorAll<TrendHost>('test-trend-host');
    expect(await drawn(week)).to.equal('down 0.17% over 6 days, low 503.28, high 506.38');
    expect(await drawn(month)).to.match(/^down [\d.]+% over 29 days/);
    expect(await drawn(kgs)).to.match(/ over 29 days, low 0\.01\d+, high 0\.01\d+$/);
    expect(await requests(url)).to.equal(1);
    expect(week.trend.status).to.equal('complete');
    expect(week.trend.series('USD/KZT')).to.have.length(7);
  });

  it('fetches one document per day for `{day}`, shared with every element, and merges them', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 11, 7, 12), toFake: ['Date'] });
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-trend-host history=${NBK} days="7"></test-trend-host>
        <test-trend-host history=${NBK} days="7" pair="KZT/UZS"></test-trend-host>
      </div>`,
    );
    const [usd, uzs] = page.querySelectorAll<TrendHost>('test-trend-host');
    expect(await drawn(usd)).to.equal('down 0.58% over 6 days, low 504.20, high 508.05');
    expect(await drawn(uzs)).to.match(/ over 6 days/);
    expect(usd.trend.series('USD/KZT')!.map((p) => p.date.getUTCDate())).to.deep.equal([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(uzs.trend.series('KZT/UZS')!.at(-1)!.rate).to.be.closeTo(1 / 0.0404, 1e-9);
    for (const day of ['01', '04', '07']) {
      expect(await requests(`${HISTORY}nbk/${day}.12.2025.xml`), day).to.equal(1);
    }
  });

  it('leaves out a day that fails, and says so in the console', async () => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2025, 11, 7, 12), toFake: ['Date'] });
    const warn = sinon.stub(console, 'warn');
    try {
      const host = await fixture<TrendHost>(
        html`<test-trend-host history=${NBK} days="9"></test-trend-host>`,
      );
      await drawn(host);
      // 29 and 30 November have no document (404): seven days remain.
      expect(host.trend.series('USD/KZT')).to.have.length(7);
      expect(warn.args.flat().join('\n')).to.match(/nbk\/30\.11\.2025\.xml answered 404/);
    } finally {
      warn.restore();
    }
  });

  it('fails with one nw-error when no document can be read, and draws nothing', async () => {
    const url = `${HISTORY}cbr-unknown.xml ${HISTORY}missing.xml`;
    const host = document.createElement('test-trend-host') as TrendHost;
    host.history = url;
    const failed = oneEvent(host, 'nw-error');
    document.body.append(host);
    try {
      const { detail } = await failed;
      expect(detail.error).to.be.instanceOf(FeedError);
      expect(host.trend.status).to.equal('error');
      expect(host.trend.error).to.equal(detail.error);
      await host.updateComplete;
      expect(label(host)).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('reads one currency per document from the Bank of Russia, several URLs in one attribute', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <test-trend-host
          history="${HISTORY}cbr-usd.xml ${HISTORY}cbr-kzt.xml"
          pair="USD/RUB"
          days="7"
        ></test-trend-host>
        <test-trend-host history="${HISTORY}cbr-kzt.xml" pair="RUB/KZT" days="7"></test-trend-host>
      </div>`,
    );
    const [usd, kzt] = page.querySelectorAll<TrendHost>('test-trend-host');
    expect(await drawn(usd)).to.equal('up 0.64% over 4 days, low 77.798, high 78.300');
    expect(await drawn(kzt)).to.match(/ over 4 days/);
    expect(usd.trend.series('KZT/RUB')!.at(-1)!.rate).to.equal(0.154977);
    // Crossed through the rouble each day both documents have, as the rate elements cross today's rates.
    const kztUsd = usd.trend.series('KZT/USD')!;
    expect(kztUsd).to.have.length(5);
    expect(kztUsd.at(-1)!.rate).to.be.closeTo(0.154977 / 78.3, 1e-12);
    expect(await requests(`${HISTORY}cbr-kzt.xml`)).to.equal(1);
  });

  it('follows `days` and `history` without asking again for what it has', async () => {
    const url = `${HISTORY}frankfurter.json`;
    const host = await fixture<TrendHost>(html`<test-trend-host history=${url}></test-trend-host>`);
    expect(await drawn(host)).to.match(/ over 29 days/);
    host.days = 7;
    await host.updateComplete;
    expect(label(host)).to.match(/ over 4 days/);
    host.history = undefined;
    await host.updateComplete;
    expect(host.trend.status).to.equal('initial');
    expect(label(host)).to.equal(undefined);
    expect(await requests(url)).to.equal(1);
  });

  it('reads `days` as a whole number from 2 to 366, 30 when it is not a number', () => {
    expect([windowOf(7), windowOf(30), windowOf(1), windowOf(9999), windowOf(NaN)]).to.deep.equal([
      7, 30, 2, 366, 30,
    ]);
    expect(windowOf(undefined)).to.equal(30);
  });

  it('TrendLines: loads the code and the history when `history` is first set, and styles the line', async () => {
    const host = await fixture<LazyTrendHost>(html`<test-lazy-trend-host></test-lazy-trend-host>`);
    expect(host.trends.enabled).to.equal(false);
    expect(host.trends.history).to.equal(undefined);
    expect(host.shadowRoot!.querySelector('svg')).to.equal(null);
    host.history = `${HISTORY}frankfurter.json`;
    host.days = 7;
    const svg = await until(() => host.shadowRoot!.querySelector('svg'), 'the lazy sparkline');
    expect(svg.getAttribute('aria-label')).to.match(/^(up|down) [\d.]+% over 4 days, low 0\.00\d+/);
    expect(host.trends.history!.status).to.equal('complete');
    // The sparkline's own sheet reached the shadow root: the box has its size, the line no fill.
    expect(getComputedStyle(svg.querySelector('polyline')!).fill).to.equal('none');
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(0);
    host.history = undefined;
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('svg')).to.equal(null);
  });
});
