import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseArticles } from '../feeds/articles.js';
import type { Article, ArticleFormat, ArticlePage, ArticleTransform } from '../feeds/types.js';
import { pageUrl } from '../feeds/url.js';
import { warmDates } from '../format/date.js';
import { listMessages, type ListWords } from '../i18n/list.js';
import { baseStyles } from '../shared/base.styles.js';
import { FeedController } from '../shared/feed-controller.js';
import { LangController } from '../shared/lang-observer.js';
import type { ArticleCardLayout } from '../article-card/article-card.js';
import { newsListStyles } from './news-list.styles.js';
import { looksLikeWordPress, pageLinks, wordPressPageUrl } from './paging.js';
import { pushPageParam, readPageParam } from './url-sync.js';

export type NewsListPagination = 'pages' | 'more' | 'none';
export type NewsListLayout = 'list' | 'grid';

/** What one render shows, worked out from the pages read so far. */
interface View {
  items: Article[];
  /** 1-based position of the first and last shown item. */
  from: number;
  to: number;
  total?: number;
  /** The page shown (the requested one, clamped to the last page when that is known). */
  page: number;
  /** Highest page number to offer in the bar. */
  last: number;
  hasNext: boolean;
  /** Still waiting for articles this page needs. */
  waiting: boolean;
}

// Pages are kept under the client's key for their URL: absolute, or as written when it does not parse.
const absolute = (url: string) => pageUrl(url) ?? url;

/**
 * @tag nw-news-list
 * @summary A paginated list of article cards from any article feed (JSON Feed, WordPress REST, RSS, Atom,
 * plain JSON), with the header `Viewing results 1 - 6 of 50`.
 *
 * Paging is done by the server where the feed supports it — WordPress (`page`/`per_page`, totals from
 * X-WP-Total / X-WP-TotalPages; used when `src` is under `/wp-json/`, `format="wordpress"`, or the feed answers
 * as WordPress) and JSON Feed `next_url` (followed only as far as the shown page needs) — and in the browser
 * otherwise. Feeds are parsed once; changing page re-renders only that page's cards.
 *
 * `sync-url` keeps the page in the address: `?page=3`, or `?<id>-page=3` when the list has an `id` (so two
 * lists on one page do not fight over one parameter), or `?<value>=3` for `sync-url="<value>"`. Page changes
 * add history entries, so Back returns to the previous page and a reload or a shared link opens the same one.
 *
 * @fires nw-load - A feed page was read; detail: the `ArticlePage`.
 * @fires nw-error - A feed could not be loaded or read; detail: `{ error }` (a `FeedError`).
 * @fires nw-page-change - The reader moved to another page (buttons, Load more, or Back); detail: `{ page }`.
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
 * @cssprop --nw-news-list-gap - Space between cards (default: 1.25rem).
 * @cssprop --nw-news-list-column-min - Narrowest column in the grid layout (default: 15rem).
 * @cssprop --nw-news-list-divider - Rule between cards in the list layout (default: a faint line).
 * @cssprop --nw-news-list-header-size - Font size of the header line (default: 0.875rem).
 * @cssprop --nw-news-list-button-background - Pagination button background (default: transparent).
 * @cssprop --nw-news-list-current-background - Current page's background (default: `--nw-color-accent`).
 * @cssprop --nw-news-list-current-color - Current page's text colour (default: `Canvas`).
 * @cssprop --nw-color-accent - Accent colour for every news-widgets element.
 * @cssprop --nw-color-border - Borders and rules.
 * @cssprop --nw-color-muted - Secondary text.
 * @cssprop --nw-font-family - Font family for every news-widgets element (default: inherited).
 */
export class NwNewsList extends LitElement {
  static override styles = [baseStyles, newsListStyles];

  /** URL of an article feed. */
  @property() src?: string;

  /** `auto` (detect), `jsonfeed`, `wordpress`, `rss`, `atom` or `json`. */
  @property() format: ArticleFormat = 'auto';

  /** Articles per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 6;

  /** The page shown, 1-based; reflects, so CSS and scripts can read it. */
  @property({ type: Number, reflect: true }) page = 1;

  /** `pages` (previous / numbers / next), `more` (a Load more button) or `none`. */
  @property() pagination: NewsListPagination = 'pages';

  /** `list` (one column of horizontal cards) or `grid` (columns by the list's own width). */
  @property({ reflect: true }) layout: NewsListLayout = 'list';

  /** Card layout; by default `horizontal` in a list and `stacked` in a grid. */
  @property({ attribute: 'card-layout' }) cardLayout?: ArticleCardLayout;

  /** Longest excerpt in characters, cut at a word boundary. */
  @property({ type: Number, attribute: 'excerpt-length' }) excerptLength = 160;

  /** Level of each card's headline element. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Seconds between re-fetches of the feed; 0 for never. */
  @property({ type: Number }) refresh = 0;

  /** BCP 47 language tag; else the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Keep the page in the address; the value, if any, names the query parameter (see above). */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  /** Articles given directly instead of a feed (paged in the browser). */
  @property({ attribute: false }) items?: Article[];

  /** Reads a feed no adapter knows: from the parsed JSON / XML Document / text to articles. */
  @property({ attribute: false }) transform?: ArticleTransform;

  /** Each feed page read, by the absolute URL it was requested from; parsed once, reused on every page turn. */
  private pages = new Map<string, ArticlePage>();
  /** URLs of the JSON Feed `next_url` chain followed so far, from `src`; the list follows the last one. */
  private reach = 0;
  /** The URL handed to the feed controller at the last update. */
  private followed?: string;
  private focusHeader = false;
  private readonly language = new LangController(this);

  private readonly feed = new FeedController<ArticlePage>(this, {
    url: () => (this.followed = this.feedUrl()),
    refresh: () => this.refresh,
    // Each page is kept under the URL it was requested from, so turning pages never re-parses and the next
    // update can already follow the URL that answer reveals (WordPress paging, a next_url).
    parse: (document) => {
      const page = parseArticles(document, {
        format: this.format,
        transform: this.transform,
        visited: this.chain().urls,
      });
      if (this.followed) this.pages.set(this.followed, page);
      return page;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncing) this.page = readPageParam(this.pageParam) ?? this.page;
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

  private get size(): number {
    return Math.max(1, Math.floor(this.pageSize) || 6);
  }

  private get serverPaged(): boolean {
    if (this.items || !this.src) return false;
    return (
      this.format === 'wordpress' ||
      looksLikeWordPress(this.src) ||
      this.pages.get(absolute(this.src))?.format === 'wordpress'
    );
  }

  /** Pages a server-paged view needs: the current one, or every one up to it when pages accumulate. */
  private neededPages(page: number): number[] {
    if (this.pagination !== 'more') return [page];
    return Array.from({ length: page }, (_, i) => i + 1);
  }

  /** The JSON Feed chain read so far: `src`, then each page's `next`, while those are loaded. */
  private chain(): { urls: string[]; pages: ArticlePage[] } {
    const urls: string[] = [];
    const pages: ArticlePage[] = [];
    let url: string | undefined = this.src ? absolute(this.src) : undefined;
    while (url && !urls.includes(url)) {
      urls.push(url);
      const page = this.pages.get(url);
      if (!page) break;
      pages.push(page);
      url = page.next;
    }
    return { urls, pages };
  }

  private feedUrl(): string | undefined {
    const src = this.src;
    if (this.items || !src) return undefined;
    if (this.serverPaged) {
      const page = this.clampedPage(this.knownLastPage());
      const urls = this.neededPages(page).map((n) => wordPressPageUrl(src, n, this.size));
      return urls.find((url) => !this.pages.has(url)) ?? urls[urls.length - 1];
    }
    // Follow next_url only as far as the current page needs, and never step back (that would re-fetch).
    const { urls, pages } = this.chain();
    const wanted = this.page * this.size;
    let have = 0;
    let index = 0;
    for (; index < pages.length; index++) {
      have += pages[index].items.length;
      if (have >= wanted || !pages[index].next) break;
    }
    this.reach = Math.max(this.reach, Math.min(index + (have < wanted ? 1 : 0), urls.length - 1));
    return urls[Math.min(this.reach, urls.length - 1)];
  }

  private knownLastPage(): number | undefined {
    for (const page of this.pages.values()) {
      if (page.format !== 'wordpress') continue;
      if (page.totalPages !== undefined) return Math.max(1, page.totalPages);
      if (page.total !== undefined) return Math.max(1, Math.ceil(page.total / this.size));
    }
    return undefined;
  }

  private clampedPage(last: number | undefined): number {
    const page = Math.max(1, Math.floor(this.page) || 1);
    return last === undefined ? page : Math.min(page, last);
  }

  protected override firstUpdated(): void {
    // The feed request is on its way by now (the controller starts it before the first render); building the
    // cards' date formatters meanwhile keeps that cost out of the time between the response and the paint.
    warmDates(this.language.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first update the map may already hold a cached feed read while connecting; keep it.
    const source = changed.has('src') || changed.has('format') || changed.has('transform');
    if (source && this.hasUpdated) {
      this.pages.clear();
      this.reach = 0;
    }
    // A page past the end (an old link, a feed that shrank) shows the last page, and `page` says so.
    const { page, total } = this.view();
    if (total !== undefined && page < this.page) this.page = page;
  }

  private view(): View {
    const size = this.size;
    const src = this.src;
    if (src && this.serverPaged) {
      const last = this.knownLastPage();
      const page = this.clampedPage(last);
      const loaded = this.neededPages(page).map((n) =>
        this.pages.get(wordPressPageUrl(src, n, size)),
      );
      const items = loaded.flatMap((p) => p?.items ?? []);
      const total = loaded.find((p) => p?.total !== undefined)?.total;
      const from = this.pagination === 'more' ? 1 : (page - 1) * size + 1;
      return {
        items,
        from,
        to: from + items.length - 1,
        total,
        page,
        last: last ?? page,
        hasNext: last === undefined ? (loaded.at(-1)?.items.length ?? 0) >= size : page < last,
        waiting: loaded.some((p) => !p),
      };
    }
    const { pages } = this.chain();
    const all = this.items ?? (pages.length === 1 ? pages[0].items : pages.flatMap((p) => p.items));
    const complete =
      !!this.items || !this.src || (pages.length > 0 && !pages[pages.length - 1].next);
    const total = complete ? all.length : pages[0]?.total;
    const last = total === undefined ? undefined : Math.max(1, Math.ceil(total / size));
    const page = this.clampedPage(last);
    const start = this.pagination === 'more' ? 0 : (page - 1) * size;
    const items = all.slice(start, page * size);
    return {
      items,
      from: start + 1,
      to: start + items.length,
      total,
      page,
      last: last ?? Math.max(page, Math.ceil(all.length / size)) + (complete ? 0 : 1),
      hasNext: last === undefined ? !complete || all.length > page * size : page < last,
      waiting: !complete && all.length < page * size,
    };
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

  private renderCards(view: View) {
    const cardLayout = this.cardLayout ?? (this.layout === 'grid' ? 'stacked' : 'horizontal');
    // Placeholders of a card's height for the articles on their way, so nothing below jumps when they come.
    const skeletons = !view.waiting
      ? 0
      : view.items.length
        ? this.size - (view.items.length % this.size)
        : this.size;
    return html`<ul class="items ${this.layout}" role="list">
      ${repeat(
        view.items,
        (article) => article.id,
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

  private renderPages(view: View, m: ListWords) {
    if (view.last <= 1 && !view.hasNext) return nothing;
    const button = (page: number, label: string, text: string | number, current = false) =>
      html`<button
        type="button"
        class=${current ? 'current' : ''}
        aria-label=${label}
        aria-current=${current ? 'page' : nothing}
        @click=${() => this.goTo(page, true)}
      >
        ${text}
      </button>`;
    return html`<nav part="pagination" class="pagination" aria-label=${m.pagination}>
      <ul role="list">
        <li>
          <button
            type="button"
            class="step"
            ?disabled=${view.page <= 1}
            @click=${() => this.goTo(view.page - 1, true)}
          >
            <span aria-hidden="true">‹</span> ${m.previous}
          </button>
        </li>
        ${pageLinks(view.page, view.last).map((link) =>
          link === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>${button(link, m.page(link), link, link === view.page)}</li>`,
        )}
        <li>
          <button
            type="button"
            class="step"
            ?disabled=${!view.hasNext}
            @click=${() => this.goTo(view.page + 1, true)}
          >
            ${m.next} <span aria-hidden="true">›</span>
          </button>
        </li>
      </ul>
    </nav>`;
  }

  private renderMore(view: View, m: ListWords) {
    if (!view.hasNext || view.waiting) return nothing;
    return html`<div part="pagination" class="more">
      <button type="button" @click=${() => this.goTo(view.page + 1, false)}>${m.loadMore}</button>
    </div>`;
  }

  private renderStatus(view: View, m: ListWords) {
    const { error, stale } = this.feed;
    const retry = html`<button type="button" class="retry" @click=${() => this.feed.retry()}>
      ${m.retry}
    </button>`;
    if (error && !view.items.length) {
      return html`<div part="status" class="status error" role="alert">
        <p>${m.loadFailed} <span class="reason">${error.message}</span></p>
        ${retry}
      </div>`;
    }
    if (error || stale) {
      return html`<div part="status" class="status stale" role="status">
        <p>${stale ? m.stale : m.loadFailed}</p>
        ${retry}
      </div>`;
    }
    if (!view.waiting && !view.items.length && (this.items || this.feed.value)) {
      return html`<p part="status" class="status empty" role="status">${m.empty}</p>`;
    }
    return nothing;
  }

  override render() {
    const m = listMessages(this.language.locale);
    const view = this.view();
    const failed = !!this.feed.error && !view.items.length;
    const header = view.items.length
      ? m.viewingResults(view.from, view.to, view.total)
      : !failed && (view.waiting || this.feed.loading)
        ? m.loading
        : '';
    return html`<div
      part="base"
      class="base"
      aria-busy=${view.waiting && !failed ? 'true' : 'false'}
    >
      <p part="header" class="header" tabindex="-1" aria-live="polite">${header}</p>
      ${this.renderStatus(view, m)} ${failed ? nothing : this.renderCards(view)}
      ${
        failed || !view.items.length
          ? nothing
          : this.pagination === 'pages'
            ? this.renderPages(view, m)
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
