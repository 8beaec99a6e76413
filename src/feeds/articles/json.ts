import { readHtml } from '../text.js';
import type { ArticleInput, ArticlePage, FeedDocument } from '../types.js';
import { count, field, record, toPage } from './item.js';
import type { JsonAdapter } from '../adapter.js';

// Where APIs put their list, and what they call each field, in the order tried.
const LISTS = ['items', 'articles', 'posts', 'entries', 'data', 'results', 'news'];
const KEYS = {
  id: ['id', 'guid', 'uuid', '_id'],
  url: ['url', 'link', 'href', 'permalink', 'web_url'],
  title: ['title', 'headline', 'name'],
  summary: ['summary', 'description', 'excerpt', 'abstract', 'teaser', 'content', 'body', 'text'],
  image: ['image', 'image_url', 'imageUrl', 'urlToImage', 'thumbnail', 'picture', 'media'],
  published: [
    'published',
    'date_published',
    'published_at',
    'publishedAt',
    'pubDate',
    'date',
    'created_at',
    'time',
  ],
  authors: ['authors', 'author', 'byline', 'creator'],
  tags: ['tags', 'categories', 'keywords'],
};

/** The list of articles in a JSON value: the value itself, or the first array property of an object. */
function jsonList(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  const named = field(raw, ...LISTS);
  if (Array.isArray(named)) return named;
  const object = record(raw);
  // One level down too: { "data": { "items": [...] } }, { "response": { "results": [...] } }.
  return object ? jsonList(Object.values(object).find((value) => record(value))) : undefined;
}

function text(value: unknown): ReturnType<typeof readHtml> {
  return readHtml(field(value, 'rendered', '#text', 'text') ?? value);
}

/** An image given as a URL or as `{ url | src | href }`, or the first of a list of those. */
function image(value: unknown): unknown {
  const one = Array.isArray(value) ? value[0] : value;
  return field(one, 'url', 'src', 'href', 'source_url') ?? one;
}

function item(entry: unknown): ArticleInput {
  const summary = text(field(entry, ...KEYS.summary));
  const url = field(entry, ...KEYS.url);
  return {
    id: field(entry, ...KEYS.id),
    url: field(url, 'href', 'url') ?? url,
    title: text(field(entry, ...KEYS.title)).text,
    summary: summary.text,
    image: image(field(entry, ...KEYS.image)) ?? summary.image,
    published: field(entry, ...KEYS.published),
    authors: field(entry, ...KEYS.authors),
    tags: field(entry, ...KEYS.tags),
  };
}

/** Reads a plain JSON array of article-like objects, or an object holding one (with a total if it says). */
function readJson(raw: unknown, document: FeedDocument): ArticlePage {
  return toPage((jsonList(raw) ?? []).map(item), document.url, 'json', {
    total: count(field(raw, 'total', 'totalResults', 'total_count', 'count')),
  });
}

export const json: JsonAdapter<'json', ArticlePage> = {
  format: 'json',
  reads: 'json',
  detect: (raw) => jsonList(raw) !== undefined,
  read: readJson,
};
