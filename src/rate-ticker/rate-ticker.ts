import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { RatesController } from '../shared/rates-controller.js';
import { BackdropController } from '../shared/backdrop.js';
import { LangController } from '../shared/lang-observer.js';
import { warnOnce } from '../shared/warn.js';
import { changeTrend, formatRate, stripDecimals } from '../format/number.js';
import { changeMark, rateChangeStyles } from '../shared/rate-change.js';
import { tickerMessages, type TickerWords } from '../i18n/ticker.js';
import type { RateTransform } from '../feeds/rates/parse.js';
import { pairName } from '../feeds/rates/rate.js';
import type { Rate } from '../feeds/types.js';
import { rateTickerStyles } from './rate-ticker.styles.js';

// A strip nobody could read to the end still costs a DOM node per pair per copy: a whole-market feed
// (thousands of pairs) would take seconds to lay out. Past this, the first pairs are shown and the
// console says how to choose.
const MAX_PAIRS = 500;
/**
 * @tag nw-rate-ticker
 * @summary The seed page's looping strip of exchange rates, `KGS/USD = 0.01143 ▼ -0%`, from any rates feed.
 *
 * Loops seamlessly on the compositor (a CSS `transform` animation, nothing per frame), pauses on hover, on
 * keyboard focus and with its pause button, and stands still, wrapped, under `prefers-reduced-motion`.
 * Screen readers get one list of the pairs; the visual copies that fill the loop are hidden from them.
 * A feed with more than 500 pairs shows its first 500 (choose others with `symbols`); the console says so.
 *
 * @slot label - Content before the strip, outside the loop (a heading, a logo).
 *
 * @fires {RateSheet} nw-load - Rates were read: `{ rates, format, date?, source? }`, before `symbols` picks.
 * @fires {{ error: FeedError }} nw-error - The feed could not be fetched or read (the first time, or a refresh).
 *
 * @csspart base - The strip: a region landmark holding the loop and the button.
 * @csspart item - One pair (each also has the part `item-<BASE>-<QUOTE>`, e.g. `item-KGS-USD`, for flags).
 * @csspart pair - The pair's name, `KGS/USD`.
 * @csspart rate - The rate, `0.01143`.
 * @csspart change - The arrow and change in percent, `▼ -0%`.
 * @csspart control - The pause / play button.
 * @csspart status - The loading, error and stale messages.
 *
 * @cssprop --nw-color-up - Colour of rising pairs' change (default: a green that suits light and dark).
 * @cssprop --nw-color-down - Colour of falling pairs' change (default: a red that suits light and dark).
 * @cssprop --nw-color-flat - Colour of unchanged pairs' change (default: `--nw-color-muted`).
 * @cssprop --nw-rate-ticker-gap - Space between pairs (default: `2em`).
 * @cssprop --nw-rate-ticker-speed - Scroll speed in px per second, a plain number (default: `50`); the
 *   `speed` attribute wins over it.
 * @cssprop --nw-rate-ticker-font - The strip's `font` shorthand (default: inherited).
 * @cssprop --nw-rate-ticker-line-height - Line height, which is also the height reserved before data
 *   (default: `1.6`).
 * @cssprop --nw-rate-ticker-preferred-width - Width the strip asks for in a box that sizes to its content
 *   (a `max-content` wrapper); elsewhere it takes the room it is given (default: `min(24em, 100vw - 5em)`).
 * @cssprop --nw-color-accent - Focus ring colour (default: a blue for the background behind the strip).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwRateTicker extends LitElement {
  static override styles = [baseStyles, rateChangeStyles, rateTickerStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    symbols: {},
    refresh: { type: Number },
    speed: { type: Number },
    paused: { type: Boolean, reflect: true },
    locale: {},
    label: {},
    rates: { attribute: false },
    transform: { attribute: false },
    copyWidth: { state: true },
    extraCopies: { state: true },
  };

  /** URL of a rates feed: the project's JSON, base-plus-map JSON, an array of pairs, or central-bank XML. */
  declare src?: string;

  /** Comma list of pairs to show, in that order (`KZT/USD,UZS/USD`); a pair may be the inverse of the feed's. */
  declare symbols?: string;

  /** Seconds between re-fetches of `src`; `0` never re-fetches. */
  refresh = 300;

  /** Scroll speed in px per second; when absent, `--nw-rate-ticker-speed` or 50. */
  declare speed?: number;

  /** Stops the motion and the updates; set by the pause button, and reflected. */
  paused = false;

  /** BCP 47 language tag; when absent, the nearest `lang` attribute, then the browser's language. */
  declare locale?: string;

  /** Accessible name of the strip; when absent, "Exchange rates" in the element's language. */
  declare label?: string;

  /** Rates to show without a feed; when set, `src` is not fetched. */
  declare rates?: Rate[];

  /** Reads a feed in a format we do not know: raw data (parsed JSON or an XML Document) to rates. */
  declare transform?: RateTransform;

  /** Width of one copy of the pairs and how many more copies fill the strip, both from a ResizeObserver. */
  private copyWidth = 0;
  private extraCopies = 0;
  private viewWidth = 0;
  private observed?: Element;
  /** What the strip showed when it was paused: a paused strip does not change (WCAG 2.2.2, auto-updating). */
  private frozen?: Rate[];
  private readonly resizes = new ResizeObserver((entries) => this.measure(entries));
  private readonly language = new LangController(this);

  // Picks the light or dark palette from the background behind the element (shared/backdrop.ts).
  protected readonly backdrop = new BackdropController(this);

  private readonly feed = new RatesController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in a page after a move: the next update observes the strip's sizes again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.observed = undefined;
  }

  /** Runs on resize only (the transform animation resizes nothing), never per frame. */
  private measure(entries: ResizeObserverEntry[]): void {
    for (const { target, borderBoxSize } of entries) {
      const width = borderBoxSize[0].inlineSize;
      if (target === this.observed) this.copyWidth = width;
      else if (target.classList.contains('viewport')) this.viewWidth = width;
    }
    this.extraCopies = this.copyWidth ? Math.ceil(this.viewWidth / this.copyWidth) : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.paused) this.frozen = undefined;
    else if (changed.has('paused') || !this.frozen) this.frozen = this.feed.sheet?.rates;
  }

  protected override updated(): void {
    const root = this.renderRoot;
    const list = root.querySelector('ul');
    const viewport = root.querySelector('.viewport');
    // Lit also updates an element already taken out of the page; observing it then would keep it alive.
    if (list && viewport && list !== this.observed && this.isConnected) {
      if (this.observed) this.resizes.unobserve(this.observed);
      this.resizes.observe((this.observed = list));
      this.resizes.observe(viewport);
    }
    const track = root.querySelector<HTMLElement>('.track');
    if (!track) return;
    // The duration is the copy's width over the speed. When the width changes (new rates, new fonts), the
    // animation keeps its place in the loop rather than jumping to where the new duration would put it.
    const style = track.style;
    const old = Number(style.getPropertyValue('--_width'));
    const animation = track.getAnimations()[0];
    const duration = Number(animation?.effect?.getComputedTiming().duration);
    if (animation && duration && old && old !== this.copyWidth) {
      animation.currentTime = ((Number(animation.currentTime) % duration) * this.copyWidth) / old;
    }
    // CSSOM, not a style attribute, so that `style-src 'self'` pages allow it.
    style.setProperty('--_width', String(this.copyWidth));
    style.setProperty('--_speed', this.speed && this.speed > 0 ? String(this.speed) : '');
  }

  /**
   * Keyboard focus inside the strip pauses it (CSS: `.keyboard-focus`). A class, not `:has(:focus-visible)`:
   * WebKit does not restyle a shadow tree when focus changes what its `:has()` matches, so Safari never paused.
   */
  private markKeyboardFocus(event: FocusEvent): void {
    const keyboard =
      event.type === 'focusin' && (event.target as Element).matches(':focus-visible');
    (event.currentTarget as Element).classList.toggle('keyboard-focus', keyboard);
  }

  private togglePaused(): void {
    this.paused = !this.paused;
  }

  private item(rate: Rate, locale: string, m: TickerWords, decimals: number) {
    const { change } = rate;
    return html`<li
      part="item item-${rate.base}-${rate.quote}"
      class=${change === undefined ? '' : changeTrend(change)}
    >
      <span part="pair">${pairName(rate)}</span> =
      <span part="rate">${formatRate(rate.rate, locale, decimals)}</span>
      ${change === undefined ? nothing : changeMark(change, locale, m)}
    </li>`;
  }

  protected override render() {
    const locale = this.language.locale;
    const m = tickerMessages(locale);
    const { status } = this.feed;
    // The feed is read here, not in willUpdate: a cached feed answers during the update, after willUpdate.
    const source = this.frozen ?? this.feed.sheet?.rates;
    let rates = this.feed.picked(source);
    if (rates.length > MAX_PAIRS) {
      warnOnce(
        `<nw-rate-ticker>: ${this.src ?? 'its rates'} holds ${rates.length} pairs; the strip shows the first ${MAX_PAIRS}. Pick pairs with \`symbols\`.`,
      );
      rates = rates.slice(0, MAX_PAIRS);
    }
    const decimals = stripDecimals(rates.map((rate) => rate.rate));
    const items = rates.map((rate) => this.item(rate, locale, m, decimals));
    return html`<div
      part="base"
      class="base"
      role="region"
      aria-label=${this.label || m.exchangeRates}
      aria-busy=${status === 'pending' && !source}
      @focusin=${this.markKeyboardFocus}
      @focusout=${this.markKeyboardFocus}
    >
      <slot name="label"></slot>
      ${
        status === 'stale'
          ? html`<span part="status" class="status" title=${m.stale}
              >⚠<span class="visually-hidden">${m.stale}</span></span
            >`
          : nothing
      }
      <div class="viewport">
        ${
          items.length
            ? html`<div class=${this.copyWidth ? 'track moving' : 'track'}>
                <ul role="list">
                  ${items}
                </ul>
                <div class="copies" aria-hidden="true" inert>
                  ${Array.from(
                    { length: this.extraCopies },
                    () =>
                      html`<ul>
                        ${items}
                      </ul>`,
                  )}
                </div>
              </div>`
            : html`<span part="status" class=${status === 'error' ? 'status error' : 'status'}
                >${status === 'error' ? m.loadFailed : status === 'pending' ? m.loading : ''}</span
              >`
        }
      </div>
      ${
        items.length
          ? html`<button
              part="control"
              type="button"
              aria-pressed=${this.paused ? 'true' : 'false'}
              aria-label=${m.pause}
              @click=${this.togglePaused}
            >
              <span class="icon" aria-hidden="true"></span>
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-rate-ticker': NwRateTicker;
  }
}
