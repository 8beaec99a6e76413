import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { LangController } from '../shared/lang-observer.js';
import { RateElement } from '../shared/rate-element.js';
import { warnOnce } from '../shared/warn.js';
import { changeTrend, formatRate, stripDecimals, warmNumbers } from '../format/number.js';
import { warmDates } from '../format/date.js';
import { changeMark, rateChangeStyles } from '../shared/rate-change.js';
import { TICKER_TABLES, tickerMessages, type TickerWords } from '../i18n/ticker.js';
import type { CommonMessages } from '../i18n/common.js';
import { pairName } from '../feeds/rates/rate.js';
import type { Rate, RateSheet } from '../feeds/types.js';
import { RATES_TABLES, ratesMessages } from '../i18n/rates.js';
import { aboutRates, outdatedFrom } from '../shared/rates-about.js';
import { rateTickerStyles } from './rate-ticker.styles.js';
import { FIRST_PAIRS, restOfFirstScreen } from './first-screen.js';

/** What hovering the strip with a mouse does to it: stops it, slows it to a quarter, or nothing. */
export type RateTickerHover = 'pause' | 'slow' | 'none';

/** Which way the strip runs: as the text reads (toward the start: leftward on a left-to-right page), or back. */
export type RateTickerDirection = 'auto' | 'reverse';

/** How a pair's quantity is shown: per one unit (`KZT/RUB = 0.15498`) or as the bank quotes it (`100 KZT/RUB = 15.4977`). */
export type RateTickerQuantity = 'unit' | 'published';

// A strip nobody could read to the end still costs a DOM node per pair per copy: a whole-market feed
// (thousands of pairs) would take seconds to lay out. Past this, the first pairs are shown and the
// console says how to choose.
const MAX_PAIRS = 500;
/**
 * @tag nw-rate-ticker
 * @summary The seed page's looping strip of exchange rates, `KGS/USD = 0.01143 ▼ -0%`, from any rates feed.
 *
 * Loops seamlessly on the compositor (a CSS `transform` animation, nothing per frame), pauses on hover (see
 * `hover`), on keyboard focus and with its pause button, and stands still, wrapped, under
 * `prefers-reduced-motion`. A mouse or a finger drags it sideways (a vertical swipe still scrolls the page);
 * with the pause button focused (Tab to it: focus stops the strip), the Left and Right arrow keys move it by
 * about one pair (the button's `aria-keyshortcuts` says so). Either way it runs on from where it was left.
 * Screen readers get one list of the pairs to read at their own pace, and the strip's name says who
 * published the rates and for which day. A feed with more than 500 pairs shows its first 500 (choose others
 * with `symbols`); the console says so.
 *
 * @slot label - Content before the strip, outside the loop (a heading, a logo).
 *
 * @fires {RateSheet} nw-load - Rates were read: `{ rates, format, date?, source? }`, before `symbols` picks.
 * @fires {{ error: FeedError }} nw-error - The feed could not be fetched or read (the first time, or a refresh).
 *
 * @csspart base - The strip: a region landmark holding the loop and the button.
 * @csspart item - One pair (each also has the part `item-<BASE>-<QUOTE>`, e.g. `item-KGS-USD`).
 * @csspart flag - Under `flags`, an empty box before each pair for the page to fill; each also has the part
 *   `flag-<BASE>`: `::part(flag-KZT) { background-image: url(/flags/kz.svg) }`.
 * @csspart pair - The pair's name, `KGS/USD` (`100 KZT/RUB` under `quantity="published"`).
 * @csspart rate - The rate, `0.01143`.
 * @csspart change - The arrow and change in percent, `▼ -0%`.
 * @csspart control - The pause / play button.
 * @csspart status - The loading, error and stale messages.
 * @csspart outdated - The "Out of date" badge for rates older than `stale-after`.
 * @csspart about - Under `show-date`, the line with the publisher and the day of the rates.
 *
 * @cssprop --nw-color-up - Colour of rising pairs' change (default: a green that suits light and dark).
 * @cssprop --nw-color-down - Colour of falling pairs' change (default: a red that suits light and dark).
 * @cssprop --nw-color-flat - Colour of unchanged pairs' change (default: `--nw-color-muted`).
 * @cssprop --nw-rate-ticker-gap - Space between pairs (default: `2em`).
 * @cssprop --nw-rate-ticker-speed - Scroll speed in px per second, a plain number (default: `50`); the
 *   `speed` attribute wins over it.
 * @cssprop --nw-rate-ticker-fade - Width of each faded end under `fade` (default: `2em`).
 * @cssprop --nw-rate-ticker-font - The strip's `font` shorthand (default: inherited).
 * @cssprop --nw-rate-ticker-line-height - Line height, which is also the height reserved before data
 *   (default: `1.6`).
 * @cssprop --nw-rate-ticker-preferred-width - Width the strip asks for in a box that sizes to its content
 *   (a `max-content` wrapper); elsewhere it takes the room it is given (default: `min(24em, 100vw - 5em)`).
 * @cssprop --nw-color-accent - Focus ring colour (default: a blue for the background behind the strip).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwRateTicker extends RateElement {
  static override styles = [baseStyles, rateChangeStyles, rateTickerStyles];

  static override properties: PropertyDeclarations = {
    symbols: {},
    speed: { type: Number },
    paused: { type: Boolean, reflect: true },
    hover: { reflect: true },
    direction: { reflect: true },
    fade: { type: Boolean, reflect: true },
    quantity: {},
    flags: { type: Boolean },
    showDate: { type: Boolean, attribute: 'show-date' },
    staleAfter: { type: Number, attribute: 'stale-after' },
    copyWidth: { state: true },
    extraCopies: { state: true },
  };

  /** Comma list of pairs to show, in that order (`KZT/USD,UZS/USD`); a pair may be the inverse of the feed's. */
  declare symbols?: string;

  /** Scroll speed in px per second; when absent, `--nw-rate-ticker-speed` or 50. */
  declare speed?: number;

  /** Stops the motion and the updates; set by the pause button, and reflected. */
  paused = false;

  /** Accessible name of the strip; when absent, "Exchange rates" in the element's language. */
  declare label?: string;

  /**
   * What a mouse over the strip does: `pause` stops it, `slow` slows it to a quarter of its speed, `none`
   * lets it run. Keyboard focus always pauses it, and the pause button always works (WCAG 2.2.2).
   */
  hover: RateTickerHover = 'pause';

  /**
   * `auto`: pairs enter at the end of the line and leave at its start, as text is read (leftward on a
   * left-to-right page, rightward under `dir="rtl"`). `reverse`: the other way.
   */
  direction: RateTickerDirection = 'auto';

  /**
   * `unit`: every rate is for one unit of the base currency. `published`: for the quantity the bank quotes
   * where the feed has one (the Bank of Russia's `Nominal`, the National Bank of Kazakhstan's `quant`):
   * `100 KZT/RUB = 15.4977`.
   */
  quantity: RateTickerQuantity = 'unit';

  /**
   * Fades the strip out at both ends (`--nw-rate-ticker-fade` wide) with a mask, so it blends into whatever
   * is behind it, light or dark; not where the pairs stand wrapped (reduced motion, print) nor in forced colours.
   */
  fade = false;

  /**
   * Puts an empty `flag` part before each pair, named for its base currency (`flag-KZT`), for the page to
   * fill: `nw-rate-ticker::part(flag-KZT) { background-image: url(/flags/kz.svg) }` (no images ship).
   */
  flags = false;

  /**
   * Shows a line under the strip with who published the rates and the day they are for, as the feed says
   * (`National Bank of Kazakhstan, 07.12.2025`). Either way, both are in the strip's accessible name.
   */
  showDate = false;

  /**
   * Hours after the feed's date past which the rates are marked out of date, shown and in the accessible
   * name; absent or `0`, never. Off by default because feeds date their rates differently (the Bank of
   * Russia a day ahead, others at the fixing) and banks publish nothing over weekends and holidays: `96`
   * suits a daily official fixing (a Friday's rates through a long weekend), `2` an hourly market feed.
   */
  declare staleAfter?: number;

  /**
   * URL of a rate history (or several, separated by spaces) to draw a sparkline after each pair from:
   * docs/rates.md, "History". The drawing code loads only when this is set.
   */
  declare history?: string;

  /** Width of one copy of the pairs and how many more copies fill the strip, both from a ResizeObserver. */
  private copyWidth = 0;
  private extraCopies = 0;
  private viewWidth = 0;
  private observed?: Element;
  /** What the strip showed when it was paused: a paused strip does not change (WCAG 2.2.2, auto-updating). */
  private frozen?: RateSheet;
  /** The sheet and the pairs on screen (`update()`). */
  private sheet?: RateSheet;
  private pairs: Rate[] = [];
  /** Whether the rates on screen are past `stale-after`, or when they will be, for the timer that marks them. */
  private outdated = false;
  private outdatedAt?: number;
  private outdatedTimer?: ReturnType<typeof setTimeout>;
  private readonly resizes = new ResizeObserver((entries) => this.measure(entries));
  // The strip's words, and the rates' (the publisher, "as of", the out-of-date badge) for its name.
  protected readonly language = new LangController(this, [...TICKER_TABLES, ...RATES_TABLES]);
  /**
   * A long strip's first rates show their first screenful a frame before the rest (first-screen.ts): unset
   * before the first rates, then set until the rest is rendered, then null.
   */
  private rest?: Promise<void> | null;

  /** Resolves once every pair is on screen, after the second frame of a long strip's first rates. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.rest ? this.rest.then(() => super.getUpdateComplete()) : done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in a page after a move: the next update observes the strip's sizes again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override firstUpdated(): void {
    // The feed is on its way by now. The accessible name says the rates' day, and a page's first date
    // and number formatters load locale data (tens of ms): built while the rates are in flight, that cost is
    // not paid between their arrival and the first pair on screen.
    if (!this.feed.sheet) {
      warmDates(this.language.locale);
      warmNumbers(this.language.locale);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.outdatedTimer);
    this.resizes.disconnect();
    this.observed = undefined;
  }

  /** Runs on resize only (the transform animation resizes nothing), never per frame. */
  private measure(entries: ResizeObserverEntry[]): void {
    for (const { target, borderBoxSize } of entries) {
      const width = borderBoxSize[0].inlineSize;
      // The first screenful alone is not the copy the loop is made of: the strip waits for the whole of it.
      if (target === this.observed) this.copyWidth = this.rest ? 0 : width;
      else if (target.classList.contains('viewport')) this.viewWidth = width;
    }
    this.extraCopies = this.copyWidth ? Math.ceil(this.viewWidth / this.copyWidth) : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.paused) this.frozen = undefined;
    else if (changed.has('paused') || !this.frozen) this.frozen = this.feed.sheet;
  }

  /** The stale badge: a strip has one line to spare, so a sign, whose words are its tooltip and are read out. */
  protected override staleNote(words: CommonMessages) {
    return this.feed.status === 'stale'
      ? html`<span part="status" class="status" title=${words.stale}
          >⚠<span class="visually-hidden">${words.stale}</span></span
        >`
      : nothing;
  }

  protected override updated(): void {
    clearTimeout(this.outdatedTimer);
    // Rates age while nothing else happens: re-render when they pass the limit (a long wait is cut to the
    // timer's 24.8-day maximum and taken up again from there).
    if (this.outdatedAt && this.isConnected)
      this.outdatedTimer = setTimeout(
        () => this.requestUpdate(),
        Math.min(this.outdatedAt - Date.now(), 2 ** 31 - 1),
      );
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
    // Asking for the animation forces a style recalc, so it is asked only when there is a place to keep: not
    // on the first render, nor on the many updates that leave the width as it was.
    const style = track.style;
    const old = Number(style.getPropertyValue('--_width'));
    const animation = old && old !== this.copyWidth ? track.getAnimations()[0] : undefined;
    const duration = Number(animation?.effect?.getComputedTiming().duration);
    if (animation && duration) {
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

  /** The loop's animation while the strip moves; none under reduced motion or before it is measured. */
  private loop(): Animation | undefined {
    return this.renderRoot.querySelector('.track')?.getAnimations()[0];
  }

  /**
   * Moves the loop as if its content were dragged `dx` px to the right of where it stood at `from` (ms into
   * the loop). The loop's time maps to the strip's offset: one copy's width per duration, toward the start of
   * the line (leftward unless RTL), or the end under `reverse`. Kept within one period, so the loop goes on
   * from there without a seam when it runs again.
   */
  private shift(loop: Animation, from: number, dx: number): void {
    const period = Number(loop.effect?.getComputedTiming().duration);
    if (!period || !this.copyWidth) return;
    // Left to right and not reversed (or both), the loop runs leftward: dragging right turns it back.
    const leftward = this.matches(':dir(rtl)') === (this.direction === 'reverse') ? 1 : -1;
    loop.currentTime =
      (((from - (leftward * dx * period) / this.copyWidth) % period) + period) % period;
  }

  /** A finger or a mouse button down on the strip holds it; moving drags it (`.dragging` pauses the loop). */
  private grab(event: PointerEvent): void {
    const loop = this.loop();
    const viewport = event.currentTarget as HTMLElement;
    // One pointer at a time: a second finger does not take the strip from the first.
    if (!loop || event.button || viewport.classList.contains('dragging')) return;
    const start = event.clientX;
    const from = Number(loop.currentTime);
    const move = (e: PointerEvent) => this.shift(loop, from, e.clientX - start);
    viewport.setPointerCapture(event.pointerId);
    viewport.classList.add('dragging');
    viewport.addEventListener('pointermove', move);
    // Capture ends with the pointer's up or cancel, whichever comes.
    viewport.addEventListener(
      'lostpointercapture',
      () => {
        viewport.removeEventListener('pointermove', move);
        viewport.classList.remove('dragging');
      },
      { once: true },
    );
  }

  /**
   * Left and right arrows move the strip by about one pair while focus is in it (focus pauses it, so it
   * stays where the keys put it); `aria-keyshortcuts` on the pause button says so to assistive tech.
   */
  private step(event: KeyboardEvent): void {
    const loop = this.loop();
    const sign = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    const pairs = this.observed?.children.length;
    if (!loop || !sign || !pairs) return;
    event.preventDefault();
    this.shift(loop, Number(loop.currentTime), (sign * this.copyWidth) / pairs);
  }

  /**
   * A mouse over the strip: `.hovered` pauses it (CSS), or under `hover="slow"` a playback rate slows it, not
   * a longer duration, so that it slows where it is instead of jumping to where the longer loop would put it.
   * A class, not `:hover`: a phone keeps `:hover` after a swipe, and the strip would stay still until the
   * reader tapped elsewhere; a finger drags the strip instead.
   */
  private hovering(event: PointerEvent): void {
    const over = event.type === 'pointerenter' && event.pointerType !== 'touch';
    (event.currentTarget as Element).classList.toggle('hovered', over);
    const loop = this.loop();
    if (loop) loop.playbackRate = over && this.hover === 'slow' ? 0.25 : 1;
  }

  private togglePaused(): void {
    this.paused = !this.paused;
  }

  /** The quantity a pair is shown for (1, or the bank's `100` under `quantity="published"`) and its price. */
  private shown(rate: Rate): [units: number, value: number] {
    const units = (this.quantity === 'published' && rate.quantity) || 1;
    // toPrecision drops the float noise of the product (0.154977 × 100 = 15.497699999999998).
    return [units, Number((rate.rate * units).toPrecision(12))];
  }

  private item(rate: Rate, locale: string, m: TickerWords, decimals: number) {
    const { change } = rate;
    const [units, value] = this.shown(rate);
    return html`<li
      part="item item-${rate.base}-${rate.quote}"
      class=${change === undefined ? '' : changeTrend(change)}
    >
      ${this.flags ? html`<span part="flag flag-${rate.base}" class="flag"></span>` : nothing}
      <span part="pair"
        >${units > 1 ? `${formatRate(units, locale, 0)} ` : ''}${pairName(rate)}</span
      >
      =
      <span part="rate">${formatRate(value, locale, decimals)}</span>
      ${change === undefined ? nothing : changeMark(change, locale, m)}
      ${this.trends?.line(pairName(rate), locale) ?? nothing}
    </li>`;
  }

  /**
   * What this update shows, worked out before render so that render only reads: the sheet (a cached feed
   * answers in the controllers' hostUpdate, after willUpdate), its pairs, when they pass `stale-after`, and
   * whether a long strip's first rates show their first screenful first. State set here before
   * `super.update()` renders in this same update and asks for no other.
   */
  protected override update(changed: PropertyValues<this>): void {
    const sheet = (this.sheet = this.frozen ?? this.feed.sheet);
    const until = outdatedFrom(sheet, this.staleAfter) ?? Infinity;
    this.outdated = until <= Date.now();
    this.outdatedAt = this.outdated || until === Infinity ? undefined : until;
    let pairs = this.feed.picked(sheet?.rates);
    if (pairs.length > MAX_PAIRS) {
      warnOnce(
        `<nw-rate-ticker>: ${this.src ?? 'its rates'} holds ${pairs.length} pairs; the strip shows the first ${MAX_PAIRS}. Pick pairs with \`symbols\`.`,
      );
      pairs = pairs.slice(0, MAX_PAIRS);
    }
    this.pairs = pairs;
    if (pairs.length && this.rest === undefined) {
      const rest = (this.rest = restOfFirstScreen(pairs.length) ?? null);
      rest?.then(() => {
        this.rest = null;
        this.requestUpdate();
      });
    }
    super.update(changed);
  }

  protected override render() {
    const locale = this.language.locale;
    const m = tickerMessages(locale);
    const { status } = this.feed;
    const { sheet, pairs } = this;
    const source = sheet?.rates;
    const about = sheet && aboutRates(sheet, locale);
    const outdated = this.outdated && ratesMessages(locale).outdated;
    const decimals = stripDecimals(pairs.map((rate) => this.shown(rate)[1]));
    const shown = this.rest ? pairs.slice(0, FIRST_PAIRS) : pairs;
    const items = shown.map((rate) => this.item(rate, locale, m, decimals));
    return html`<div
      part="base"
      class="base"
      role="region"
      aria-label=${[this.label || m.exchangeRates, about?.spoken, outdated]
        .filter(Boolean)
        .join(', ')}
      aria-busy=${(status === 'pending' && !source) || this.feed.revalidating || !!this.rest}
      @focusin=${this.markKeyboardFocus}
      @focusout=${this.markKeyboardFocus}
      @pointerenter=${this.hovering}
      @pointerleave=${this.hovering}
      @keydown=${this.step}
    >
      <slot name="label"></slot>
      ${this.staleNote(m)}
      ${outdated ? html`<span part="outdated" class="outdated">${outdated}</span>` : nothing}
      <div class="viewport" @pointerdown=${this.grab}>
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
              aria-keyshortcuts="ArrowLeft ArrowRight"
              @click=${this.togglePaused}
            >
              <span class="icon" aria-hidden="true"></span>
            </button>`
          : nothing
      }
      ${this.showDate ? html`<span part="about" class="about">${about?.line}</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-rate-ticker': NwRateTicker;
  }
}
