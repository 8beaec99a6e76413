// How long reading a 10 MB, 10,000-item feed blocks the main thread. It prints figures rather than asserting a
// time (CI machines vary); it does assert that everything was read.
import { expect } from '@open-wc/testing';
import { parseArticles } from '../../src/feeds/articles.js';
import type { FeedDocument } from '../../src/feeds/types.js';
import { parseXml } from '../../src/feeds/xml.js';

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

function measure(label: string, text: string): void {
  const document: FeedDocument = {
    url: 'https://big.example/feed',
    status: 200,
    contentType: '',
    headers: new Headers(),
    text,
  };
  // The part no adapter can shorten: the browser's own JSON or XML parser on 10 MB.
  const parsing = performance.now();
  if (text.startsWith('<')) parseXml(text);
  else JSON.parse(text);
  const parsed = performance.now() - parsing;
  const started = performance.now();
  const page = parseArticles(document);
  const took = performance.now() - started;
  console.log(
    `[feeds:large] ${label}: ${(text.length / 1048576).toFixed(1)} MB, ${page.items.length} items, ` +
      `main thread blocked ${took.toFixed(0)} ms (${(took / 16.7).toFixed(0)} frames at 60 Hz), ` +
      `of which the browser's ${text.startsWith('<') ? 'XML' : 'JSON'} parser alone takes ${parsed.toFixed(0)} ms`,
  );
  expect(page.items).to.have.length(COUNT);
  expect(page.items[COUNT - 1].summary).to.match(/^Item 9999 of a large synthetic feed/);
}

describe('feeds: a 10 MB, 10,000-item feed', function () {
  this.timeout(60_000);
  const longTasks: number[] = [];
  let observer: PerformanceObserver | undefined;
  before(() => {
    if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => longTasks.push(entry.duration)),
      );
      observer.observe({ type: 'longtask' });
    }
  });
  after(() => {
    // Entries the observer has not delivered yet (the last test's long task ended a moment ago).
    observer?.takeRecords().forEach((entry) => longTasks.push(entry.duration));
    observer?.disconnect();
    if (observer) {
      console.log(
        `[feeds:large] long tasks seen: ${longTasks.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      );
    }
  });

  it('reads a JSON Feed', () => measure('JSON Feed', jsonFeed()));
  it('reads RSS 2.0', () => measure('RSS 2.0', rss()));
});
