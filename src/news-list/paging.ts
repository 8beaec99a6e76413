// Pure paging arithmetic for <nw-news-list>: which URL holds a page, and which page numbers to offer.
import { pageUrl } from '../feeds/url.js';

/**
 * WordPress's REST API lives under `/wp-json/`, or at `?rest_route=/wp/…` on sites without pretty permalinks;
 * its posts endpoint pages with `page` and `per_page`.
 */
export function looksLikeWordPress(src: string): boolean {
  const url = pageUrl(src);
  if (!url) return false;
  const { pathname, searchParams } = new URL(url);
  return pathname.includes('/wp-json/') || !!searchParams.get('rest_route')?.startsWith('/wp/');
}

/**
 * `src` asking a WordPress site for one page: `…?page=2&per_page=6` (other query parameters kept). A `src`
 * that is not a URL is left as it is, for the feed client to report.
 */
export function wordPressPageUrl(src: string, page: number, perPage: number): string {
  const absolute = pageUrl(src);
  if (!absolute) return src;
  const url = new URL(absolute);
  url.searchParams.set('page', String(page));
  url.searchParams.set('per_page', String(perPage));
  return url.href;
}

/** What the pagination bar shows: page numbers, and `gap` where a run of pages is left out. */
export type PageLink = number | 'gap';

/**
 * Page numbers to offer around `current` out of `last`: always the first and last, the current one with a
 * neighbour either side, and a gap for each left-out run — at most seven entries, so the bar never wraps
 * differently as you page. A gap that would hide a single page shows that page instead.
 */
export function pageLinks(current: number, last: number): PageLink[] {
  if (last <= 7) return Array.from({ length: last }, (_, i) => i + 1);
  let start = Math.max(2, current - 1);
  let end = Math.min(last - 1, current + 1);
  // Keep five numbers in the middle block near the ends, so the count stays constant.
  if (current <= 4) [start, end] = [2, 5];
  if (current >= last - 3) [start, end] = [last - 4, last - 1];
  const links: PageLink[] = [1];
  if (start > 2) links.push('gap');
  for (let page = start; page <= end; page++) links.push(page);
  if (end < last - 1) links.push('gap');
  links.push(last);
  return links;
}
