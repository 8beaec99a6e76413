import { readHtml } from '../text.js';
import type { ArticleInput, ArticlePage, FeedDocument } from '../types.js';
import { count, field, record, toPage } from './item.js';
import type { JsonAdapter } from '../adapter.js';

/** A WordPress REST API `wp/v2/posts` answer: an array of posts with `title.rendered`, or WP's headers. */
function isWordPress(raw: unknown, document: FeedDocument): boolean {
  return (
    Array.isArray(raw) &&
    (document.headers.has('x-wp-total') || record(field(raw[0], 'title'))?.rendered !== undefined)
  );
}

const rendered = (post: unknown, key: string) => readHtml(field(field(post, key), 'rendered'));

function first(list: unknown): unknown {
  return Array.isArray(list) ? list[0] : undefined;
}

function item(post: unknown): ArticleInput {
  const embedded = field(post, '_embedded');
  const content = rendered(post, 'content');
  const terms = field(embedded, 'wp:term');
  const gmt = field(post, 'date_gmt');
  return {
    id: field(post, 'id'),
    url: field(post, 'link'),
    title: rendered(post, 'title').text,
    summary: rendered(post, 'excerpt').text || content.text,
    image:
      field(first(field(embedded, 'wp:featuredmedia')), 'source_url') ??
      field(post, 'jetpack_featured_media_url') ??
      content.image,
    // date_gmt has no zone designator but is UTC; `date` is the site's local time of unknown zone.
    published: typeof gmt === 'string' ? `${gmt}Z` : field(post, 'date'),
    authors: field(embedded, 'author'),
    tags: Array.isArray(terms)
      ? terms.flat().filter((term) => field(term, 'taxonomy') === 'post_tag')
      : undefined,
  };
}

/** Reads a page of posts, with the totals WordPress sends as X-WP-Total and X-WP-TotalPages. */
function readWordPress(raw: unknown, document: FeedDocument): ArticlePage {
  const { headers } = document;
  return toPage(Array.isArray(raw) ? raw.map(item) : [], document.url, 'wordpress', {
    total: count(headers.get('x-wp-total')),
    totalPages: count(headers.get('x-wp-totalpages')),
  });
}

export const wordPress: JsonAdapter<'wordpress', ArticlePage> = {
  format: 'wordpress',
  reads: 'json',
  detect: isWordPress,
  read: readWordPress,
};
