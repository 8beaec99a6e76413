import type { FeedError } from '../feeds/errors.js';
import type { ArticlePage, RateSheet } from '../feeds/types.js';

/**
 * The `detail` of each event each element fires, by tag. Which events an element fires comes from
 * custom-elements.json (its `@fires` tags); the generated JSX types look each one up here, so an event added
 * to an element without its detail type here fails the type-check.
 */
export interface NwEventDetails {
  'nw-rate-ticker': { 'nw-load': RateSheet; 'nw-error': { error: FeedError } };
  'nw-rate-table': { 'nw-load': RateSheet; 'nw-error': { error: FeedError } };
  'nw-currency-converter': { 'nw-load': RateSheet; 'nw-error': { error: FeedError } };
  'nw-news-list': {
    'nw-load': ArticlePage;
    'nw-error': { error: FeedError };
    'nw-page-change': { page: number };
  };
  'nw-article-card': Record<never, never>;
  'nw-dateline': Record<never, never>;
}

/** The event an element fires under `type`, as a listener receives it. */
export type NwEvent<
  Tag extends keyof NwEventDetails,
  Type extends keyof NwEventDetails[Tag],
> = CustomEvent<NwEventDetails[Tag][Type]> & { target: HTMLElementTagNameMap[Tag] };
