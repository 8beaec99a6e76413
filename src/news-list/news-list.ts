import {
  CSSResult,
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Article, ArticleFormat, ArticleTransform } from '../feeds/types.js';
import { warmDates } from '../format/date.js';
import { LIST_TABLES, listMessages, type ListWords } from '../i18n/list.js';
import { baseStyles } from '../shared/base.styles.js';
import { BackdropController } from '../shared/backdrop.js';
import { LangController } from '../shared/lang-observer.js';
import type { ArticleCardLayout } from '../article-card/article-card.js';
import { newsListStyles } from './news-list.styles.js';
import { Pager, type NewsListPagination, type PageView } from './pager.js';
import { renderPagination } from './pagination.js';
import { paginationStyles } from './pagination.styles.js';
import { pushPageParam, readPageParam } from './url-sync.js';

export type { NewsListPagination };
export type NewsListLayout = 'list' | 'grid';

/**
 * @tag nw-news-list
 * @summary A paginated list of article cards from any article feed (JSON Feed, WordPress REST, RSS, Atom,
 * plain JSON), with the header `Viewing results 1 - 6 of 50`.
 *
 * Paging is done by the server where the feed supports it — WordPress (`page`/`per_page`, totals from
 * X-WP-Total / X-WP-TotalPages; used when `src` is under `/wp-json/` or names a `rest_route`, for
 * `format="wordpress"`, or when the feed answers as WordPress with those headers, that first answer serving
 * as page 1) and JSON Feed `next_url` (followed only as far as the shown page needs) — and in the browser
 * otherwise. Feeds are parsed once; changing page re-renders only that page's cards.
 *
 * `sync-url` keeps the page in the address: `?page=3`, or `?<id>-page=3` when the list has an `id` (so two
 * lists on one page do not fight over one parameter), or `?<value>=3` for `sync-url="<value>"`. Page changes
 * add history entries, so Back returns to the previous page and a reload or a shared link opens the same one.
 *
 * @fires {ArticlePage} nw-load - A feed page was read (each page, where the server pages the feed).
 * @fires {{ error: FeedError }} nw-error - A feed could not be loaded or read (the first time, or a refresh).
 * @fires {{ page: number }} nw-page-change - The reader moved to another page (buttons, Load more, or Back).
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart header - The `Viewing results …` line (announced politely; focused after a page change).
 * @csspart item - Each `<nw-article-card>`; its own parts are exported as `image`, `heading`, `excerpt`, `meta`.
 * @csspart image - A card's picture box.
 * @csspart heading - A card's headline.
 * @csspart excerpt - A card's excerpt.
 * @csspart meta - A card's date and byline.
 * @csspart pagination - The `<nav>` with previous / page numbers / next, or the Load more button.
 * @csspart status - The loading, empty, error and stale messages.
 *
 * @cssprop --nw-news-list-preferred-width - Width the list asks for in a box that sizes to its content (a
 *   float, a table cell); never more than the viewport (default: 22em).
 * @cssprop --nw-line-height - Line height inside every block widget (default: 1.5).
 * @cssprop --nw-news-list-gap - Space between cards (default: 1.25em; in the grid, columns widen to 1.75em on wide lists).
 * @cssprop --nw-news-list-column-min - Narrowest column in the grid layout (default: 15em).
 * @cssprop --nw-news-list-divider - Rule between cards in the list layout (default: a faint line).
 * @cssprop --nw-news-list-header-size - Font size of the header line (default: 0.875em).
 * @cssprop --nw-news-list-button-background - Pagination button background (default: transparent).
 * @cssprop --nw-news-list-current-background - Current page's background (default: `--nw-color-accent`).
 * @cssprop --nw-news-list-current-color - Current page's text colour (default: `--nw-color-on-accent`).
 * @cssprop --nw-color-accent - Accent colour for every news-widgets element: the current page, focus rings
 *   (default: a blue holding 4.5:1 on the background actually behind the widget, light or dark).
 * @cssprop --nw-color-on-accent - Text on the accent colour (default: white, or a deep blue on dark pages).
 * @cssprop --nw-color-border - Borders of buttons (default: the text colour at 60%, 3:1 where the text holds AA).
 * @cssprop --nw-color-muted - Secondary text (default: the text colour at 76%, 4.5:1 where the text holds AA).
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwNewsList extends LitElement {
  static override styles = [baseStyles, newsListStyles, paginationStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    pageSize: { type: Number, attribute: 'page-size' },
    page: { type: Number, reflect: true },
    pagination: {},
    layout: { reflect: true },
    cardLayout: { attribute: 'card-layout' },
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    refresh: { type: Number },
    maxAge: { type: Number, attribute: 'max-age' },
    locale: {},
    syncUrl: { attribute: 'sync-url' },
    items: { attribute: false },
    transform: { attribute: false },
  };

  /** URL of an article feed. */
  declare src?: string;

  /** `auto` (detect), `jsonfeed`, `wordpress`, `rss`, `atom` or `json`. */
  format: ArticleFormat = 'auto';

  /** Articles per page. */
  pageSize = 6;

  /** The page shown, 1-based; reflects, so CSS and scripts can read it. */
  page = 1;

  /** `pages` (previous / numbers / next), `more` (a Load more button) or `none`. */
  pagination: NewsListPagination = 'pages';

  /** `list` (one column of horizontal cards) or `grid` (columns by the list's own width). */
  layout: NewsListLayout = 'list';

  /** Card layout; by default `horizontal` in a list and `stacked` in a grid. */
  declare cardLayout?: ArticleCardLayout;

  /** Longest excerpt in characters, cut at a word boundary. */
  excerptLength = 160;

  /** Level of each card's headline element. */
  headingLevel = 3;

  /** Seconds between re-fetches of the feed; 0 for never. */
  refresh = 0;

  /**
   * Seconds a copy of the feed kept from an earlier visit may be old and still be shown at once, while the feed
   * is asked whether it changed; when absent, a day (86400); `0` neither shows nor keeps one.
   */
  declare maxAge?: number;

  /** BCP 47 language tag; else the nearest `lang`, else the browser's. */
  declare locale?: string;

  /** Keep the page in the address; the value, if any, names the query parameter (see above). */
  declare syncUrl?: string | null;

  /** Articles given directly instead of a feed (paged in the browser). */
  declare items?: Article[];

  /** Reads a feed no adapter knows: from the parsed JSON / XML Document / text to articles. */
  declare transform?: ArticleTransform;

  private focusHeader = false;
  private readonly language = new LangController(this, LIST_TABLES);

  // Picks the light or dark palette from the background behind the element (shared/backdrop.ts).
  protected readonly backdrop = new BackdropController(this);

  private readonly pager = new Pager(this, () => ({
    src: this.src,
    format: this.format,
    transform: this.transform,
    items: this.items,
    page: this.page,
    pageSize: this.pageSize,
    pagination: this.pagination,
    refresh: this.refresh,
    maxAge: this.maxAge,
  }));

  // The words of a language other than English load first (shared/lang-observer.ts): none show in English.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.language.whenReady(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    // Before the controllers connect: the pager requests the page the address asks for, not page 1.
    if (this.syncing) this.page = readPageParam(this.pageParam) ?? this.page;
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get syncing(): boolean {
    return this.syncUrl !== undefined && this.syncUrl !== null;
  }

  private get pageParam(): string {
    return this.syncUrl?.trim() || (this.id ? `${this.id}-page` : 'page');
  }

  private onPopState = () => {
    if (!this.syncing) return;
    const page = readPageParam(this.pageParam) ?? 1;
    if (page === this.page) return;
    this.page = page;
    this.emitPageChange(page);
  };

  protected override firstUpdated(): void {
    // The feed request is on its way by now (the pager starts it before the first render); building the
    // cards' date formatters and the header's number format meanwhile keeps that cost out of the time
    // between the response and the paint.
    const locale = this.language.locale;
    warmDates(locale);
    listMessages(locale).viewingResults(1, 1, 1);
    // Likewise the cards' style sheet, whose CSS Lit parses when the first card attaches its shadow root.
    const card = customElements.get('nw-article-card') as typeof LitElement | undefined;
    for (const style of card?.elementStyles ?? [])
      if (style instanceof CSSResult) void style.styleSheet;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The pager has just worked out this update's view (controllers update first). A page past the end (an
    // old link, a feed that shrank) shows the last page, and `page` says so, reflected in this same update.
    const { page, total } = this.pager.view;
    if (total !== undefined && page < this.page) this.page = page;
    super.update(changed);
  }

  /** Moves to `page` as the reader asked: reflects it, records it in the address, tells listeners. */
  private goTo(page: number, focus: boolean): void {
    if (page === this.page || page < 1) return;
    this.page = page;
    this.focusHeader = focus;
    if (this.syncing) pushPageParam(this.pageParam, page);
    this.emitPageChange(page);
  }

  private emitPageChange(page: number): void {
    this.dispatchEvent(
      new CustomEvent('nw-page-change', { detail: { page }, bubbles: true, composed: true }),
    );
  }

  protected override updated(): void {
    if (!this.focusHeader) return;
    this.focusHeader = false;
    this.renderRoot.querySelector<HTMLElement>('.header')?.focus();
  }

  private renderCards(view: PageView) {
    const cardLayout = this.cardLayout ?? (this.layout === 'grid' ? 'stacked' : 'horizontal');
    // Placeholders of a card's height for the articles on their way, so nothing below jumps when they come.
    const skeletons = !view.waiting
      ? 0
      : view.items.length
        ? view.size - (view.items.length % view.size)
        : view.size;
    // Each page gets cards of its own, so none shows the last page's picture while its own loads; Load more
    // keeps the cards already shown and adds to them.
    return html`<ul class="items ${this.layout}" role="list">
      ${keyed(
        this.pagination === 'more' ? 0 : view.page,
        view.items.map(
          (article) =>
            html`<li>
              <nw-article-card
                part="item"
                exportparts="image, heading, excerpt, meta"
                .article=${article}
                .excerptLength=${this.excerptLength}
                .headingLevel=${this.headingLevel}
                .locale=${this.locale}
                layout=${cardLayout}
              ></nw-article-card>
            </li>`,
        ),
      )}
      ${Array.from(
        { length: skeletons },
        () =>
          html`<li class="skeleton ${cardLayout}" aria-hidden="true">
            <div class="bone media"></div>
            <div class="lines">
              <div class="bone line wide"></div>
              <div class="bone line"></div>
              <div class="bone line"></div>
              <div class="bone line short"></div>
            </div>
          </li>`,
      )}
    </ul>`;
  }

  private renderMore(view: PageView, m: ListWords) {
    if (!view.hasNext || view.waiting) return nothing;
    return html`<div part="pagination" class="more">
      <button type="button" @click=${() => this.goTo(view.page + 1, false)}>${m.loadMore}</button>
    </div>`;
  }

  private renderStatus(view: PageView, m: ListWords) {
    const { status, error } = this.pager;
    const retry = html`<button type="button" class="retry" @click=${() => this.pager.retry()}>
      ${m.retry}
    </button>`;
    if (error && !view.items.length) {
      return html`<div part="status" class="status error" role="alert">
        <p>${m.loadFailed} <span class="reason">${error.message}</span></p>
        ${retry}
      </div>`;
    }
    if (error) {
      return html`<div part="status" class="status stale" role="status">
        <p>${status === 'stale' ? m.stale : m.loadFailed}</p>
        ${retry}
      </div>`;
    }
    const read = status === 'complete' || status === 'stale';
    if (!view.waiting && !view.items.length && (this.items || read)) {
      return html`<p part="status" class="status empty" role="status">${m.empty}</p>`;
    }
    return nothing;
  }

  protected override willUpdate(): void {
    // Lit SSR calls willUpdate and render but no controller's hostUpdate, where the pager works out the view.
    if (isServer) this.pager.hostUpdate();
  }

  override render() {
    const m = listMessages(this.language.locale);
    const { view, status, error } = this.pager;
    const failed = !!error && !view.items.length;
    const header = view.items.length
      ? m.viewingResults(view.from, view.to, view.total)
      : !failed && (view.waiting || status === 'pending')
        ? m.loading
        : '';
    return html`<div
      part="base"
      class="base"
      aria-busy=${(view.waiting && !failed) || this.pager.revalidating ? 'true' : 'false'}
    >
      <p part="header" class="header" tabindex="-1" aria-live="polite">${header}</p>
      ${this.renderStatus(view, m)} ${failed ? nothing : this.renderCards(view)}
      ${
        failed || !view.items.length
          ? nothing
          : this.pagination === 'pages'
            ? renderPagination(view, m, (page) => this.goTo(page, true))
            : this.pagination === 'more'
              ? this.renderMore(view, m)
              : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nw-news-list': NwNewsList;
  }
  interface GlobalEventHandlersEventMap {
    'nw-page-change': CustomEvent<{ page: number }>;
  }
}
