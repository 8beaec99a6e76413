// A 10 MB, 10,000-item feed is read in full, as JSON Feed and as RSS. How long that blocks the main thread is
// measured in bench/ (case 7, "Reading a large feed"), not here.
import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import type { FeedDocument } from '../../src/feeds/types.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const COUNT = 10_000;
// About 1 KB of HTML per item, so 10,000 items make a feed of about 10 MB.
const paragraph = (i: number) =>
  `<p>Item ${i} of a large synthetic feed. The council met again on Tuesday &amp; agreed the budget.</p>`.repeat(
    8,
  );

function jsonFeed(): string {
  const items = Array.from({ length: COUNT }, (_, i) => ({
    id: `big-${i}`,
    url: `https://big.example/${i}`,
    title: `Synthetic headline number ${i}`,
    content_html: paragraph(i),
    date_published: '2025-12-07T09:00:00Z',
    authors: [{ name: 'Load Tester' }],
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items });
}

function rss(): string {
  const items = Array.from(
    { length: COUNT },
    (_, i) =>
      `<item><title>Synthetic headline number ${i}</title><link>https://big.example/${i}</link><guid>big-${i}</guid>` +
      `<description><![CDATA[${paragraph(i)}]]></description><pubDate>Sun, 07 Dec 2025 09:00:00 GMT</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
}

function read(text: string) {
  const document: FeedDocument = {
    url: 'https://big.example/feed',
    status: 200,
    contentType: '',
    headers: new Headers(),
    text,
  };
  const page = parseArticles(document);
  expect(page.items).to.have.length(COUNT);
  expect(page.items[COUNT - 1].title).to.equal('Synthetic headline number 9999');
  expect(page.items[COUNT - 1].summary).to.match(/^Item 9999 of a large synthetic feed/);
}

describe('feeds: a 10 MB, 10,000-item feed', function () {
  this.timeout(60_000);
  it('reads a JSON Feed', () => read(jsonFeed()));
  it('reads RSS 2.0', () => read(rss()));
});
