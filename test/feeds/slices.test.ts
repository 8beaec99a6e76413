// A big feed read in slices gives the same page as one read at once, and the page gets turns in between.
import { expect } from '@open-wc/testing';
import { parseArticles } from '../../src/feeds/articles.js';
import { parseArticlesInSlices, SLICE_CHARS } from '../../src/feeds/slices.js';
import type { ArticlePage, FeedDocument } from '../../src/feeds/types.js';
import { load } from './load.js';

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
      expect(text.length).to.be.greaterThan(SLICE_CHARS * 1.5);
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

  it('lets a task the page queued run before a big feed is read to the end', async () => {
    let pageRan = false;
    const reading = parseArticlesInSlices(doc(rss()));
    setTimeout(() => (pageRan = true), 0);
    const page = await reading;
    expect(pageRan).to.equal(true);
    expect(page.items).to.have.length(COUNT);
  });

  it('reads a small feed at once, in the same task', async () => {
    const document = await load('rss2.rss');
    const page = parseArticlesInSlices(document) as ArticlePage;
    expect(page).not.to.be.instanceOf(Promise);
    expect(page).to.deep.equal(parseArticles(document));
  });

  it('gives the same format error for a big document that is not a feed', async () => {
    const text = `<html><body>${'<p>not a feed</p>'.repeat(SLICE_CHARS / 10)}</body></html>`;
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
