import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { windowOf } from '../feeds/series/window.js';
import type { HistoryControllerOptions } from '../shared/history-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
type Lazy = typeof import('./lazy.js');
type Controller = InstanceType<Lazy['HistoryController']>;

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
  private lazy?: Lazy;
  private controller?: Controller;

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
    this.loading = import('./lazy.js').then((lazy) => {
      this.lazy = lazy;
      // Added while connected, the controller starts following at once (Lit calls its hostConnected).
      this.controller = new lazy.HistoryController(this.host, this.options);
      this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    // The styles go with the code; the shadow root exists by the first update's end.
    if (this.lazy && this.host.renderRoot instanceof ShadowRoot) {
      this.lazy.adoptSparklineStyles(this.host.renderRoot);
    }
  }

  line(pair: string, locale: string) {
    const points = this.enabled ? this.controller?.series(pair) : undefined;
    return points && this.lazy ? this.lazy.sparkline(points, locale) : nothing;
  }
}
