// A big feed read in slices gives the same page as one read at once, and the page gets turns in between.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadXmlFormats, parseArticles, startOfFeed } from '../../src/feeds/articles.js';
import { decode } from '../../src/feeds/decode.js';
import { FeedError } from '../../src/feeds/errors.js';
import { itemSpans, SLICE_CHARS } from '../../src/feeds/slice-reader.js';
import { AT_ONCE_CHARS, parseArticlesInSlices } from '../../src/feeds/slices.js';
import type { ArticlePage, FeedDocument } from '../../src/feeds/types.js';
import { FORMATS, mutated } from './fuzz-documents.js';
import { load } from './load.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const COUNT = 2_500;
// About 300 characters an item, so 2,500 items are a few slices. The CDATA holds what looks like the end of an
// item and the start of another: the slicer must not cut there.
const body = (i: number) =>
  `Story ${i} of a long feed: the committee's &lt;b&gt;report&lt;/b&gt; was read twice, then again.`;
const trap = '<![CDATA[ a fake </item> and <item> and </entry><entry> in text ]]>';

function doc(text: string): FeedDocument {
  return {
    url: 'https://big.example/feed',
    status: 200,
    contentType: '',
    headers: new Headers(),
    text,
  };
}

function rss(): string {
  const items = Array.from(
    { length: COUNT },
    (_, i) =>
      `<item><title>Headline ${i}</title><link>https://big.example/${i}</link><guid>big-${i}</guid>` +
      `<description>${body(i)}</description><dc:creator>Writer ${i % 7}</dc:creator>` +
      `<pubDate>Sun, 07 Dec 2025 09:00:00 GMT</pubDate>${i === 3 ? `<comments>${trap}</comments>` : ''}</item>\n`,
  );
  return (
    '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>' +
    `<title>Big</title><description>${trap}</description>\n${items.join('')}</channel></rss>`
  );
}

function atom(): string {
  const entries = Array.from(
    { length: COUNT },
    (_, i) =>
      `<entry><title>Headline ${i}</title><link href="https://big.example/${i}"/><id>big-${i}</id>` +
      `<updated>2025-12-07T09:00:00Z</updated><summary>${body(i)}</summary></entry>\n`,
  );
  return `<feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title><subtitle>${trap}</subtitle>\n${entries.join('')}</feed>`;
}

function jsonFeed(): string {
  const items = Array.from({ length: COUNT }, (_, i) => ({
    id: `big-${i}`,
    url: `https://big.example/${i}`,
    title: `Headline ${i}`,
    content_text: body(i),
    date_published: '2025-12-07T09:00:00Z',
  }));
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Big',
    next_url: 'https://big.example/feed?page=2',
    items,
  });
}

/** The error reading `text` in slices rejects with. */
async function sliceError(text: string): Promise<Error> {
  try {
    await parseArticlesInSlices(doc(text));
  } catch (error) {
    return error as Error;
  }
  throw new Error('the document was read');
}

describe('parseArticlesInSlices', () => {
  for (const [format, make] of [
    ['rss', rss],
    ['atom', atom],
    ['jsonfeed', jsonFeed],
  ] as const) {
    it(`reads a big ${format} feed in slices to the same page as at once`, async () => {
      const text = make();
      expect(text.length).to.be.greaterThan(AT_ONCE_CHARS + SLICE_CHARS);
      const sliced = parseArticlesInSlices(doc(text));
      expect(sliced).to.be.instanceOf(Promise);
      const page = await sliced;
      const whole = parseArticles(doc(text));
      expect(page.format).to.equal(format);
      expect(page.items).to.have.length(COUNT);
      expect(page.items.map((item) => item.id)).to.deep.equal(whole.items.map((item) => item.id));
      expect(page.items[1_234]).to.deep.equal(whole.items[1_234]);
      expect(page.items[1_234].title).to.equal('Headline 1234');
      expect(page.next).to.equal(whole.next);
    });
  }

  it('keeps the next page of a big JSON Feed', async () => {
    const page = await parseArticlesInSlices(doc(jsonFeed()));
    expect(page.next).to.equal('https://big.example/feed?page=2');
  });

  it('shows the first slice, with the count of items in the document, before the rest is read', async () => {
    const shown: ArticlePage[] = [];
    const reading = parseArticlesInSlices(doc(rss()), {}, (first) => shown.push(first));
    expect(shown).to.deep.equal([]);
    const page = await reading;
    expect(shown).to.have.length(1);
    const [first] = shown;
    expect(first.total).to.equal(COUNT);
    expect(first.items.length).to.be.within(1, COUNT - 1);
    expect(first.items).to.deep.equal(page.items.slice(0, first.items.length));
  });

  it('gives no count with the first slice of a feed that has a next page', async () => {
    const shown: ArticlePage[] = [];
    await parseArticlesInSlices(doc(jsonFeed()), {}, (first) => shown.push(first));
    expect(shown).to.have.length(1);
    expect(shown[0].total).to.equal(undefined);
    expect(shown[0].next).to.equal('https://big.example/feed?page=2');
  });

  it('shows the first run of a big JSON Feed, with the count of its items, before the rest is read', async () => {
    const text = jsonFeed().replace(/,"next_url":"[^"]*"/, '');
    const shown: ArticlePage[] = [];
    const reading = parseArticlesInSlices(doc(text), {}, (first) => shown.push(first));
    expect(shown).to.deep.equal([]);
    const page = await reading;
    expect(shown).to.have.length(1);
    const [first] = shown;
    expect(first.total).to.equal(COUNT);
    expect(first.items.length).to.be.within(1, COUNT / 10);
    expect(first.items).to.deep.equal(page.items.slice(0, first.items.length));
  });

  for (const [format, make] of [
    ['rss', rss],
    ['jsonfeed', jsonFeed],
  ] as const) {
    it(`lets a task the page queued run before a big ${format} feed is read to the end`, async () => {
      let pageRan = false;
      const reading = parseArticlesInSlices(doc(make()));
      setTimeout(() => (pageRan = true), 0);
      const page = await reading;
      expect(pageRan).to.equal(true);
      expect(page.items).to.have.length(COUNT);
    });
  }

  it('gives the same format error for a big JSON Feed broken near its end', async () => {
    const text = jsonFeed().replace('"Headline 2400"', '"Headline 2400');
    const error = await sliceError(text);
    expect(error).to.have.property('kind', 'format');
    expect(error.message).to.contain('not valid JSON');
  });

  it('reads a small feed at once, in the same task', async () => {
    const document = await load('rss2.rss');
    const page = parseArticlesInSlices(document) as ArticlePage;
    expect(page).not.to.be.instanceOf(Promise);
    expect(page).to.deep.equal(parseArticles(document));
  });

  it('gives the same format error for a big document that is not a feed', async () => {
    const text = `<html><body>${'<p>not a feed</p>'.repeat(AT_ONCE_CHARS / 10)}</body></html>`;
    const error = await sliceError(text);
    expect(error).to.have.property('kind', 'format');
    expect(error.message).to.contain('web page');
  });

  it('reports a big XML feed broken inside one item as not well-formed', async () => {
    const text = rss().replace('<title>Headline 900</title>', '<title>Headline 900</titel>');
    const error = await sliceError(text);
    expect(error).to.have.property('kind', 'format');
    expect(error.message).to.contain('not well-formed XML');
  });
});

// Every XML fixture in the repository (the feeds, the sloppy ones feedparser reads, the hostile ones, the
// rates feeds, which are no article feeds and must fail alike), and the JSON article fixtures.
const FIXTURES = [
  'demo/feeds/articles.rss',
  'demo/feeds/articles.json',
  ...[
    'atom-prefixed.xml',
    'atom.atom',
    'cp1251.rss',
    'gb2312.xml',
    'latin1.xml',
    'malformed.xml',
    'rdf.rdf',
    'rss-default-ns.xml',
    'rss091.xml',
    'rss2.rss',
    'jsonfeed-1.0.json',
    'jsonfeed-1.1.json',
    'jsonfeed-loop.json',
    'jsonfeed-next.json',
    'news-api.json',
    'wp-posts.json',
  ].map((name) => `test/fixtures/feeds/${name}`),
  ...['teaser.rss', 'unclosed-rates.xml', 'unclosed.rss'].map(
    (name) => `test/fixtures/freeze/${name}`,
  ),
  ...[
    'atom.atom',
    'billion-laughs.atom',
    'rates-cbr.xml',
    'rates-nbk.rss',
    'rss1.rdf',
    'rss2.rss',
    'truncated.rss',
    'xxe.rss',
    'jsonfeed.json',
    'jsonfeed-types.json',
    'wp-posts.json',
    'wp-types.json',
  ].map((name) => `test/fixtures/hostile/${name}`),
  'test/fixtures/list/news.atom',
  'test/fixtures/rates/cbr.xml',
  'test/fixtures/rates/nbk.rss',
  ...[
    'atom-no-ns.xml',
    'atom03.xml',
    'bom-whitespace.rss',
    'cdata-odd.rss',
    'control-chars.rss',
    'dates.rss',
    'html-entities.rss',
    'nbk-sloppy.rss',
    'rdf-undeclared.rdf',
    'sitemap.xml',
    'unclosed.rss',
    'undeclared-ns.rss',
    'utf8-mislabelled.rss',
    'wrong-ns.rss',
  ].map((name) => `test/fixtures/sloppy/${name}`),
];

/** A fixture as the feed client gets it: fetched over HTTP and decoded by its bytes and labels. */
async function fixture(path: string): Promise<FeedDocument> {
  const url = new URL(`/${path}`, location.href).href;
  const response = await fetch(url);
  expect(response.status, path).to.equal(200);
  const contentType = response.headers.get('content-type') ?? '';
  const text = decode(new Uint8Array(await response.arrayBuffer()), contentType);
  return { url, status: 200, contentType, headers: response.headers, text };
}

/** What reading gives: the page, or the kind and words of the FeedError; anything else thrown fails. */
async function outcome(read: () => ArticlePage | Promise<ArticlePage>) {
  try {
    return { page: await read() };
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
    return { error: `${(error as FeedError).kind}: ${(error as Error).message}` };
  }
}

/** Read item by item (a slice per item, a run per JSON item) and at once: the same page or the same error. */
async function expectSameReading(document: FeedDocument, label: string) {
  const sliced = await outcome(() =>
    parseArticlesInSlices(document, {}, undefined, { atOnce: 0, sliceChars: 1 }),
  );
  const whole = await outcome(() => parseArticles(document));
  expect(sliced, label).to.deep.equal(whole);
}

/** How many slices an XML document is cut into, item by item: 0 when it is read at once. */
function itemCount(text: string): number {
  const steps = itemSpans(startOfFeed(text));
  for (let step = steps.next(); ; step = steps.next())
    if (step.done) return step.value?.length ?? 0;
}

describe('parseArticlesInSlices: the same reading as at once', () => {
  it('reads every fixture item by item to the same page or error as at once', async () => {
    let sliced = 0;
    for (const path of FIXTURES) {
      const document = await fixture(path);
      await expectSameReading(document, path);
      if (itemCount(document.text) > 1) sliced++;
    }
    // Not two readings at once compared: every fixture with two items or more is really cut (16 today).
    expect(sliced).to.be.greaterThan(12);
  });

  for (const [name, documents] of Object.entries(FORMATS)) {
    it(`reads random and mutated ${name} documents item by item as at once`, async () => {
      let sliced = 0;
      await fc.assert(
        fc.asyncProperty(mutated(documents), async (body) => {
          await expectSameReading(doc(body), body);
          if (body.startsWith('<') && itemCount(body) > 1) sliced++;
        }),
        { seed: 19, numRuns: 150 },
      );
      if (name === 'rss' || name === 'atom') expect(sliced).to.be.greaterThan(10);
    });
  }

  it('reads a feed with a channel element among its items at once', async () => {
    const text = rss().replace('</item>\n<item>', '</item><atom:link rel="next" href="/2"/><item>');
    expect(itemCount(text)).to.equal(0);
    await expectSameReading(doc(text), 'a link among the items');
  });

  it('reads nested items, stray end tags and a CDATA section without end at once', async () => {
    for (const text of [
      rss().replace('<title>Headline 5</title>', '<item><title>Headline 5</title></item>'),
      rss().replace('<title>Headline 5</title>', '<title>Headline 5</title></item>'),
      rss().replace('</item>\n<item>', '</item><item/>\n<item><item/>'),
      rss().replace('</channel>', '<![CDATA[ never ends </channel>'),
    ]) {
      expect(itemCount(text)).to.equal(0);
      await expectSameReading(doc(text), text.slice(0, 80));
    }
  });

  it('reads JSON whose items hold lists of objects, cut-like strings, or keys after the list as at once', async () => {
    const feed = JSON.parse(jsonFeed()) as { items: Record<string, unknown>[] };
    const nested = {
      ...feed,
      items: feed.items.map((item, i) => ({
        ...item,
        authors: [{ name: `A ${i}` }, { name: 'B' }],
        summary: `a },{"id": "fake-${i}"}, { "title": "x" } and ] in text`,
      })),
    };
    const { items, ...rest } = feed;
    for (const text of [
      JSON.stringify(nested),
      JSON.stringify(nested, null, 2),
      // Keys after the list, also the version that makes it a JSON Feed, and one with a list of its own.
      JSON.stringify({ items, ...rest }),
      JSON.stringify({ items, ...rest, hubs: [{ type: 'WebSub', url: 'https://hub.example/' }] }),
      // A top-level list (read as plain JSON), and one of WordPress posts.
      JSON.stringify(items),
      JSON.stringify(items.map((item) => ({ ...item, title: { rendered: item.title } }))),
      // `items` twice, not a list, nested before the document's own, with an escape, or empty.
      JSON.stringify(rest)
        .replace('{', `{"items":${JSON.stringify(items.slice(0, 3))},`)
        .replace(/}$/, `,"items":${JSON.stringify(items)}}`),
      JSON.stringify({ ...rest, items }).replace(/}$/, ',"items":5}'),
      JSON.stringify({ ...rest, items }).replace(/}$/, ',"\\u0069tems":null}'),
      JSON.stringify({ meta: { items: items.slice(0, 2) }, ...rest, items }),
      JSON.stringify({ 'x"items': items, ...rest, items: [] }),
      JSON.stringify({ ...rest, items: [] }) + ' '.repeat(AT_ONCE_CHARS),
      // Not JSON after all: a number among the items, a trailing comma, a stray character after the document.
      JSON.stringify({ ...rest, items }).replace('},{', '},7,{'),
      JSON.stringify({ ...rest, items }).replace(/}]}$/, '},]}'),
      `${JSON.stringify({ ...rest, items })}x`,
    ]) {
      await expectSameReading(doc(text), text.slice(0, 80));
    }
  });

  it('reads a feed whose head is longer than a slice in slices as long as the head', async () => {
    const head = `<description>${'A long channel description. '.repeat(SLICE_CHARS / 10)}</description>`;
    const text = rss().replace('<title>Big</title>', `<title>Big</title>${head}`);
    await expectSameReading(doc(text), 'a long head');
  });
});
