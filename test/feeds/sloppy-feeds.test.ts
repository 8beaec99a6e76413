// Feeds as publishers really serve them, each fault in a fixture of its own under test/fixtures/sloppy/: the
// cases Python's feedparser and feed-rs read, which the browser's XML parser alone rejects or misreads.
import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { refreshFeed } from '../../src/feeds/client.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseRateFeed } from '../../src/feeds/rates/parse.js';
import type { ArticlePage } from '../../src/feeds/types.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const SLOPPY = '/test/fixtures/sloppy/';

/** A fixture fetched and decoded by the feed client, as the elements get it, then read as articles. */
async function read(path: string): Promise<ArticlePage> {
  return parseArticles(await refreshFeed(new URL(path, new URL(SLOPPY, location.href)).href));
}

const iso = (date?: Date) => date?.toISOString();

describe('sloppy feeds: before the XML', () => {
  it('reads past a byte-order mark and blank lines before the XML declaration', async () => {
    const page = await read('bom-whitespace.rss');
    expect(page.format).to.equal('rss');
    expect(page.items.map((item) => item.title)).to.deep.equal([
      'Night market moves to the river embankment',
    ]);
  });

  it('goes by the document whatever the Content-Type says, or when there is none', async () => {
    for (const path of [
      'bom-whitespace.rss?type=text/plain',
      'bom-whitespace.rss?type=application/octet-stream',
      'bom-whitespace.rss?type=',
      '../feeds/jsonfeed-1.1.json?type=text/html',
      '../feeds/atom.atom?type=application/json',
    ]) {
      const page = await read(path);
      expect(page.items.length, path).to.be.greaterThan(0);
    }
  });

  it('reads UTF-8 that the server labels ISO-8859-1 and the declaration labels windows-1251', async () => {
    const title = 'Ярмарка ремёсел открылась в субботу — Crème brûlée sold out';
    expect((await read('utf8-mislabelled.rss')).items[0].title).to.equal(title);
    expect((await read('utf8-mislabelled.rss?charset=iso-8859-1')).items[0].title).to.equal(title);
  });
});

describe('sloppy feeds: entities and characters', () => {
  it('reads HTML named entities in XML, and bare ampersands, as text', async () => {
    const [ferry, roofs, cdata] = (await read('html-entities.rss')).items;
    expect(ferry.title).to.equal('Ferry timetable — winter edition');
    expect(ferry.summary).to.equal('Café on deck reopens… tickets at «Pier 3».');
    expect(ferry.url).to.equal('https://lakeside-ledger.example/ferry?route=north&season=winter');
    expect(roofs.title).to.equal('R&D lab and the AT&T tower swap roofs');
    expect(roofs.url).to.equal('https://lakeside-ledger.example/roofs?a=1&b=2');
    // An entity HTML does not know either stays as the text it was.
    expect(roofs.summary).to.equal('Both &bogusentity; stay put; 3 < 4 & 5 > 2.');
    expect(cdata.summary).to.equal('Markup in CDATA is HTML, read as such.');
  });

  it('drops control characters XML forbids', async () => {
    const [tram] = (await read('control-chars.rss')).items;
    expect(tram.title).to.equal('Tram line extension approved');
    expect(tram.summary).to.equal('The council voted nine to two.');
  });

  it('reads CDATA around links, ids, dates and categories, doubled, and beside plain text', async () => {
    const [snow] = (await read('cdata-odd.rss')).items;
    expect(snow.title).to.equal('Snow patrol & rescue team trains new volunteers');
    expect(snow.url).to.equal('https://highland-herald.example/snow-patrol');
    expect(snow.id).to.equal('hh-snow-patrol');
    expect(snow.summary).to.equal('Twelve volunteers finished the course.');
    expect(iso(snow.published)).to.equal('2025-12-01T07:30:00.000Z');
    expect(snow.tags).to.deep.equal(['Mountains']);
  });
});

describe('sloppy feeds: namespaces', () => {
  it('reads dc:, content:, media: and atom: elements whose prefixes are never declared', async () => {
    const page = await read('undeclared-ns.rss');
    const [harvest] = page.items;
    expect(harvest.authors).to.deep.equal(['Madina Omarova']);
    expect(iso(harvest.published)).to.equal('2025-12-02T10:00:00.000Z');
    expect(harvest.summary).to.equal('Apple growers from four valleys came.');
    expect(harvest.image).to.equal('https://foothills.example/media/harvest.jpg');
    expect(page.next).to.equal('https://foothills.example/feed?page=2');
  });

  it('reads namespaces declared with the usual misspellings (slash, case, https)', async () => {
    const [bridge] = (await read('wrong-ns.rss')).items;
    expect(bridge.authors).to.deep.equal(['Timur Bekov']);
    expect(bridge.summary).to.equal('Rangers checked every anchor.');
    expect(bridge.image).to.equal('https://canyon-courier.example/img/bridge.jpg');
  });

  it('reads Atom without a namespace, and Atom 0.3', async () => {
    const bare = await read('atom-no-ns.xml');
    expect(bare.format).to.equal('atom');
    expect(bare.items[0]).to.deep.include({
      title: 'Beekeepers count the winter hives',
      url: 'https://meadow-notes.example/hives',
      summary: 'Most colonies are strong going into the cold.',
      authors: ['Aigerim Sadykova'],
    });
    const old = await read('atom03.xml');
    expect(old.format).to.equal('atom');
    expect(old.items[0].url).to.equal('https://old-mill.example/wheel');
    expect(old.items[0].summary).to.equal('Carpenters replaced all paddles.');
    expect(iso(old.items[0].published)).to.equal('2025-11-30T16:00:00.000Z');
  });

  it('reads RSS 1.0 whose rdf: prefix is never declared', async () => {
    const page = await read('rdf-undeclared.rdf');
    expect(page.format).to.equal('rss');
    expect(page.items.map((item) => item.url)).to.deep.equal([
      'https://river-gazette.example/flood-gauge',
    ]);
  });
});

describe('sloppy feeds: dates', () => {
  it('reads the broken date forms feeds send, each as the same instant', async () => {
    const { items } = await read('dates.rss');
    expect(items).to.have.length(20);
    for (const item of items)
      expect(iso(item.published), item.id).to.equal('2025-12-07T14:00:00.000Z');
  });
});

describe('sloppy feeds: rates', () => {
  it('reads a central bank’s RSS with a BOM, a blank line before the declaration and a text/html label', async () => {
    const url = new URL(`${SLOPPY}nbk-sloppy.rss?type=text/html`, location.href).href;
    const { rates } = await parseRateFeed(await refreshFeed(url));
    expect(rates.map((rate) => `${rate.base}/${rate.quote} ${rate.rate}`)).to.deep.equal([
      'USD/KZT 505.1',
      'RUB/KZT 6.45',
    ]);
  });
});

describe('sloppy feeds: still not feeds', () => {
  it('reports XML beyond repair, XML that is no feed, and plain text as format errors', async () => {
    const cases: [string, RegExp][] = [
      ['unclosed.rss', /is not well-formed XML/],
      ['sitemap.xml', /is not a kind of feed news-widgets knows/],
      ['../rates/pairs.txt', /is not a feed news-widgets can read/],
    ];
    for (const [path, message] of cases) {
      const document = await refreshFeed(new URL(path, new URL(SLOPPY, location.href)).href);
      expect(() => parseArticles(document), path)
        .to.throw(FeedError, message)
        .with.property('kind', 'format');
    }
  });
});
