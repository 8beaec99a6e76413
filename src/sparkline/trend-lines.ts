import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { windowOf } from '../feeds/series/window.js';
import { wordsReady } from '../i18n/registry.js';
import { SPARKLINE, trendDays } from '../i18n/sparkline.js';
import type { HistoryControllerOptions } from '../shared/history-controller.js';
import { warnOnce } from '../shared/warn.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
type TrendCode = typeof import('./trends.js');
type Controller = InstanceType<TrendCode['HistoryController']>;

/**
 * What a rate element holds to show trend lines: a few lines of its own, and the history formats, the
 * controller and the drawing loaded with `import()` the first time its `history` is set. The partner ticker
 * and the finance bundle carry this file only; a page with no `history` never downloads the rest.
 *
 * `line(pair, locale)` is the sparkline of one pair for the element's template, or `nothing` until the code
 * and the history have arrived (the element then re-renders), and when nothing could be read.
 */
export class TrendLines implements ReactiveController {
  private loading?: Promise<void>;
  private code?: TrendCode;
  private controller?: Controller;
  /** The language whose words the element waits for: one update when they arrive, not one per row. */
  private awaiting?: string;

  constructor(
    private readonly host: Host,
    private readonly options: HistoryControllerOptions,
  ) {
    host.addController(this);
  }

  /** Whether the element shows trend lines: its `history` is set. */
  get enabled(): boolean {
    return !!this.options.url()?.trim();
  }

  /** The days the lines reach back, as the controller reads `days`. */
  get days(): number {
    return windowOf(this.options.days());
  }

  /** The controller, once loaded: status, error and every pair's points. */
  get history(): Controller | undefined {
    return this.controller;
  }

  hostUpdate(): void {
    if (!this.enabled || this.loading) return;
    this.loading = import('./trends.js').then(
      (code) => {
        this.code = code;
        // Added while connected, the controller starts following at once (Lit calls its hostConnected).
        this.controller = new code.HistoryController(this.host, this.options);
        this.host.requestUpdate();
      },
      // A site that copied the bundle without its chunks/ folder: the rates still show, without trends.
      () => warnOnce('the trend lines could not be loaded (is chunks/ beside the script?).'),
    );
  }

  hostUpdated(): void {
    // The styles go with the code; the shadow root exists by the first update's end.
    if (this.code && this.host.renderRoot instanceof ShadowRoot) {
      this.code.adoptSparklineStyles(this.host.renderRoot);
    }
  }

  /** `30 days` in `locale`'s language, for a heading over the lines; '' until its words are at hand. */
  heading(locale: string): string {
    return this.wordsAt(locale) ? trendDays(locale, this.days) : '';
  }

  line(pair: string, locale: string) {
    const points = this.enabled ? this.controller?.series(pair) : undefined;
    return points && this.code && this.wordsAt(locale)
      ? this.code.sparkline(points, locale)
      : nothing;
  }

  /**
   * Whether the sparkline's words in `locale` are loaded (src/i18n/languages/); if not, they start loading
   * and the element updates once they are, so a Russian page never hears an English description first.
   */
  private wordsAt(locale: string): boolean {
    const loading = wordsReady(locale, [SPARKLINE]);
    if (loading && this.awaiting !== locale) {
      this.awaiting = locale;
      void loading.then(() => {
        this.awaiting = undefined;
        this.host.requestUpdate();
      });
    }
    return !loading;
  }
}
