// The article registry: every format once, asked in an order where the specific shapes come before the JSON
// list that would also match them, and each one usable by name (the list's `format` attribute).
import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { JSON_ADAPTERS } from '../../src/feeds/articles/registry.js';
import { XML_ADAPTERS } from '../../src/feeds/articles/xml-formats.js';
import { FeedError } from '../../src/feeds/errors.js';
import type { ArticleFormat } from '../../src/feeds/types.js';
import { load } from './load.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

// One fixture per format; the JSON Feed and WordPress ones are lists too, which is why their order matters.
const FIXTURES: Record<Exclude<ArticleFormat, 'auto'>, string> = {
  jsonfeed: 'jsonfeed-1.1.json',
  wordpress: 'wp-posts.json',
  json: 'news-api.json',
  atom: 'atom.atom',
  rss: 'rss2.rss',
};

describe('article adapters', () => {
  it('are registered once each, JSON Feed and WordPress before the plain JSON list', () => {
    expect([...JSON_ADAPTERS, ...XML_ADAPTERS].map((adapter) => adapter.format)).to.deep.equal([
      'jsonfeed',
      'wordpress',
      'json',
      'atom',
      'rss',
    ]);
  });

  it('detect each format from its document, and read it when named', async () => {
    for (const [format, path] of Object.entries(FIXTURES)) {
      const document = await load(path);
      expect(parseArticles(document).format, path).to.equal(format);
      const named = parseArticles(document, { format: format as ArticleFormat });
      expect(named.format, path).to.equal(format);
      expect(named.items.length, path).to.be.greaterThan(0);
    }
  });

  it('refuse a named format that reads the other kind of document', async () => {
    const xml = await load('atom.atom');
    for (const format of ['jsonfeed', 'wordpress', 'json'] as const) {
      expect(() => parseArticles(xml, { format }), format)
        .to.throw(FeedError, `is not a ${format} feed`)
        .with.property('kind', 'format');
    }
    const json = await load('jsonfeed-1.1.json');
    for (const format of ['atom', 'rss'] as const) {
      expect(() => parseArticles(json, { format }), format).to.throw(
        FeedError,
        `is not a ${format} feed`,
      );
    }
  });
});
