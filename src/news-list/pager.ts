// The paging state machine of <nw-news-list>: which feed documents the shown page needs, the pages read so far,
// and the slice on screen. The element keeps its properties, events and templates and renders `view`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseArticlesInSlices } from '../feeds/slices.js';
import type { FeedError } from '../feeds/errors.js';
import type { Article, ArticleFormat, ArticlePage, ArticleTransform } from '../feeds/types.js';
import { pageUrl } from '../feeds/url.js';
import { FeedController, type FeedStatus } from '../shared/feed-controller.js';
import { looksLikeWordPress, wordPressPageUrl } from './paging.js';

export type NewsListPagination = 'pages' | 'more' | 'none';

/** What the pager reads from the list at each update (and never writes). */
export interface PagerSettings {
  src?: string;
  format: ArticleFormat;
  transform?: ArticleTransform;
  /** Articles given directly: paged in the browser, nothing fetched. */
  items?: Article[];
  /** The page asked for, 1-based, before it is clamped to the last page. */
  page: number;
  pageSize: number;
  pagination: NewsListPagination;
  refresh: number;
  maxAge?: number;
}

/** What one render shows. */
export interface PageView {
  items: Article[];
  /** 1-based position of the first and last shown item. */
  from: number;
  to: number;
  total?: number;
  /** The page shown: the one asked for, clamped to the last page when that is known. */
  page: number;
  /** Highest page number to offer in the bar. */
  last: number;
  hasNext: boolean;
  /** Still waiting for articles this page needs. */
  waiting: boolean;
  /** Articles per page (`page-size`, made a whole number of at least 1). */
  size: number;
}

// Pages are kept under the client's key for their URL: absolute, or as written when it does not parse.
const absolute = (url: string) => pageUrl(url) ?? url;

/** Pages a view needs: the current one, or every one up to it when pages accumulate (Load more). */
const neededPages = (page: number, pagination: NewsListPagination) =>
  pagination === 'more' ? Array.from({ length: page }, (_, i) => i + 1) : [page];

/**
 * Pages the list's feed: WordPress by the server (`page`/`per_page`), a JSON Feed by following `next_url` only
 * as far as the shown page needs, anything else in the browser. At each host update it takes in what the feed
 * answered, follows the document the page needs next, and works out `view`, once. Nothing else writes its
 * state: the feed's answers reach it as the feed controller's `value`, read here, never pushed from a callback.
 */
export class Pager implements ReactiveController {
  /** The slice on screen, worked out at the last host update. */
  view: PageView = {
    items: [],
    from: 1,
    to: 0,
    page: 1,
    last: 1,
    hasNext: false,
    waiting: false,
    size: 6,
  };

  /** Each feed page read, under the absolute URL of its document; parsed once, reused on every page turn. */
  private readonly pages = new Map<string, ArticlePage>();
  /** How far along the `next_url` chain the list has followed (0 is `src`); it never steps back. */
  private reach = 0;
  /** The document followed now, absolute. */
  private url?: string;
  /** `src`, `format` and `transform` at the last update: when one changes, every page read is forgotten. */
  private source: readonly unknown[] = [];
  private readonly feed: FeedController<ArticlePage>;
  /** The first slice of a big document still being read, and the document's URL. */
  private firstSlice?: { url: string; page: ArticlePage };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => PagerSettings,
  ) {
    // Registered before the feed controller it drives, so that the feed's own update finds nothing to do.
    host.addController(this);
    this.feed = new FeedController(host, {
      url: () => this.url,
      refresh: () => this.settings().refresh,
      maxAge: () => this.settings().maxAge,
      parse: (document) => {
        const { format, transform, src } = this.settings();
        // The chain read so far, so that a next_url leading back into it is not offered as the next page.
        // A big document is read in slices, between which the host page keeps its main thread; its first
        // slice is shown as soon as it is read (see `browserView`).
        return parseArticlesInSlices(
          document,
          { format, transform, visited: this.chain(src).urls },
          (page) => {
            this.firstSlice = { url: absolute(document.url), page };
            host.requestUpdate();
          },
        );
      },
      args: () => {
        const { format, transform } = this.settings();
        return [format, transform];
      },
    });
  }

  /** Where the feed of the shown page stands (`pending`, `stale`, `error`…). */
  get status(): FeedStatus {
    return this.feed.status;
  }

  /** True while the shown page is a copy kept from an earlier visit, being revalidated. */
  get revalidating(): boolean {
    return this.feed.revalidating;
  }

  get error(): FeedError | undefined {
    return this.feed.error;
  }

  /** Fetches the shown page's document again, e.g. from a Retry button. */
  retry(): void {
    this.feed.retry();
  }

  // The request starts on connect, not in the first update: an element in a language other than English
  // waits for its words before that update (shared/lang-observer.ts), and the feed loads meanwhile.
  hostConnected(): void {
    this.follow(this.settings());
  }

  hostUpdate(): void {
    const settings = this.settings();
    this.follow(settings);
    this.view = this.wordPress(settings) ? this.serverView(settings) : this.browserView(settings);
  }

  /** Follows the document the shown page needs, forgetting every page read when the feed changed. */
  private follow(settings: PagerSettings): void {
    const source = [settings.src, settings.format, settings.transform];
    if (source.some((value, i) => value !== this.source[i])) {
      this.pages.clear();
      this.reach = 0;
      this.url = undefined;
      this.firstSlice = undefined;
    }
    this.source = source;
    this.keepAnswer();
    // A cached document answers inside follow(), and may show that the page needs another one (the next link
    // of a chain, a WordPress page once the feed is known to be WordPress): follow that one too. Each turn
    // either reads a page not read before or stops, so this ends.
    for (let url = this.wanted(settings); url !== this.url; url = this.wanted(settings)) {
      this.url = url;
      this.feed.follow();
      this.keepAnswer();
    }
  }

  /** Files the feed's latest answer under its document's URL (a refresh replaces the page it refreshes). */
  private keepAnswer(): void {
    const { value, source } = this.feed;
    if (value && source && source === this.url && this.pages.get(source) !== value) {
      this.pages.set(source, value);
    }
  }

  private size({ pageSize }: PagerSettings): number {
    return Math.max(1, Math.floor(pageSize) || 6);
  }

  private clamp(page: number, last: number | undefined): number {
    const asked = Math.max(1, Math.floor(page) || 1);
    return last === undefined ? asked : Math.min(asked, last);
  }

  /** The document the shown page needs now; undefined when nothing is fetched. */
  private wanted(settings: PagerSettings): string | undefined {
    const { src, items, page, pagination } = settings;
    if (items || !src) return undefined;
    if (this.wordPress(settings)) {
      const shown = this.clamp(page, this.lastWordPressPage(settings));
      const urls = neededPages(shown, pagination).map((n) => this.wordPressUrl(settings, n));
      return urls.find((url) => !this.pages.has(url)) ?? urls.at(-1);
    }
    // Follow next_url only as far as the page needs, and never step back: the pages behind are kept.
    const { urls, pages } = this.chain(src);
    const needed = page * this.size(settings);
    let have = 0;
    let index = 0;
    for (; index < pages.length; index++) {
      have += pages[index].items.length;
      if (have >= needed || !pages[index].next) break;
    }
    this.reach = Math.max(this.reach, Math.min(index + (have < needed ? 1 : 0), urls.length - 1));
    return urls[Math.min(this.reach, urls.length - 1)];
  }

  /** The JSON Feed chain read so far: `src`, then each page's `next`, while those are read. */
  private chain(src: string | undefined): { urls: string[]; pages: ArticlePage[] } {
    const urls: string[] = [];
    const pages: ArticlePage[] = [];
    let url = src ? absolute(src) : undefined;
    while (url && !urls.includes(url)) {
      urls.push(url);
      const page = this.pages.get(url);
      if (!page) break;
      pages.push(page);
      url = page.next;
    }
    return { urls, pages };
  }

  /**
   * Whether the server pages: a `/wp-json/` address, `format="wordpress"`, or a first answer that came from a
   * WordPress site that pages (X-WP-Total / X-WP-TotalPages). WordPress-shaped JSON without those headers is a
   * file of posts, not an API: asking it for `page=2` would answer the same posts again, so it is paged here.
   */
  private wordPress({ src, items, format }: PagerSettings): boolean {
    if (items || !src) return false;
    return format === 'wordpress' || looksLikeWordPress(src) || !!this.wordPressAnswer(src);
  }

  private wordPressAnswer(src: string): ArticlePage | undefined {
    const page = this.pages.get(absolute(src));
    const paged = page?.total !== undefined || page?.totalPages !== undefined;
    return page?.format === 'wordpress' && paged ? page : undefined;
  }

  /**
   * The document holding WordPress page `n`. The answer to `src` itself serves as page 1 when it starts at
   * the first post and holds a page's worth (or all there is), so a site recognised only by its answer is not
   * asked for its first page twice.
   */
  private wordPressUrl(settings: PagerSettings, n: number): string {
    const src = settings.src ?? '';
    const first = n === 1 && this.wordPressAnswer(src);
    if (first) {
      const asked = new URL(absolute(src)).searchParams.get('page');
      const enough =
        first.items.length >= this.size(settings) ||
        (first.total !== undefined && first.items.length >= first.total);
      if ((asked === null || asked === '1') && enough) return absolute(src);
    }
    return wordPressPageUrl(src, n, this.size(settings));
  }

  private lastWordPressPage(settings: PagerSettings): number | undefined {
    const size = this.size(settings);
    const answer = settings.src ? absolute(settings.src) : undefined;
    for (const [url, page] of this.pages) {
      if (page.format !== 'wordpress') continue;
      if (page.total !== undefined) return Math.max(1, Math.ceil(page.total / size));
      // X-WP-TotalPages counts pages of the size asked for: ours, except in the answer to `src` itself.
      if (page.totalPages !== undefined && url !== answer) return Math.max(1, page.totalPages);
    }
    return undefined;
  }

  private serverView(settings: PagerSettings): PageView {
    const size = this.size(settings);
    const last = this.lastWordPressPage(settings);
    const page = this.clamp(settings.page, last);
    const loaded = neededPages(page, settings.pagination).map((n) =>
      this.pages.get(this.wordPressUrl(settings, n)),
    );
    // The answer to `src` may hold more posts than a page (WordPress sends ten unless asked).
    const items = loaded.flatMap((p) => p?.items.slice(0, size) ?? []);
    const total = loaded.find((p) => p?.total !== undefined)?.total;
    const from = settings.pagination === 'more' ? 1 : (page - 1) * size + 1;
    return {
      items,
      from,
      to: from + items.length - 1,
      total,
      page,
      last: last ?? page,
      hasNext: last === undefined ? (loaded.at(-1)?.items.length ?? 0) >= size : page < last,
      waiting: loaded.some((p) => !p),
      size,
    };
  }

  private browserView(settings: PagerSettings): PageView {
    const { src, items, pagination } = settings;
    const size = this.size(settings);
    let { pages } = this.chain(src);
    // The first slice of `src` while the rest is read: enough to show, never to follow a link from.
    const slice = this.firstSlice;
    const reading =
      !pages.length && this.feed.status === 'pending' && !!src && slice?.url === absolute(src);
    if (reading) pages = [slice.page];
    const all = items ?? (pages.length === 1 ? pages[0].items : pages.flatMap((p) => p.items));
    const complete =
      !!items || !src || (pages.length > 0 && !reading && !pages[pages.length - 1].next);
    const total = complete ? all.length : pages[0]?.total;
    const last = total === undefined ? undefined : Math.max(1, Math.ceil(total / size));
    const page = this.clamp(settings.page, last);
    const start = pagination === 'more' ? 0 : (page - 1) * size;
    const shown = all.slice(start, page * size);
    return {
      items: shown,
      from: start + 1,
      to: start + shown.length,
      total,
      page,
      last: last ?? Math.max(page, Math.ceil(all.length / size)) + (complete ? 0 : 1),
      hasNext: last === undefined ? !complete || all.length > page * size : page < last,
      waiting: !complete && all.length < page * size,
      size,
    };
  }
}
