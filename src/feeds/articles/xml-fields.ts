// Reading XML feeds by namespace URI, never by prefix: `<a:feed xmlns:a="…Atom">` is Atom, and RSS may sit in
// a default namespace (`<rss xmlns="…">`, RSS 1.0's `http://purl.org/rss/1.0/`).
import { NS } from '../namespaces.js';
import { safeUrl } from '../url.js';

// Each element's children grouped by namespace and name, built once: items are asked for a dozen fields each.
const indexes = new WeakMap<Element, Map<string, Element[]>>();

/** Child elements named `name` in namespace `ns` (by default the parent's own, as RSS and Atom elements are). */
export function children(
  parent: Element | undefined,
  name: string,
  ns = parent?.namespaceURI ?? null,
): Element[] {
  if (!parent) return [];
  let index = indexes.get(parent);
  if (!index) {
    indexes.set(parent, (index = new Map()));
    for (const el of parent.children) {
      const key = `${el.namespaceURI} ${el.localName}`;
      index.set(key, [...(index.get(key) ?? []), el]);
    }
  }
  return index.get(`${ns} ${name}`) ?? [];
}

export function child(
  parent: Element | undefined,
  name: string,
  ns?: string | null,
): Element | undefined {
  return children(parent, name, ns)[0];
}

/** Text content of each element. */
export function texts(elements: Element[]): string[] {
  return elements.map((el) => el.textContent ?? '');
}

/** The base URL in force at `el`: every `xml:base` from the root down, resolved in turn, on the feed's URL. */
export function baseOf(el: Element, url: string): string {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) bases.push(base);
  }
  return bases.reduceRight((resolved, base) => safeUrl(base, resolved) ?? resolved, url);
}

/** A URL-valued attribute, resolved against the element's own base. */
export function urlAttribute(
  el: Element | undefined,
  name: string,
  url: string,
): string | undefined {
  return el ? safeUrl(el.getAttribute(name), baseOf(el, url)) : undefined;
}

const isImage = (el: Element) =>
  el.getAttribute('medium') === 'image' || /^image\//.test(el.getAttribute('type') ?? '');

/** The item's picture from Media RSS: an image `media:content` (also inside `media:group`), else a thumbnail. */
export function mediaImage(item: Element, url: string): string | undefined {
  const media = (name: string) => [...item.getElementsByTagNameNS(NS.media, name)];
  const contents = media('content');
  // A media:content that says neither medium nor type is taken to be a picture only when nothing says so.
  const picture =
    contents.find(isImage) ??
    contents.find((el) => !el.hasAttribute('medium') && !el.hasAttribute('type'));
  return urlAttribute(picture, 'url', url) ?? urlAttribute(media('thumbnail')[0], 'url', url);
}

/** The `rel="next"` page link (RFC 5005 paging) among a feed's or channel's Atom links. */
export function nextLink(parent: Element | undefined, url: string): string | undefined {
  const next = children(parent, 'link', NS.atom).find((el) => el.getAttribute('rel') === 'next');
  const href = urlAttribute(next, 'href', url);
  return href !== url ? href : undefined;
}
