import { NS } from '../namespaces.js';
import { readHtml } from '../text.js';
import { safeUrl } from '../url.js';
import type { ArticleInput, ArticlePage, FeedDocument } from '../types.js';
import * as xml from './xml-fields.js';
import { toPage } from './item.js';
import type { XmlAdapter } from '../adapter.js';

/** RSS 2.0 and 0.9x (`<rss><channel><item>`), RSS 1.0 and 0.90 (`<rdf:RDF>` with items beside the channel). */
function isRss(feed: Document): boolean {
  const root = feed.documentElement;
  return root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === NS.rdf);
}

// RSS's `author` is an e-mail address, "news@example.com (Ann Smith)"; the name is the readable part. The
// name holds no parenthesis, so a run of "(((" is scanned once, not once per "(".
const person = (text: string) => /\(([^()]+)\)/.exec(text)?.[1] ?? text;

function item(el: Element, url: string): ArticleInput {
  const text = (name: string, ns?: string) => xml.child(el, name, ns)?.textContent ?? undefined;
  const base = xml.baseOf(el, url);
  const guid = xml.child(el, 'guid');
  const permalink = guid?.getAttribute('isPermaLink') !== 'false' ? guid?.textContent : undefined;
  const description = readHtml(text('description'));
  const content = readHtml(text('encoded', NS.content));
  const enclosure = xml
    .children(el, 'enclosure')
    .find((enc) => /^image\//.test(enc.getAttribute('type') ?? ''));
  return {
    id: guid?.textContent ?? text('link') ?? el.getAttributeNS(NS.rdf, 'about'),
    url: safeUrl(text('link') ?? permalink ?? el.getAttributeNS(NS.rdf, 'about'), base),
    title: readHtml(text('title')).text,
    summary: description.text || content.text,
    image:
      xml.mediaImage(el, base) ??
      xml.urlAttribute(enclosure, 'url', base) ??
      safeUrl(content.image ?? description.image, base),
    published: text('pubDate') ?? text('date', NS.dc),
    authors: [
      ...xml.texts(xml.children(el, 'author')).map(person),
      ...xml.texts(xml.children(el, 'creator', NS.dc)),
    ],
    tags: [
      ...xml.texts(xml.children(el, 'category')),
      ...xml.texts(xml.children(el, 'subject', NS.dc)),
    ],
  };
}

function readRss(feed: Document, document: FeedDocument): ArticlePage {
  const root = feed.documentElement;
  const channel = [...root.children].find((el) => el.localName === 'channel');
  const ns = channel?.namespaceURI ?? root.namespaceURI;
  // RSS 2.0 keeps items in the channel; RSS 1.0 and 0.90 put them beside it.
  const items = [...(channel?.children ?? []), ...root.children].filter(
    (el) => el.localName === 'item' && el.namespaceURI === ns,
  );
  return toPage(
    items.map((el) => item(el, document.url)),
    xml.baseOf(root, document.url),
    'rss',
    { next: xml.nextLink(channel, document.url) },
  );
}

export const rss: XmlAdapter<'rss', ArticlePage> = {
  format: 'rss',
  reads: 'xml',
  detect: isRss,
  read: readRss,
};
