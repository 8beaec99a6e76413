import { html, nothing, type PropertyDeclarations } from 'lit';
import { pairName } from '../feeds/rates/rate.js';
import type { Rate, RateSheet } from '../feeds/types.js';
import { currencyName } from '../format/currency.js';
import { numberFormat } from '../format/intl-cache.js';
import { changeTrend, formatRate, stripDecimals } from '../format/number.js';
import { TABLE_TABLES, tableMessages, type TableWords } from '../i18n/table.js';
import { baseStyles } from '../shared/base.styles.js';
import { LangController } from '../shared/lang-observer.js';
import { changeMark, rateChangeStyles } from '../shared/rate-change.js';
import { aboutRates } from '../shared/rates-about.js';
import { RateElement } from '../shared/rate-element.js';
import { feedStatus } from '../shared/rates-controller.js';
import { rateTableStyles } from './rate-table.styles.js';
import { SORTS, shownRate, sortRates, type RateTableSort, type SortOrder } from './sorting.js';

export type { RateTableSort, SortOrder } from './sorting.js';

const SORT_ICONS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/**
 * @tag nw-rate-table
 * @summary The official-rates table news sites show beside the ticker: currency, units, rate and change, with
 * the date and publisher of the rates in its caption, sortable by any column.
 *
 * A real `<table>` with a caption for assistive tech. Each column header is a button (pointer, Enter or Space)
 * that sorts by that column, then reverses the order; `aria-sort` says which column and which way. Rates are
 * shown as the bank publishes them (`100 JPY = 52.3 RUB`); the units and change columns appear when the feed
 * has them. Currency names come from the browser (`Intl.DisplayNames`) in the table's language, the code alone
 * where the browser has none. Fits a 320 px screen; on a narrower box the table scrolls inside itself.
 * With `history`, a last column draws each pair's rate over the last `days` days as a sparkline, which screen
 * readers hear as "up 1.2% over 30 days, low 0.01121, high 0.01150" (docs/rates.md, "History").
 *
 * @fires {RateSheet} nw-load - Rates were read: `{ rates, format, date?, source? }`, before `symbols` picks.
 * @fires {{ error: FeedError }} nw-error - The feed could not be fetched or read (the first time, or a refresh);
 *   also when no document of `history` can be read (the table then shows its rates without trends).
 *
 * @csspart base - The box around the table, which scrolls when the table is wider than it.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption: the label, then the publisher and date of the rates.
 * @csspart about - The publisher and date inside the caption.
 * @csspart sort - Each column header's sort button.
 * @csspart row - One currency's row (each also has the part `row-<BASE>-<QUOTE>`, e.g. `row-USD-RUB`).
 * @csspart currency - The row header: the code and the name.
 * @csspart name - The currency's name under its code.
 * @csspart quantity - The units the rate is quoted for.
 * @csspart rate - The rate.
 * @csspart change - The arrow and change in percent, `▼ -0.28%`.
 * @csspart trend - The cell of a pair's sparkline (with `history`).
 * @csspart sparkline - The sparkline, an `<svg>` image.
 * @csspart status - The loading, error, empty and stale messages.
 *
 * @cssprop --nw-color-up - Colour of rising rates' change (default: a green that suits light and dark).
 * @cssprop --nw-color-down - Colour of falling rates' change (default: a red that suits light and dark).
 * @cssprop --nw-color-flat - Colour of unchanged rates' change (default: `--nw-color-muted`).
 * @cssprop --nw-color-muted - Colour of the names, the caption's second line and the messages.
 * @cssprop --nw-sparkline-width - Width of a sparkline (default: `4em`).
 * @cssprop --nw-sparkline-height - Height of a sparkline (default: `1em`).
 * @cssprop --nw-color-accent - Focus ring colour (default: a blue for the background behind the table).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwRateTable extends RateElement {
  static override styles = [baseStyles, rateChangeStyles, rateTableStyles];

  static override properties: PropertyDeclarations = {
    symbols: {},
    sort: { reflect: true },
    order: { reflect: true },
  };

  /** Comma list of pairs to show, in that order (`USD/RUB,EUR/RUB`); a pair may be the inverse or a cross. */
  declare symbols?: string;

  /** The caption's first line; when absent, "Exchange rates" in the element's language. */
  declare label?: string;

  /** The column the rows are sorted by; when absent, the feed's (or `symbols`') order. Set by the headers. */
  declare sort?: RateTableSort;

  /** The direction of `sort`. */
  order: SortOrder = 'ascending';

  /**
   * URL of a rate history (or several, separated by spaces) to draw a column of sparklines from: docs/rates.md,
   * "History".
   */
  declare history?: string;

  protected readonly language = new LangController(this, TABLE_TABLES);

  /** A header pressed: sort by its column, or reverse the order when it is the column already sorted by. */
  private sortBy(column: RateTableSort): void {
    if (this.sort === column) {
      this.order = this.order === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sort = column;
      this.order = 'ascending';
    }
  }

  private header(column: RateTableSort, text: string) {
    const sorted = this.sort === column ? this.order : undefined;
    // `col-`: a bare `change` would take the change cells' flat colour (shared/rate-change.ts).
    return html`<th scope="col" class="col-${column}" aria-sort=${sorted ?? nothing}>
      <button part="sort" type="button" @click=${() => this.sortBy(column)}>
        ${text}<span class="sort-icon" aria-hidden="true">${SORT_ICONS[sorted ?? 'none']}</span>
      </button>
    </th>`;
  }

  private row(rate: Rate, locale: string, m: TableWords, columns: Columns) {
    const name = currencyName(rate.base, locale);
    const { change } = rate;
    return html`<tr
      part="row row-${rate.base}-${rate.quote}"
      class=${change === undefined ? '' : changeTrend(change)}
    >
      <th scope="row" part="currency">
        <span class="code">${rate.base}</span>${
          name ? html` <span part="name" class="name">${name}</span>` : nothing
        }
      </th>
      ${
        columns.quantity
          ? html`<td part="quantity">${numberFormat(locale, {}).format(rate.quantity ?? 1)}</td>`
          : nothing
      }
      <td part="rate">
        ${formatRate(shownRate(rate), locale, columns.decimals)}${
          columns.quote ? nothing : html` <span class="quote">${rate.quote}</span>`
        }
      </td>
      ${
        columns.change
          ? html`<td>${change === undefined ? nothing : changeMark(change, locale, m)}</td>`
          : nothing
      }
      ${
        columns.trend
          ? html`<td part="trend" class="trend">${this.trends?.line(pairName(rate), locale)}</td>`
          : nothing
      }
    </tr>`;
  }

  private table(sheet: RateSheet, rates: readonly Rate[], locale: string, m: TableWords) {
    const quotes = new Set(rates.map((rate) => rate.quote));
    const columns: Columns = {
      quantity: rates.some((rate) => rate.quantity),
      change: rates.some((rate) => rate.change !== undefined),
      quote: quotes.size === 1 ? rates[0].quote : undefined,
      decimals: stripDecimals(rates.map(shownRate)),
      trend: this.trending,
    };
    const about = aboutRates(sheet, locale).line;
    const headers: Record<RateTableSort, string | false> = {
      currency: m.currency,
      quantity: columns.quantity && m.quantity,
      rate: columns.quote ? m.rateIn(columns.quote) : m.rate,
      change: columns.change && m.change,
    };
    const sorted = sortRates(rates, this.sort, this.order);
    return html`<table part="table">
      <caption part="caption">
        ${this.label || m.exchangeRates}
        ${about ? html`<span part="about" class="about">${about}</span>` : nothing}
        ${this.staleNote(m)}
      </caption>
      <thead>
        <tr>
          ${SORTS.map((column) => {
            const text = headers[column];
            return text ? this.header(column, text) : nothing;
          })}
          ${
            columns.trend
              ? html`<th scope="col" class="trend">${this.trends?.heading(locale)}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${sorted.map((rate) => this.row(rate, locale, m, columns))}
      </tbody>
    </table>`;
  }

  protected override render() {
    const locale = this.language.locale;
    const m = tableMessages(locale);
    const { status, sheet } = this.feed;
    const rates = this.feed.picked();
    return html`<div
      part="base"
      class="base"
      aria-busy=${(status === 'pending' && !sheet) || this.feed.revalidating}
    >
      ${
        sheet && rates.length
          ? this.table(sheet, rates, locale, m)
          : feedStatus(status, sheet ? m.noRates : '', m)
      }
    </div>`;
  }
}

/** Which optional columns a sheet fills, the rate column's one currency, and its decimals. */
interface Columns {
  quantity: boolean;
  change: boolean;
  quote?: string;
  decimals: number;
  /** A last column of sparklines: `history` is set. */
  trend: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-rate-table': NwRateTable;
  }
}
