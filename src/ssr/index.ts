// `news-widgets/ssr`: renders <nw-article-card>, <nw-dateline> and <nw-news-list> on a server (Node), with
// Lit SSR, as declarative shadow DOM: the page arrives readable, with working links, before any script runs.
// Each element leaves the server with `defer-hydration` and its data in a JSON script inside it;
// `news-widgets/hydrate.js` in the browser hands that data back to the element and lets Lit hydrate it, so
// nothing is fetched twice and nothing moves.
//
// Not server-rendered: <nw-rate-ticker>. Its strip is measured and animated in the browser (the loop's
// length comes from the rendered widths), so a server could only send a still strip that then jumps.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../news-list/define.js';
import '../dateline/define.js';
import type { Article } from '../feeds/types.js';
import type { ArticleCardLayout } from '../article-card/article-card.js';
import type { NewsListLayout, NewsListPagination } from '../news-list/news-list.js';
import { serializeProps } from './props.js';
import { CALENDARS } from '../i18n/calendar.js';
import { LIST_TABLES } from '../i18n/list.js';
import { wordsReady } from '../i18n/registry.js';

interface Rendered {
  /** The language to render in, a BCP 47 tag; the element keeps it (as `locale`) so the browser agrees. */
  locale?: string;
}

export interface NewsListRender extends Rendered {
  /** The articles (absolute `url`s and `image`s; relative ones need a page to resolve against). */
  items: Article[];
  page?: number;
  pageSize?: number;
  pagination?: NewsListPagination;
  layout?: NewsListLayout;
  headingLevel?: number;
  excerptLength?: number;
}

export interface ArticleCardRender extends Rendered {
  article: Article;
  layout?: ArticleCardLayout;
  headingLevel?: number;
  excerptLength?: number;
}

export interface DatelineRender extends Rendered {
  /** The date to show, `2025-12-07` or a Date (a server cannot know the reader's "today"). */
  date: string | Date;
  format?: 'long' | 'full' | 'medium' | 'short' | 'iso';
}

const DEFAULT_LOCALE = 'en';
// Each render first loads the words of its language (a language's file, as the browser's element would
// before its first render): a server renders once, synchronously, with what is loaded.

/** `<nw-news-list>` with its first (or `page`) page of cards; the browser pages on from the same items. */
export async function renderNewsList(options: NewsListRender): Promise<string> {
  const { items, locale = DEFAULT_LOCALE, page = 1, pageSize = 6 } = options;
  await wordsReady(locale, LIST_TABLES);
  const { pagination = 'pages', layout = 'list', headingLevel = 3, excerptLength = 160 } = options;
  return withProps(
    html`<nw-news-list
      defer-hydration
      locale=${locale}
      page=${page}
      page-size=${pageSize}
      pagination=${pagination}
      layout=${layout}
      heading-level=${headingLevel}
      excerpt-length=${excerptLength}
      .items=${items}
    ></nw-news-list>`,
    'nw-news-list',
    { items },
  );
}

/** One `<nw-article-card>` for `article`. */
export async function renderArticleCard(options: ArticleCardRender): Promise<string> {
  const { article, locale = DEFAULT_LOCALE, layout = 'stacked', headingLevel = 3 } = options;
  await wordsReady(locale, [CALENDARS]);
  const { excerptLength = 160 } = options;
  return withProps(
    html`<nw-article-card
      defer-hydration
      locale=${locale}
      layout=${layout}
      heading-level=${headingLevel}
      excerpt-length=${excerptLength}
      .article=${article}
    ></nw-article-card>`,
    'nw-article-card',
    { article },
  );
}

/** `<nw-dateline>` showing `date`. */
export async function renderDateline(options: DatelineRender): Promise<string> {
  const { locale = DEFAULT_LOCALE, format = 'long' } = options;
  await wordsReady(locale, [CALENDARS]);
  const date =
    options.date instanceof Date ? options.date.toISOString().slice(0, 10) : options.date;
  return collectResult(
    render(html`<nw-dateline locale=${locale} date=${date} format=${format}></nw-dateline>`),
  );
}

/** Renders `template`, then puts the properties the browser needs into the element as a JSON script. */
async function withProps(
  template: ReturnType<typeof html>,
  tag: string,
  props: Record<string, unknown>,
): Promise<string> {
  const markup = await collectResult(render(template));
  const close = markup.lastIndexOf(`</${tag}>`);
  return markup.slice(0, close) + serializeProps(props) + markup.slice(close);
}
