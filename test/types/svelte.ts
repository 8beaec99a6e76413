// Compile-time tests of news-widgets/svelte, checked by `npm run typecheck` (never run): the props svelte-check
// gives each element in markup are SvelteHTMLElements' entries, so what those accept and refuse is what a
// Svelte 5 template accepts and refuses. Each @ts-expect-error fails the check if its line stops being an error.
import type {} from '../../src/svelte/index.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { Article } from '../../src/feeds/types.js';

type Props<Tag extends keyof SvelteHTMLElements> = SvelteHTMLElements[Tag];

const items: Article[] = [{ id: '1', title: 'A', summary: '', authors: [], tags: [] }];

export const accepted: [Props<'nw-news-list'>, Props<'nw-article-card'>, Props<'nw-rate-ticker'>] =
  [
    {
      src: '/feed.json',
      pagination: 'more',
      'page-size': 6,
      pageSize: 6,
      items,
      class: 'latest',
      'onnw-page-change': (event) => event.detail.page.toFixed(),
      'onnw-load': (event) => event.detail.items.length,
      'onnw-error': (event) => event.detail.error.kind,
    },
    { heading: 'A', layout: 'compact', 'no-image': true, 'heading-level': 2 },
    { src: '/rates.json', 'onnw-load': (event) => event.detail.rates[0]?.rate },
  ];

export const refused: [Props<'nw-news-list'>, Props<'nw-news-list'>, Props<'nw-dateline'>] = [
  // @ts-expect-error: pagination is 'pages' | 'more' | 'none'
  { pagination: 'bogus' },
  // @ts-expect-error: nw-page-change's detail is { page: number }
  { 'onnw-page-change': (event) => event.detail.items },
  // @ts-expect-error: the dateline has no items
  { items },
];
