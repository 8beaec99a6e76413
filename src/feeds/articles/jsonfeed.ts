import { readHtml, plain } from '../text.js';
import type { ArticleInput, ArticlePage, FeedDocument } from '../types.js';
import { safeUrl } from '../url.js';
import { field, toPage } from './item.js';
import type { JsonAdapter, ReadContext } from '../adapter.js';

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): `version` names the spec. */
function isJsonFeed(raw: unknown): boolean {
  const version = field(raw, 'version');
  return typeof version === 'string' && version.includes('jsonfeed.org/version/');
}

function item(entry: unknown): ArticleInput {
  const summary = plain(field(entry, 'summary', 'content_text'));
  const image = field(entry, 'image', 'banner_image');
  // The HTML body is read only for what the item lacks: reading it is the costliest step per item.
  const html = summary && image != null ? undefined : readHtml(field(entry, 'content_html'));
  return {
    id: field(entry, 'id'),
    url: field(entry, 'url', 'external_url'),
    title: plain(field(entry, 'title')),
    summary: summary || html?.text,
    image: image ?? html?.image,
    published: field(entry, 'date_published', 'date_modified'),
    // 1.1 has `authors`; 1.0 had one `author`.
    authors: field(entry, 'authors', 'author'),
    tags: field(entry, 'tags'),
  };
}

/**
 * Reads a JSON Feed page. `next` is the feed's `next_url` only when it is a safe URL that leads somewhere new:
 * not this page and not one of `visited`, so a feed whose pages loop back is not followed round and round.
 */
function readJsonFeed(
  raw: unknown,
  document: FeedDocument,
  { visited = [] }: ReadContext,
): ArticlePage {
  const items = field(raw, 'items');
  const next = safeUrl(field(raw, 'next_url'), document.url);
  const known = [document.url, ...visited].map((url) => safeUrl(url, document.url));
  return toPage(Array.isArray(items) ? items.map(item) : [], document.url, 'jsonfeed', {
    next: next && !known.includes(next) ? next : undefined,
  });
}

export const jsonFeed: JsonAdapter<'jsonfeed', ArticlePage> = {
  format: 'jsonfeed',
  reads: 'json',
  detect: isJsonFeed,
  read: readJsonFeed,
};
