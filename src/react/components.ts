// React components for the elements, made with @lit/react: for React 18 (which sets every prop as an
// attribute and knows no custom events) and for anyone who prefers `onNwPageChange` to `onnw-page-change`.
// Importing this module defines the elements.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../rate-ticker/define.js';
import '../rate-table/define.js';
import '../currency-converter/define.js';
import '../news-list/define.js';
import '../dateline/define.js';
import { NwArticleCard } from '../article-card/article-card.js';
import { NwCurrencyConverter } from '../currency-converter/currency-converter.js';
import { NwDateline } from '../dateline/dateline.js';
import { NwNewsList } from '../news-list/news-list.js';
import { NwRateTable } from '../rate-table/rate-table.js';
import { NwRateTicker } from '../rate-ticker/rate-ticker.js';
import type { NwEvent } from '../shared/events.js';

const feedEvents = <
  Tag extends 'nw-rate-ticker' | 'nw-rate-table' | 'nw-currency-converter' | 'nw-news-list',
>() => ({
  onNwLoad: 'nw-load' as EventName<NwEvent<Tag, 'nw-load'>>,
  onNwError: 'nw-error' as EventName<NwEvent<Tag, 'nw-error'>>,
});

export const RateTicker = createComponent({
  react: React,
  tagName: 'nw-rate-ticker',
  elementClass: NwRateTicker,
  events: feedEvents<'nw-rate-ticker'>(),
  displayName: 'RateTicker',
});

export const RateTable = createComponent({
  react: React,
  tagName: 'nw-rate-table',
  elementClass: NwRateTable,
  events: feedEvents<'nw-rate-table'>(),
  displayName: 'RateTable',
});

export const CurrencyConverter = createComponent({
  react: React,
  tagName: 'nw-currency-converter',
  elementClass: NwCurrencyConverter,
  events: feedEvents<'nw-currency-converter'>(),
  displayName: 'CurrencyConverter',
});

export const NewsList = createComponent({
  react: React,
  tagName: 'nw-news-list',
  elementClass: NwNewsList,
  events: {
    ...feedEvents<'nw-news-list'>(),
    onNwPageChange: 'nw-page-change' as EventName<NwEvent<'nw-news-list', 'nw-page-change'>>,
  },
  displayName: 'NewsList',
});

export const ArticleCard = createComponent({
  react: React,
  tagName: 'nw-article-card',
  elementClass: NwArticleCard,
  displayName: 'ArticleCard',
});

export const Dateline = createComponent({
  react: React,
  tagName: 'nw-dateline',
  elementClass: NwDateline,
  displayName: 'Dateline',
});
