import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';

// Stories are plain functions of their args so the tests render exactly what designers see. Storybook serves
// the demo feeds at /feeds/ and the test fixtures at /fixtures/; the tests pass their own server's paths.
export interface NewsListArgs {
  src?: string;
  format?: string;
  pageSize?: number;
  page?: number;
  pagination?: 'pages' | 'more' | 'none';
  layout?: 'list' | 'grid';
  cardLayout?: 'stacked' | 'horizontal' | 'compact';
  headingLevel?: number;
  excerptLength?: number;
  refresh?: number;
  locale?: string;
  syncUrl?: string;
  id?: string;
  dir?: 'ltr' | 'rtl';
}

const htmlAttribute = { table: { category: 'html attributes' } };

export default {
  title: 'Elements/News list',
  component: 'nw-news-list',
  tags: ['autodocs'],
  // `list` is the template the tests reuse, not a story.
  excludeStories: ['list'],
  argTypes: {
    id: {
      ...htmlAttribute,
      control: 'text',
      description: 'Names the page parameter with `sync-url`.',
    },
    dir: { ...htmlAttribute, control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
} satisfies Meta<NewsListArgs>;

export const list = (args: NewsListArgs) =>
  html`<nw-news-list
    id=${ifDefined(args.id)}
    src=${ifDefined(args.src)}
    format=${ifDefined(args.format)}
    page-size=${ifDefined(args.pageSize)}
    page=${ifDefined(args.page)}
    pagination=${ifDefined(args.pagination)}
    layout=${ifDefined(args.layout)}
    card-layout=${ifDefined(args.cardLayout)}
    excerpt-length=${ifDefined(args.excerptLength)}
    heading-level=${ifDefined(args.headingLevel)}
    refresh=${ifDefined(args.refresh)}
    locale=${ifDefined(args.locale)}
    sync-url=${ifDefined(args.syncUrl)}
    dir=${ifDefined(args.dir)}
  ></nw-news-list>`;

const ARTICLES = '/feeds/articles.json';

/** The seed's main column: `Viewing results 1 - 6 of 50`, six teasers, numbered pages. */
export const Pages = (args: NewsListArgs) => list(args);
Pages.args = { src: ARTICLES, locale: 'en-GB' } satisfies NewsListArgs;

/** A Load more button that appends the next page. */
export const LoadMore = (args: NewsListArgs) => list(args);
LoadMore.args = { src: ARTICLES, pagination: 'more', locale: 'en-GB' } satisfies NewsListArgs;

/** One page, no controls. */
export const NoPagination = (args: NewsListArgs) => list(args);
NoPagination.args = { src: ARTICLES, pagination: 'none', locale: 'en-GB' } satisfies NewsListArgs;

/** Columns by the list's own width (try narrowing the frame, not the window). */
export const Grid = (args: NewsListArgs) => list(args);
Grid.args = { src: ARTICLES, layout: 'grid', pageSize: 9, locale: 'en-GB' } satisfies NewsListArgs;

/**
 * WordPress's REST API, paged by the server (`page`/`per_page`), totals from X-WP-Total. The demo file is not
 * under `/wp-json/`, so `format` says what it is; without it, its posts (sent without paging headers, like any
 * file) are paged in the browser.
 */
export const WordPress = (args: NewsListArgs) => list(args);
WordPress.args = {
  src: '/feeds/wp-posts.json',
  format: 'wordpress',
  locale: 'en-GB',
} satisfies NewsListArgs;

/** RSS 2.0. */
export const Rss = (args: NewsListArgs) => list(args);
Rss.args = { src: '/feeds/articles.rss', locale: 'en-GB' } satisfies NewsListArgs;

/** Atom. */
export const Atom = (args: NewsListArgs) => list(args);
Atom.args = { src: '/fixtures/list/news.atom', locale: 'en-GB' } satisfies NewsListArgs;

/** A JSON Feed split over pages by next_url: followed only as far as the page shown needs. */
export const NextUrl = (args: NewsListArgs) => list(args);
NextUrl.args = {
  src: '/fixtures/list/chain-1.json',
  pageSize: 3,
  locale: 'en-GB',
} satisfies NewsListArgs;

/** Skeleton cards while the feed has not answered (the feed server's stall switch never finishes). */
export const Loading = (args: NewsListArgs) => list(args);
// The smoke test checks skeletons and no articles (in Storybook the stall comes from .storybook/feed-faults.ts).
Loading.tags = ['loading'];
Loading.args = { src: `${ARTICLES}?stall=1`, locale: 'en-GB' } satisfies NewsListArgs;

/** The feed answers after two seconds: skeleton cards, then the articles. */
export const Slow = (args: NewsListArgs) => list(args);
// The smoke test sees the skeletons first, then the articles.
Slow.tags = ['slow'];
Slow.args = { src: `${ARTICLES}?delay=2000`, locale: 'en-GB' } satisfies NewsListArgs;

/** The feed answers 500 every time: after the client's retries, a message and a Retry button. */
export const ServerError = (args: NewsListArgs) => list(args);
// Checked once it has failed; Chromium's failed-request console messages are expected (storybook-smoke.js).
ServerError.tags = ['error-state', 'failed', 'http-errors'];
ServerError.args = { src: `${ARTICLES}?status=500`, locale: 'en-GB' } satisfies NewsListArgs;

/** The feed answers 404: a message and a Retry button. */
export const NotFound = (args: NewsListArgs) => list(args);
// Checked once it has failed; Chromium's failed-request console messages are expected (storybook-smoke.js).
NotFound.tags = ['error-state', 'failed', 'http-errors'];
NotFound.args = { src: '/feeds/no-such-feed.json', locale: 'en-GB' } satisfies NewsListArgs;

/** The feed is not valid JSON. */
export const BadJson = (args: NewsListArgs) => list(args);
// Checked once it has failed (storybook-smoke.js).
BadJson.tags = ['error-state', 'failed'];
BadJson.args = { src: '/fixtures/list/bad.json', locale: 'en-GB' } satisfies NewsListArgs;

/** A feed with no articles. */
export const Empty = (args: NewsListArgs) => list(args);
Empty.tags = ['empty'];
Empty.args = { src: '/fixtures/list/empty.json', locale: 'en-GB' } satisfies NewsListArgs;

/**
 * Refreshing fails after the first answer (the feed server's failon switch): the articles stay, marked
 * stale, with Retry.
 */
export const Stale = (args: NewsListArgs) => list(args);
// Checked once it has failed; Chromium's failed-request console messages are expected (storybook-smoke.js).
Stale.tags = ['error-state', 'stale', 'http-errors'];
Stale.args = {
  src: `${ARTICLES}?failon=2,3,4,5,6,7,8,9,10,11,12`,
  refresh: 2,
  locale: 'en-GB',
} satisfies NewsListArgs;

/** Very long headlines and excerpts, a picture that 404s, unsafe links and markup shown as text. */
export const HardCases = (args: NewsListArgs) => list(args);
// Its picture 404s on purpose: Chromium's failed-request console message is expected (storybook-smoke.js).
HardCases.tags = ['http-errors'];
HardCases.args = { src: '/fixtures/list/hard-cases.json', locale: 'en-GB' } satisfies NewsListArgs;

/**
 * The header, buttons and dates in the shipped languages, and right to left. One RTL list only: Arabic and
 * Hebrew both fall back to English strings, and two navigations both named "Pages" fail axe's landmark-unique.
 */
export const Languages = (args: NewsListArgs) => html`
  ${['ru', 'kk', 'uz', 'ky', 'tg', 'tk', 'ar'].map(
    (locale) =>
      html`<section lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>
        <h2>${locale}</h2>
        ${list({ ...args, locale })}
      </section>`,
  )}
`;
Languages.args = { src: ARTICLES, pageSize: 2, pagination: 'pages' } satisfies NewsListArgs;

/** On a dark page. */
export const Dark = (args: NewsListArgs) => html`
  <div style="color-scheme: dark; background: #15171a; color: #e8e6e3; padding: 1rem">
    ${list(args)}
  </div>
`;
Dark.args = { src: ARTICLES, layout: 'grid', locale: 'en-GB' } satisfies NewsListArgs;

/** The page kept in the address (`?news-page=3`), so Back and reload work. */
export const SyncUrl = (args: NewsListArgs) => list(args);
SyncUrl.args = { src: ARTICLES, id: 'news', syncUrl: '', locale: 'en-GB' } satisfies NewsListArgs;
