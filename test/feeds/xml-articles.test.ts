import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { FeedError } from '../../src/feeds/errors.js';
import { refreshFeed } from '../../src/feeds/client.js';
import { FIXTURES, load } from './load.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const origin = location.origin;
const iso = (date?: Date) => date?.toISOString();

describe('feeds: RSS', () => {
  it('reads RSS 2.0: entities, HTML descriptions, authors, categories, relative links', async () => {
    const page = parseArticles(await load('rss2.rss'));
    expect(page.format).to.equal('rss');
    const [bridge] = page.items;
    expect(bridge.id).to.equal('vc-2001');
    expect(bridge.title).to.equal('Bridge repairs close the east bank road & the ferry returns');
    expect(bridge.url).to.equal(`${origin}/news/bridge-repairs`);
    expect(bridge.summary).to.equal('Crews start Monday. Detours are signed.');
    expect(bridge.authors).to.deep.equal(['Saule Nurpeis']);
    expect(bridge.tags).to.deep.equal(['Roads', 'Transport']);
    expect(iso(bridge.published)).to.equal('2025-12-07T14:00:00.000Z');
    expect(page.next).to.equal('https://valley-courier.example/feed?page=2');
  });

  it('finds images in media:content, content:encoded, image enclosures and media:group thumbnails', async () => {
    const images = parseArticles(await load('rss2.rss')).items.map((item) => item.image);
    expect(images).to.deep.equal([
      `${origin}/media/bridge.jpg`,
      'https://img.valley-courier.example/market.jpg',
      'https://valley-courier.example/img/choir.png',
      'https://valley-courier.example/thumb.jpg',
    ]);
  });

  it('reads RFC 822 dates with 2-digit years, named zones and foreign day names; drops the rest', async () => {
    const [, market, choir, thumb] = parseArticles(await load('rss2.rss')).items;
    expect(iso(market.published)).to.equal('2025-12-06T14:15:00.000Z');
    expect(market.authors).to.deep.equal(['Ilyas Aliev']);
    expect(iso(choir.published)).to.equal('2025-12-05T12:30:00.000Z');
    expect(thumb.published).to.equal(undefined);
    expect(thumb.url).to.equal(undefined);
  });

  it('drops an item with neither title nor summary', async () => {
    expect(parseArticles(await load('rss2.rss')).items).to.have.length(4);
  });

  it('goes by the document, not a wrong Content-Type', async () => {
    const page = parseArticles(await load('rss2.rss?type=text/html'));
    expect(page.format).to.equal('rss');
    expect(page.items).to.have.length(4);
  });

  it('reads RSS in a default namespace, RSS 0.91 and RSS 1.0 (RDF)', async () => {
    const ns = parseArticles(await load('rss-default-ns.xml'));
    expect(ns.items.map((item) => item.title)).to.deep.equal(['An item in a default namespace']);
    expect(iso(ns.items[0].published)).to.equal('2025-12-01T08:00:00.000Z');
    const old = parseArticles(await load('rss091.xml'));
    expect(old.items[0].url).to.equal('https://old-style.example/91');
    const rdf = parseArticles(await load('rdf.rdf'));
    expect(rdf.format).to.equal('rss');
    expect(rdf.items.map((item) => item.url)).to.deep.equal([
      'https://rdf-gazette.example/a',
      'https://rdf-gazette.example/b',
    ]);
    expect(rdf.items[0].authors).to.deep.equal(['Aruzhan Kassym']);
    expect(rdf.items[0].tags).to.deep.equal(['Science']);
    expect(iso(rdf.items[0].published)).to.equal('2025-12-03T14:00:00.000Z');
  });
});

describe('feeds: Atom', () => {
  it('reads Atom 1.0 with xml:base, html and xhtml content, enclosures and thumbnails', async () => {
    const page = parseArticles(await load('atom.atom'));
    expect(page.format).to.equal('atom');
    const [glacier, night, literal] = page.items;
    expect(glacier.title).to.equal('Glacier retreat measured');
    expect(glacier.url).to.equal('https://atom-daily.example/blog/posts/glacier');
    expect(glacier.image).to.equal('https://atom-daily.example/img/glacier.jpg');
    expect(glacier.authors).to.deep.equal(['Yerlan Tokhtarov', 'Gulnara Sattar']);
    expect(glacier.tags).to.deep.equal(['Climate', 'science']);
    expect(iso(glacier.published)).to.equal('2025-12-06T07:00:00.000Z');
    expect(night.url).to.equal('https://mirror.atom-daily.example/deep/event');
    expect(night.summary).to.equal('Readers stayed late.');
    expect(night.image).to.equal('https://mirror.atom-daily.example/deep/pics/night.png');
    expect(literal.title).to.equal('Escaped <b> stays literal');
    expect(literal.image).to.equal('https://atom-daily.example/blog/thumbs/3.jpg');
    expect(page.next).to.equal('https://atom-daily.example/blog/?page=2');
  });

  it('goes by namespace, not prefix', async () => {
    const page = parseArticles(await load('atom-prefixed.xml'));
    expect(page.format).to.equal('atom');
    expect(page.items[0].title).to.equal('Prefixes are only names');
    expect(page.items[0].summary).to.equal('Namespaces decide.');
  });
});

describe('feeds: encodings', () => {
  const read = async (path: string) => parseArticles(await refreshFeed(FIXTURES + path)).items;

  it('decodes windows-1251 from the XML declaration', async () => {
    const [first, second] = await read('cp1251.rss');
    expect(first.title).to.equal('Мост откроют в пятницу');
    expect(second.title).to.equal('Ёлка на площади');
  });

  it('decodes by the Content-Type charset first', async () => {
    expect((await read('cp1251.rss?charset=windows-1251'))[0].summary).to.equal(
      'Ремонт закончен досрочно.',
    );
    expect((await read('latin1.xml?charset=iso-8859-1'))[0].title).to.equal(
      'Crème brûlée festival à Genève',
    );
  });

  it('decodes GB2312', async () => {
    expect((await read('gb2312.xml'))[0].title).to.equal('新桥将于周五通车');
  });
});

describe('feeds: unreadable documents', () => {
  it('reports malformed XML and web pages as format errors', async () => {
    for (const path of ['malformed.xml', 'error-page.html']) {
      const document = await load(path);
      expect(() => parseArticles(document))
        .to.throw(FeedError)
        .with.property('kind', 'format');
    }
    const broken = { ...(await load('malformed.xml')), text: '{"items": [' };
    expect(() => parseArticles(broken)).to.throw(FeedError, /not valid JSON/);
  });
});
