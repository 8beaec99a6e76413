import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RateTransform } from '../feeds/rates/parse.js';
import type { Rate } from '../feeds/types.js';
import type { CommonMessages } from '../i18n/common.js';
import type { TrendLines } from '../sparkline/trend-lines.js';
import { BackdropController } from './backdrop.js';
import type { LangController } from './lang-observer.js';
import { RatesController } from './rates-controller.js';
import { warnOnce } from './warn.js';

/**
 * What the rate elements (the ticker, the table and the converter) have in common, written once: the feed's
 * properties and their controller, the language and backdrop controllers, the trend lines loaded on demand,
 * and the stale badge. A subclass adds its own properties (Lit merges the `properties` tables along the class
 * chain), its `language` controller with its word tables, and `render`; it may draw the badge its own way.
 */
export abstract class RateElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    refresh: { type: Number },
    maxAge: { type: Number, attribute: 'max-age' },
    locale: {},
    label: {},
    history: {},
    days: { type: Number },
    rates: { attribute: false },
    transform: { attribute: false },
  };

  /** URL of a rates feed: the project's JSON, base-plus-map JSON, an array of pairs, or central-bank XML. */
  declare src?: string;

  /** Seconds between re-fetches of `src`; `0` never re-fetches. */
  refresh = 300;

  /**
   * Seconds a copy of the feed kept from an earlier visit may be old and still be shown at once, while the feed
   * is asked whether it changed; when absent, a day (86400); `0` neither shows nor keeps one.
   */
  declare maxAge?: number;

  /** BCP 47 language tag; when absent, the nearest `lang` attribute, then the browser's language. */
  declare locale?: string;

  /** The element's name; when absent, one in the element's language. */
  declare label?: string;

  /**
   * URL of a rate history (or several, separated by spaces) to draw sparklines from: docs/rates.md,
   * "History".
   */
  declare history?: string;

  /** How many days the sparklines reach back: 7 or 30, or any whole number from 2 to 366 (30 when absent). */
  declare days?: number;

  /** Rates to show without a feed; when set, `src` is not fetched. */
  declare rates?: Rate[];

  /** Reads a feed in a format we do not know: raw data (parsed JSON or an XML Document) to rates. */
  declare transform?: RateTransform;

  /** The element's words, loaded before it renders in a language other than English. */
  protected abstract readonly language: LangController;

  protected readonly feed = new RatesController(this);

  // Picks the light or dark palette from the background behind the element (shared/backdrop.ts).
  protected readonly backdrop = new BackdropController(this);

  /**
   * Sparklines, once `history` is set. Even the small part of the trend code that stays with an element
   * (sparkline/trend-lines.ts and its words) loads on demand: a page without `history` never downloads it.
   */
  protected trends?: TrendLines;
  private trendsLoading = false;

  /** Whether the element shows trend lines: a column or a line is laid out for them before they arrive. */
  protected get trending(): boolean {
    return !!this.history?.trim();
  }

  // The words of a language other than English load first (shared/lang-observer.ts): none show in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.language.whenReady(() => super.scheduleUpdate());
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (!this.trending || this.trendsLoading) return;
    this.trendsLoading = true;
    import('../sparkline/trend-lines.js').then(
      ({ TrendLines }) => {
        this.trends = new TrendLines(this, { url: () => this.history, days: () => this.days });
        this.requestUpdate();
      },
      // The rates still show, without their lines, as when the history itself cannot be read.
      () => warnOnce(`<${this.localName}>: the trend-line code could not be loaded.`),
    );
  }

  /** The stale badge, while the feed is failing and the rates shown are the last it gave. */
  protected staleNote(words: CommonMessages) {
    return this.feed.status === 'stale'
      ? html`<span part="status" class="status stale">${words.stale}</span>`
      : nothing;
  }
}
