import { html, type ReactiveControllerHost } from 'lit';
import { parseRateFeed, type RateTransform } from '../feeds/rates/parse.js';
import { pickRates } from '../feeds/rates/symbols.js';
import type { Rate, RateSheet } from '../feeds/types.js';
import { FeedController, type FeedStatus } from './feed-controller.js';
import type { CommonMessages } from '../i18n/common.js';
import { warnOnce } from './warn.js';

/** What every rates element (ticker, table, converter) has: a feed or rates of its own, and pairs to pick. */
export interface RatesHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  refresh: number;
  maxAge?: number;
  symbols?: string;
  rates?: Rate[];
  transform?: RateTransform;
}

/**
 * Feed → RateSheet → the pairs `symbols` picks, the one way every rates element gets its data: the `rates`
 * property when a page sets it (then `src` is not fetched), else the feed, read by whichever rates adapter
 * recognises it. `nw-load` (with the sheet) and `nw-error` come from the FeedController underneath.
 */
export class RatesController {
  private readonly feed: FeedController<RateSheet>;
  private ownSheet?: RateSheet;

  constructor(private readonly host: RatesHost) {
    this.feed = new FeedController(host, {
      url: () => (host.rates ? undefined : host.src),
      refresh: () => host.refresh,
      maxAge: () => host.maxAge,
      parse: (document) => parseRateFeed(document, host.transform),
      args: () => [host.transform],
    });
  }

  get status(): FeedStatus {
    return this.host.rates ? 'complete' : this.feed.status;
  }

  /** The rates and what the feed says about them; a `rates` property is a sheet without date or source. */
  get sheet(): RateSheet | undefined {
    const { rates } = this.host;
    if (!rates) return this.feed.value;
    if (this.ownSheet?.rates !== rates) this.ownSheet = { rates, format: 'rates' };
    return this.ownSheet;
  }

  /** True while a copy kept from an earlier visit is shown and the feed is being asked whether it changed. */
  get revalidating(): boolean {
    return !this.host.rates && this.feed.revalidating;
  }

  /** Fetches again now (a Retry button). */
  retry(): void {
    this.feed.retry();
  }

  /**
   * The pairs `symbols` asks for, from `rates` (by default the sheet's); a pair the feed cannot give is
   * named once in the console, since the page's author chose it.
   */
  picked(rates = this.sheet?.rates): Rate[] {
    if (!rates) return [];
    const { host } = this;
    return pickRates(rates, host.symbols, (pair) =>
      warnOnce(`<${host.localName}>: ${host.src ?? 'its rates'} has no ${pair}.`),
    );
  }
}

/**
 * The message a rates element shows in place of its rates: loading, failed, or `empty` (the sheet holds
 * nothing to show), classed by which (the smoke test and designers tell them apart), announced politely.
 */
export function feedStatus(status: FeedStatus, empty: string, words: CommonMessages) {
  const [kind, text] =
    status === 'error'
      ? ['error', words.loadFailed]
      : status === 'pending'
        ? ['loading', words.loading]
        : ['empty', empty];
  return html`<p part="status" class="status ${kind}" role="status">${text}</p>`;
}
