import { parseDate } from '../dates.js';
import { plain } from '../text.js';
import type { Article, ArticleInput, ArticlePage } from '../types.js';
import { safeUrl } from '../url.js';

/** `value` when it is a plain object (not null, not an array), for reading a feed's untyped JSON. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The first of `keys` that `value` holds as its own property (so `__proto__` or `constructor` never leak in). */
export function field(value: unknown, ...keys: string[]): unknown {
  const object = record(value);
  if (object)
    for (const key of keys)
      if (Object.hasOwn(object, key) && object[key] != null) return object[key];
  return undefined;
}

/** Names from a string, a `{ name }` object, or a list of either ("Ann", {name:"Ann"}, ["Ann", …]). */
function names(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value];
  // A plain loop: this runs twice per item, and map/filter copies add up on a 10,000-item feed.
  const out = new Set<string>();
  for (const entry of list) {
    const name = plain(
      record(entry) ? field(entry, 'name', 'display_name', 'term', 'label') : entry,
    );
    if (name) out.add(name);
  }
  return [...out];
}

// FNV-1a: a short stable id for articles whose feed gives neither an id nor a link.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Checks one adapter's (or a transform's) article: text fields must be text, URLs http(s) and absolute
 * (relative ones resolve against `base`), dates real dates. Undefined when it has neither title nor summary.
 */
export function toArticle(input: ArticleInput, base: string): Article | undefined {
  const title = plain(input.title);
  const summary = plain(input.summary);
  if (!title && !summary) return undefined;
  const url = safeUrl(input.url, base);
  const date = input.published;
  return {
    id: plain(input.id) || url || `#${hash(title + summary)}`,
    url,
    title,
    summary,
    image: safeUrl(input.image, base),
    published: date instanceof Date ? (Number.isFinite(+date) ? date : undefined) : parseDate(date),
    authors: names(input.authors),
    tags: names(input.tags),
  };
}

/** A page from adapter output: bad items dropped, repeated ids kept once (the first wins). */
export function toPage(
  inputs: unknown,
  base: string,
  format: ArticlePage['format'],
  extra: Partial<ArticlePage> = {},
): ArticlePage {
  const seen = new Set<string>();
  const items: Article[] = [];
  for (const input of Array.isArray(inputs) ? inputs : []) {
    const article = record(input) && toArticle(input as ArticleInput, base);
    if (article && !seen.has(article.id)) {
      seen.add(article.id);
      items.push(article);
    }
  }
  return { ...extra, items, format };
}

/** A count from a header or field, when it is a whole number ≥ 0. */
export function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}
