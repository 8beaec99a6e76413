import { NS } from '../namespaces.js';
import { plain, readHtml, type HtmlParts } from '../text.js';
import type { ArticleInput, ArticlePage, FeedDocument } from '../types.js';
import { safeUrl } from '../url.js';
import type { XmlAdapter } from '../adapter.js';
import { toPage } from './item.js';
import {
  baseOf,
  child,
  children,
  mediaImage,
  nextLink,
  texts,
  urlAttribute,
} from './xml-fields.js';

/**
 * A `feed` root in the Atom namespace, or (as feedparser reads them) in none at all or in one that is not
 * Atom's but holds entries: publishers drop or mistype the declaration, and the elements are still Atom's.
 * Atom 0.3's namespace is mapped to 1.0's before parsing (see xml-repair.ts).
 */
function isAtom(xml: Document): boolean {
  const root = xml.documentElement;
  return (
    root.localName === 'feed' &&
    (root.namespaceURI === NS.atom || !root.namespaceURI || children(root, 'entry').length > 0)
  );
}

/**
 * An Atom text construct (RFC 4287 §3.1): `text`, escaped `html`, or inline `xhtml`; Atom 0.3 named escaped
 * HTML with a MIME type and `mode="escaped"`.
 */
function construct(el: Element | undefined): HtmlParts {
  if (!el) return { text: '' };
  const type = el.getAttribute('type');
  if (type === 'html' || type === 'text/html' || el.getAttribute('mode') === 'escaped') {
    return readHtml(el.textContent);
  }
  const image =
    type === 'xhtml' ? el.getElementsByTagNameNS('*', 'img')[0]?.getAttribute('src') : undefined;
  return { text: plain(el.textContent), image: image ?? undefined };
}

function entry(el: Element, url: string): ArticleInput {
  const base = baseOf(el, url);
  const links = children(el, 'link');
  const rel = (el: Element) => el.getAttribute('rel') ?? 'alternate';
  const alternate =
    links.find(
      (link) => rel(link) === 'alternate' && /html/.test(link.getAttribute('type') ?? 'html'),
    ) ?? links.find((link) => rel(link) === 'alternate');
  const enclosure = links.find(
    (link) => rel(link) === 'enclosure' && /^image\//.test(link.getAttribute('type') ?? ''),
  );
  const summary = construct(child(el, 'summary'));
  const content = construct(child(el, 'content'));
  const contentBase = baseOf(child(el, 'content') ?? el, url);
  return {
    id: child(el, 'id')?.textContent,
    url: urlAttribute(alternate, 'href', url),
    title: construct(child(el, 'title')).text,
    summary: summary.text || content.text,
    image:
      mediaImage(el, base) ??
      urlAttribute(enclosure, 'href', url) ??
      safeUrl(content.image ?? summary.image, contentBase),
    // Atom 0.3 said `issued` and `modified`.
    published: (
      child(el, 'published') ??
      child(el, 'updated') ??
      child(el, 'issued') ??
      child(el, 'modified')
    )?.textContent,
    authors: children(el, 'author').flatMap((author) => texts(children(author, 'name'))),
    tags: children(el, 'category').map(
      (category) => category.getAttribute('label') ?? category.getAttribute('term'),
    ),
  };
}

function readAtom(xml: Document, document: FeedDocument): ArticlePage {
  const root = xml.documentElement;
  return toPage(
    children(root, 'entry').map((el) => entry(el, document.url)),
    baseOf(root, document.url),
    'atom',
    { next: nextLink(root, document.url) },
  );
}

export const atom: XmlAdapter<'atom', ArticlePage> = {
  format: 'atom',
  reads: 'xml',
  detect: isAtom,
  read: readAtom,
};
