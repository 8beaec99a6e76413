import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { convert, currenciesOf } from '../feeds/rates/cross.js';
import type { Rate, RateSheet } from '../feeds/types.js';
import { formatAmount, formatMoney, parseAmount } from '../format/amount.js';
import { currencyName } from '../format/currency.js';
import { CONVERTER_TABLES, converterMessages, type ConverterWords } from '../i18n/converter.js';
import { baseStyles } from '../shared/base.styles.js';
import { LangController } from '../shared/lang-observer.js';
import { aboutRates } from '../shared/rates-about.js';
import { RateElement } from '../shared/rate-element.js';
import { feedStatus } from '../shared/rates-controller.js';
import { currencyConverterStyles } from './currency-converter.styles.js';

/** What the output says: the result, or why there is none — the amount, or the pair (nothing typed: none). */
type Outcome = { kind: 'result' | 'amount' | 'pair'; text: string } | undefined;

/**
 * @tag nw-currency-converter
 * @summary Converts an amount between any two currencies a rates feed can price, live as the reader types.
 *
 * A form with labelled fields that works by keyboard and screen reader: the amount (typed the language's way,
 * `1 234,5` on a Russian page), the two currencies (code and name), a swap button, and the result in an
 * `output` that screen readers announce politely. A pair the feed does not hold is crossed through a
 * currency both are priced in (a Bank of Russia feed converts KZT to USD through RUB). The publisher and the
 * date of the rates are shown under the result. With `history`, a sparkline under the result draws the
 * chosen pair over the last `days` days, crossed like the rate itself (docs/rates.md, "History").
 *
 * @fires {RateSheet} nw-load - Rates were read: `{ rates, format, date?, source? }`.
 * @fires {{ error: FeedError }} nw-error - The feed could not be fetched or read (the first time, or a refresh);
 *   also when no document of `history` can be read (the converter then works without the trend).
 *
 * @csspart base - The form.
 * @csspart field - Each labelled field (amount, from, to).
 * @csspart label - Each field's label.
 * @csspart input - The amount's text field.
 * @csspart select - Each currency list.
 * @csspart swap - The swap button.
 * @csspart result - The `output` with the converted amount, or the reason there is none.
 * @csspart about - The publisher and date of the rates.
 * @csspart trend - The line under the result holding the pair's sparkline (with `history`).
 * @csspart sparkline - The sparkline, an `<svg>` image.
 * @csspart status - The loading, error, empty and stale messages.
 *
 * @cssprop --nw-color-accent - Focus ring colour (default: a blue for the background behind the form).
 * @cssprop --nw-color-border - Borders of the fields and the button (default: the text colour, thinned).
 * @cssprop --nw-color-muted - Colour of the publisher line and the messages.
 * @cssprop --nw-sparkline-width - Width of the sparkline (default: `8em`).
 * @cssprop --nw-sparkline-height - Height of the sparkline (default: `1.5em`).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwCurrencyConverter extends RateElement {
  static override styles = [baseStyles, currencyConverterStyles];

  static override properties: PropertyDeclarations = {
    currencies: {},
    amount: { type: Number },
    from: {},
    to: {},
    typed: { state: true },
  };

  /** Comma list of the currencies to offer, in that order (`USD,EUR,RUB,KZT`); when absent, all the feed's. */
  declare currencies?: string;

  /** Accessible name of the form; when absent, "Currency converter" in the element's language. */
  declare label?: string;

  /** The amount to convert; follows what the reader types. */
  amount = 1;

  /** The currency to convert from; when absent, the first pair's base. Follows the reader's choice. */
  declare from?: string;

  /** The currency to convert to; when absent, the first pair's quote. Follows the reader's choice. */
  declare to?: string;

  /**
   * URL of a rate history (or several, separated by spaces) to draw the pair's sparkline from: docs/rates.md,
   * "History".
   */
  declare history?: string;

  /** How many days the sparkline reaches back: 7 or 30, or any whole number from 2 to 366 (30 when absent). */
  declare days?: number;

  /** Rates to convert with, without a feed; when set, `src` is not fetched. */
  declare rates?: Rate[];

  /** What is in the amount field, as typed; undefined while it shows `amount` as the page set it. */
  private typed?: string;
  /** The amount the reader's typing last set: a change of `amount` from elsewhere replaces the text. */
  private amountTyped?: number;

  protected readonly language = new LangController(this, CONVERTER_TABLES);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('amount') && this.amount !== this.amountTyped) this.typed = undefined;
  }

  private onAmount(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
    const amount = parseAmount(this.typed, this.language.locale);
    if (amount !== undefined) this.amount = this.amountTyped = amount;
  }

  private onCurrency(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this[select.name as 'from' | 'to'] = select.value;
  }

  /** Swaps the pair on screen, which may be the default one the page left unset. */
  private swap(): void {
    const sheet = this.feed.sheet;
    if (!sheet) return;
    const [from, to] = this.pair(sheet, this.offered(sheet));
    [this.from, this.to] = [to, from];
  }

  /**
   * The pair to convert: `from` and `to`, else the feed's first pair (a Bank of Russia sheet: its first
   * currency to roubles) where it is on offer, else the first codes offered.
   */
  private pair(sheet: RateSheet, codes: string[]): [string, string] {
    const first = sheet.rates[0];
    const pick = (wanted: string | undefined, unlike?: string) =>
      (wanted && codes.includes(wanted) && wanted !== unlike && wanted) ||
      codes.find((code) => code !== unlike) ||
      codes[0];
    const from = this.from?.toUpperCase() || pick(first?.base);
    return [from, this.to?.toUpperCase() || pick(first?.quote, from)];
  }

  /**
   * The codes on offer: `currencies`, in its order, where the feed can price them; else every code in the
   * sheet, in alphabetical order (a list of 40 is searched by its first letters).
   */
  private offered(sheet: RateSheet): string[] {
    const known = currenciesOf(sheet.rates);
    const wanted = this.currencies
      ?.split(',')
      .map((code) => code.trim().toUpperCase())
      .filter((code) => known.includes(code));
    return wanted?.length ? wanted : known.sort();
  }

  private outcome(sheet: RateSheet, from: string, to: string, m: ConverterWords): Outcome {
    const locale = this.language.locale;
    const text = this.typed ?? formatAmount(this.amount, locale);
    if (!text.trim()) return undefined;
    const amount = parseAmount(text, locale);
    if (amount === undefined) {
      return { kind: 'amount', text: m.notANumber(formatAmount(1234.5, locale)) };
    }
    const result = convert(sheet.rates, amount, from, to);
    if (result === undefined || !Number.isFinite(result)) {
      return { kind: 'pair', text: m.noRate(from, to) };
    }
    const [given, got] = [formatMoney(amount, from, locale), formatMoney(result, to, locale)];
    return { kind: 'result', text: `${given} = ${got}` };
  }

  private select(name: 'from' | 'to', label: string, chosen: string, codes: string[]) {
    const locale = this.language.locale;
    // A code the page asked for that the feed lacks stays chosen, so the message below names it.
    const options = codes.includes(chosen) ? codes : [chosen, ...codes];
    return html`<div part="field" class="field">
      <label part="label" for=${name}>${label}</label>
      <select part="select" id=${name} name=${name} @change=${this.onCurrency}>
        ${options.map((code) => {
          const name = currencyName(code, locale);
          // The property, not the attribute: an option the reader picked ignores its attribute after that
          // (HTML's option dirtiness), so a swap would leave the list showing the old choice. Lit sets it
          // when it differs from the value it last set; the list never drifts from that, since every pick
          // sets `from` or `to` and renders the new choice, so Lit's `live()` (0.3 kB gzip) is not needed.
          return html`<option value=${code} .selected=${code === chosen}>
            ${name ? `${code} — ${name}` : code}
          </option>`;
        })}
      </select>
    </div>`;
  }

  private form(sheet: RateSheet, codes: string[], m: ConverterWords) {
    const locale = this.language.locale;
    const [from, to] = this.pair(sheet, codes);
    const outcome = this.outcome(sheet, from, to, m);
    const about = aboutRates(sheet, locale).line;
    return html`<form
      part="base"
      class="base"
      aria-busy=${this.feed.revalidating}
      aria-label=${this.label || m.converter}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div part="field" class="field amount">
        <label part="label" for="amount">${m.amount}</label>
        <input
          part="input"
          id="amount"
          name="amount"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${outcome?.kind === 'amount' ? 'true' : 'false'}
          aria-describedby="result"
          .value=${this.typed ?? formatAmount(this.amount, locale)}
          @input=${this.onAmount}
        />
      </div>
      ${this.select('from', m.from, from, codes)}
      <button part="swap" class="swap" type="button" aria-label=${m.swap} @click=${this.swap}>
        <span aria-hidden="true">⇄</span>
      </button>
      ${this.select('to', m.to, to, codes)}
      <output
        part="result"
        id="result"
        class=${outcome && outcome.kind !== 'result' ? 'result problem' : 'result'}
        for="amount from to"
        aria-live="polite"
        >${outcome?.text ?? ''}</output
      >
      ${
        this.trending
          ? html`<p part="trend" class="trend">${this.trends?.line(`${from}/${to}`, locale)}</p>`
          : nothing
      }
      ${
        about || this.feed.status === 'stale'
          ? html`<p part="about" class="about">${about}${this.staleNote(m)}</p>`
          : nothing
      }
    </form>`;
  }

  protected override render() {
    const m = converterMessages(this.language.locale);
    const { status, sheet } = this.feed;
    const codes = sheet ? this.offered(sheet) : [];
    if (sheet && codes.length) return this.form(sheet, codes, m);
    return html`<div part="base" class="base" aria-busy=${status === 'pending'}>
      ${feedStatus(status, sheet ? m.noCurrencies : '', m)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-currency-converter': NwCurrencyConverter;
  }
}
