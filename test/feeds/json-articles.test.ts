import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { FeedError } from '../../src/feeds/errors.js';
import { FIXTURES, load } from './load.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const origin = location.origin;

describe('feeds: JSON Feed', () => {
  it('reads JSON Feed 1.1: HTML content to text, authors, tags, dates, relative URLs', async () => {
    const page = parseArticles(await load('jsonfeed-1.1.json'));
    expect(page.format).to.equal('jsonfeed');
    const [first] = page.items;
    expect(first.id).to.equal('sl-101');
    expect(first.url).to.equal(`${origin}/2025/12/orchard-frost`);
    expect(first.summary).to.equal(
      'Apricot farmers counted the damage on Monday & asked for help. Second paragraph.',
    );
    expect(first.image).to.equal(`${origin}/img/frost.jpg`);
    expect(first.published?.toISOString()).to.equal('2025-12-07T04:30:00.000Z');
    expect(first.authors).to.deep.equal(['Dana Oralova', 'Timur Bekov']);
    expect(first.tags).to.deep.equal(['farming', 'weather']);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('drops unsafe URLs, bad dates, duplicates and empty items, and survives wrong types', async () => {
    const page = parseArticles(await load('jsonfeed-1.1.json'));
    expect(page.items.map((item) => item.id)).to.deep.equal(['sl-101', 'sl-102', '104']);
    const unsafe = page.items[1];
    expect(unsafe.url).to.equal(undefined);
    expect(unsafe.image).to.equal(undefined);
    expect(unsafe.published).to.equal(undefined);
    expect(unsafe.summary).to.equal('Its summary stays, its link does not.');
    const odd = page.items[2];
    expect(odd.title).to.equal('2025');
    expect(odd.summary).to.equal('');
    expect(odd.published).to.equal(undefined);
    expect(odd.authors).to.deep.equal(['Solo Writer']);
    expect(odd.tags).to.deep.equal(['single-tag']);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('reads JSON Feed 1.0: `author`, `external_url`, `content_text`, protocol-relative images', async () => {
    const page = parseArticles(await load('jsonfeed-1.0.json'));
    const [item] = page.items;
    expect(item.authors).to.deep.equal(['Marat Ermekov']);
    expect(item.url).to.equal('https://caspian-notes.example/seals');
    expect(item.summary).to.equal('Volunteers finished the count early.');
    expect(item.image).to.equal(`${location.protocol}//cdn.caspian-notes.example/seal.jpg`);
    expect(item.published?.toISOString()).to.equal('2025-11-30T18:00:00.000Z');
    expect(page.next).to.equal('https://caspian-notes.example/feed.json?page=2');
  });

  it('offers next_url only when it leads somewhere new', async () => {
    const first = parseArticles(await load('jsonfeed-next.json'));
    expect(first.next).to.equal(`${origin}${FIXTURES}jsonfeed-loop.json`);
    const loop = await load('jsonfeed-loop.json');
    expect(parseArticles(loop).next).to.equal(undefined);
    const back = {
      ...(await load('jsonfeed-next.json')),
      url: `${origin}${FIXTURES}jsonfeed-next.json?again`,
    };
    expect(parseArticles(back, { visited: [loop.url] }).next).to.equal(undefined);
  });
});

describe('feeds: WordPress', () => {
  it('reads wp/v2/posts with paging headers, embedded authors and images', async () => {
    const page = parseArticles(await load('wp-posts.json?page=2&per_page=3'));
    expect(page.format).to.equal('wordpress');
    expect(page.total).to.equal(7);
    expect(page.totalPages).to.equal(3);
    expect(page.items).to.have.length(3);
    const [item] = page.items;
    expect(item.title).to.equal('Karaganda library digitises its maps');
    expect(item.summary).to.equal('Short excerpt number 4 & more.');
    expect(item.published?.toISOString()).to.equal('2025-12-04T09:00:00.000Z');
    expect(item.authors).to.deep.equal(['Desk Editor 2']);
    expect(item.tags).to.deep.equal(['transport']);
    expect(page.items[1].image).to.equal(`${origin}/media/4.jpg`);
  });

  it('decodes entities in rendered titles', async () => {
    const page = parseArticles(await load('wp-posts.json'));
    expect(page.items[0].title).to.equal(
      'Bishkek opens a second trolleybus depot in the south – update',
    );
    expect(page.items[1].title).to.equal('Almaty ski lift adds evening runs');
  });
});

describe('feeds: detection and errors', () => {
  it('honours a format override and refuses a mismatch with a clear FeedError', async () => {
    const document = await load('jsonfeed-1.0.json');
    expect(parseArticles(document, { format: 'json' }).format).to.equal('json');
    expect(() => parseArticles(document, { format: 'rss' }))
      .to.throw(FeedError, /is not a rss feed/)
      .with.property('kind', 'format');
  });

  it('runs a transform and checks what it returns', async () => {
    const page = parseArticles(await load('jsonfeed-1.0.json'), {
      transform: (raw) =>
        ((raw as { items: { id: string }[] }).items ?? []).map((item) => ({
          id: item.id,
          title: 'From a transform',
          url: 'javascript:void 0',
          published: '2025-01-02',
        })),
    });
    expect(page.items).to.have.length(1);
    expect(page.items[0].title).to.equal('From a transform');
    expect(page.items[0].url).to.equal(undefined);
    expect(page.items[0].published?.toISOString()).to.equal('2025-01-02T00:00:00.000Z');
  });
});

describe('feeds: HTML to text', () => {
  it('reads tricky markup the way the browser does', () => {
    const cases: [string, string][] = [
      ['<p title="a > b">One</p><p>Two&nbsp;&hellip;</p>', 'One Two …'],
      ['AT&T and 3 < 4', 'AT&T and 3 < 4'],
      ['<!-- hidden -->Shown<script>bad()</script><style>p{}</style>', 'Shown'],
      ['&eacute;t&eacute; &#233;&#xE9; &#128512;', 'été éé 😀'],
      ['wo<b>rd</b><br>next', 'word next'],
      ['<a href="x', ''],
    ];
    for (const [html, text] of cases) {
      const page = parseArticles({
        url: 'https://example.com/feed',
        status: 200,
        contentType: 'application/json',
        headers: new Headers(),
        text: JSON.stringify([{ title: 'T', summary: html }]),
      });
      expect(page.items[0].summary, html).to.equal(text);
    }
  });
});

describe('feeds: the demo’s sample feeds', () => {
  it('reads the same 50 articles from the JSON Feed, the RSS and the WordPress copy', async () => {
    const read = async (name: string) => {
      const url = new URL(`/demo/feeds/${name}`, location.href).href;
      const response = await fetch(url);
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      return parseArticles({ url, status: 200, contentType, headers: response.headers, text });
    };
    const pages = await Promise.all(['articles.json', 'articles.rss', 'wp-posts.json'].map(read));
    expect(pages.map((page) => page.format)).to.deep.equal(['jsonfeed', 'rss', 'wordpress']);
    for (const page of pages) {
      expect(page.items).to.have.length(50);
      expect(
        page.items.every((item) => item.title && item.summary && item.url && item.published),
      ).to.equal(true);
    }
    const titles = pages.map((page) => page.items.map((item) => item.title));
    expect(titles[1]).to.deep.equal(titles[0]);
    expect(titles[2]).to.deep.equal(titles[0]);
  });
});
