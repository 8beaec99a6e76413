import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchFeed, type FeedSnapshot } from '../feeds/client.js';
import { FeedError, feedError } from '../feeds/errors.js';
import { parseHistoryFeed } from '../feeds/series/parse.js';
import { seriesOf } from '../feeds/series/pick.js';
import { mergeHistories, type RateHistory, type RatePoint } from '../feeds/series/points.js';
import { historyUrls, MAX_REQUESTS } from '../feeds/series/urls.js';
import { windowOf } from '../feeds/series/window.js';
import type { FeedDocument } from '../feeds/types.js';
import { warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Nothing to follow, waiting for every document's first answer, read, or nothing readable at all. */
export type HistoryStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface HistoryControllerOptions {
  /** The host's `history` attribute: one URL or several, with date slots (see feeds/series/urls.ts). */
  url: () => string | undefined;
  /** The host's `days` attribute: how many days back the lines reach. */
  days: () => number | undefined;
  /** Seconds between refreshes of the documents; 0 (the default) for never. */
  refresh?: () => number;
}

/**
 * Connects an element to a rate history: fetches the documents its `history` attribute names through the
 * shared feed client (so every element on a page that names one URL makes one request for it), reads each
 * once, merges them, and hands out one pair's points for a sparkline. The element adds it with one line and
 * reads `series(pair)` when it renders; nothing here touches its DOM.
 *
 * Several documents (a month of one-day files) answer at their own pace; the lines appear once every one has
 * answered, so they are drawn once rather than thirty times. A document that fails is left out and the console
 * says so; only when none can be read is the status `error`, with `nw-error` fired once. A refresh that fails
 * keeps the document read before.
 */
export class HistoryController implements ReactiveController {
  private following = '';
  private stops: (() => void)[] = [];
  private readonly answers = new Map<string, RateHistory | FeedError>();
  private urls: string[] = [];
  private merged?: RateHistory;
  private failure?: FeedError;
  private memo = new Map<string, RatePoint[]>();
  private documents = new Map<string, FeedDocument>();

  constructor(
    private readonly host: Host,
    private readonly options: HistoryControllerOptions,
  ) {
    host.addController(this);
  }

  get status(): HistoryStatus {
    if (!this.urls.length) return 'initial';
    if (this.answers.size < this.urls.length) return 'pending';
    return this.merged ? 'complete' : 'error';
  }

  /** Why nothing could be read (`error`); undefined otherwise. */
  get error(): FeedError | undefined {
    return this.status === 'error' ? this.failure : undefined;
  }

  /** The days the lines reach back. */
  get days(): number {
    return windowOf(this.options.days());
  }

  /**
   * The points of `pair` (`KZT/USD`, as the feed gives it or inverted) over the last `days` days, oldest
   * first; undefined until every document has answered, and when nothing could be read.
   */
  series(pair: string): RatePoint[] | undefined {
    if (this.status !== 'complete' || !this.merged) return undefined;
    let points = this.memo.get(pair);
    if (!points) this.memo.set(pair, (points = seriesOf(this.merged, pair, this.days)));
    return points;
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    // `history` or `days` may have changed; so may today's date, which the URLs' date slots hold. Not for a
    // removed element whose pending update still runs: it would watch its feeds for the page's life.
    if (this.host.isConnected) this.follow();
  }

  hostDisconnected(): void {
    this.unfollow();
    this.following = '';
  }

  private follow(): void {
    const spec = this.options.url()?.trim() ?? '';
    const days = this.days;
    const urls = spec ? historyUrls(spec, days) : [];
    const refresh = Math.max(0, this.options.refresh?.() || 0);
    const key = `${refresh} ${days} ${urls.join(' ')}`;
    if (key === this.following) return;
    if (spec.split(/\s+/).length > MAX_REQUESTS || (spec.includes('{day') && days > MAX_REQUESTS)) {
      warnOnce(
        `history="${spec}" asks for more than ${MAX_REQUESTS} documents; the oldest are left out.`,
      );
    }
    this.unfollow();
    this.following = key;
    this.urls = urls;
    this.answers.clear();
    this.documents.clear();
    this.update();
    for (const url of urls) {
      this.stops.push(watchFeed(url, (snapshot) => this.receive(url, snapshot), { refresh }));
    }
  }

  private unfollow(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private receive(url: string, { document, error }: FeedSnapshot): void {
    const before = this.answers.get(url);
    if (document && document !== this.documents.get(url)) {
      this.documents.set(url, document);
      try {
        this.answers.set(url, parseHistoryFeed(document));
      } catch (cause) {
        this.answers.set(url, asFeedError(cause, url));
      }
    } else if (error && !document) {
      this.answers.set(url, error);
    }
    if (this.answers.get(url) === before) return;
    this.update();
    this.host.requestUpdate();
  }

  /** Merges what every document answered, once all have. */
  private update(): void {
    this.memo = new Map();
    this.merged = undefined;
    if (this.answers.size < this.urls.length || !this.urls.length) return;
    const histories: RateHistory[] = [];
    const errors: FeedError[] = [];
    for (const answer of this.answers.values()) {
      if (answer instanceof FeedError) errors.push(answer);
      else histories.push(answer);
    }
    this.merged = mergeHistories(histories);
    for (const error of errors) if (this.merged) warnOnce(`history: ${error.message}`);
    if (!this.merged && errors[0] !== this.failure) {
      this.failure = errors[0];
      this.host.dispatchEvent(
        new CustomEvent('nw-error', {
          detail: { error: errors[0] },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }
}

const asFeedError = (cause: unknown, url: string) =>
  cause instanceof FeedError
    ? cause
    : feedError('format', url, 'is not a rate history news-widgets can read');
