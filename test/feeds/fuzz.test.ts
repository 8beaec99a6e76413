// Property-based fuzzing of the feed layer (issue 21): random and mutated JSON Feed, WordPress, RSS, Atom and
// rates documents are read without throwing anything but a FeedError, without hanging, without a link or image
// that is not http(s), and, rendered by a widget, without putting markup or handlers into the page. The seeds
// are fixed so a run is repeatable; a failure's seed and path go into REGRESSIONS so it is replayed for ever.
import '../hostile/tripwire.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import { parseArticles } from '../../src/feeds/articles.js';
import { clearFeedCache } from '../../src/feeds/client.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseRateFeed } from '../../src/feeds/rates/parse.js';
import type { ArticlePage, FeedDocument } from '../../src/feeds/types.js';
import { assertInert, assertNothingRan } from '../hostile/tripwire.js';
import { mount } from '../hostile/support.js';

/** Runs per property: enough to reach the odd corners over time, few enough for every engine's suite. */
const RUNS = 150;
/** Each widget run mounts an element and waits for it, so those properties run fewer times. */
const WIDGET_RUNS = 12;
const SEED = 21;

// Pieces hostile text is made of: markup, cut markup, entities, quotes, handlers, hostile schemes, bidi
// overrides, and plain words so that some of it is just text.
const PIECES = [
  '<',
  '>',
  '"',
  "'",
  '&',
  ';',
  '=',
  '/',
  ' ',
  '\n',
  '<a ',
  'href=',
  'src=',
  'onerror=',
  'onclick="x"',
  '<img ',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<p>',
  '</p>',
  '<br/>',
  '&amp;',
  '&lt;',
  '&#x3c;',
  '&#0;',
  '&nbsp;',
  '&bogus;',
  'javascript:',
  'data:text/html,',
  '//evil.example/',
  'https://news.example/a',
  '\u202e',
  '\u202a',
  '\u2067',
  'سلام',
  'Kurs',
  '12.5',
  '__proto__',
  'word',
];
const hostileText = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });
const text = fc.oneof(hostileText, fc.string({ maxLength: 40 }), fc.constant(''));
const link = fc.oneof(
  fc.webUrl(),
  hostileText,
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:x',
    '//cdn.example/a.png',
    'relative/story',
    'file:///etc/passwd',
  ),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  text,
);

/** XML-escaped, or raw in CDATA, or raw as it is: feeds do all three, the last one wrongly. */
const xmlText = fc
  .tuple(text, fc.constantFrom('escape', 'cdata', 'raw'))
  .map(([value, how]) =>
    how === 'escape'
      ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      : how === 'cdata'
        ? `<![CDATA[${value.replaceAll(']]>', '')}]]>`
        : value,
  );

const jsonFeed = fc
  .record({
    title: text,
    items: fc.array(
      fc.record(
        {
          id: fc.oneof(text, fc.integer()),
          url: link,
          title: text,
          content_html: text,
          summary: text,
          image: link,
          date_published: date,
          authors: fc.array(fc.record({ name: text })),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
  })
  .map((feed) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', ...feed }));

const wordpress = fc
  .array(
    fc.record({
      id: fc.integer(),
      link: link,
      date_gmt: date,
      title: fc.record({ rendered: text }),
      excerpt: fc.record({ rendered: text }),
      content: fc.record({ rendered: text }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((posts) => JSON.stringify(posts));

const rssItem = fc
  .record({
    title: xmlText,
    link: xmlText,
    description: xmlText,
    pubDate: xmlText,
    author: xmlText,
  })
  .map(
    (item) =>
      `<item>${Object.entries(item)
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join('')}</item>`,
  );
const rss = fc
  .array(rssItem, { maxLength: 6 })
  .map(
    (items) => `<rss version="2.0"><channel><title>Fuzz</title>${items.join('')}</channel></rss>`,
  );

const atomEntry = fc
  .record({
    title: xmlText,
    summary: xmlText,
    type: fc.constantFrom('text', 'html', 'xhtml'),
    href: link.map((l) => l.replace(/[<&"]/g, '')),
    updated: xmlText,
  })
  .map(
    (e) =>
      `<entry><title type="${e.type}">${e.title}</title><link href="${e.href}"/>` +
      `<summary type="${e.type}">${e.summary}</summary><updated>${e.updated}</updated></entry>`,
  );
const atom = fc
  .array(atomEntry, { maxLength: 6 })
  .map(
    (entries) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Fuzz</title>${entries.join('')}</feed>`,
  );

const code = fc.oneof(fc.constantFrom('USD', 'KZT', 'EUR', 'RUB', 'UZS'), text);
const amount = fc.oneof(fc.double(), fc.integer(), text, fc.constant(null));
const rates = fc.oneof(
  fc.record({ base: code, rates: fc.dictionary(code, amount) }).map((r) => JSON.stringify(r)),
  fc
    .array(fc.record({ base: code, quote: code, rate: amount, change: amount }))
    .map((r) => JSON.stringify(r)),
  fc
    .array(fc.record({ title: xmlText, description: xmlText, quant: xmlText, change: xmlText }))
    .map(
      (items) =>
        `<rss><channel>${items
          .map(
            (i) =>
              `<item>${Object.entries(i)
                .map(([k, v]) => `<${k}>${v}</${k}>`)
                .join('')}</item>`,
          )
          .join('')}</channel></rss>`,
    ),
  fc.array(fc.record({ CharCode: xmlText, Nominal: xmlText, Value: xmlText })).map(
    (rows) =>
      `<ValCurs Date="02.12.2026">${rows
        .map(
          (r) =>
            `<Valute>${Object.entries(r)
              .map(([k, v]) => `<${k}>${v}</${k}>`)
              .join('')}</Valute>`,
        )
        .join('')}</ValCurs>`,
  ),
);

/** A document as a server might really send it: whole, cut short, or with a piece dropped in anywhere. */
const mutated = (documents: fc.Arbitrary<string>) =>
  fc.oneof(
    documents,
    fc.tuple(documents, fc.double({ min: 0, max: 1 })).map(([d, at]) => d.slice(0, d.length * at)),
    fc
      .tuple(documents, fc.double({ min: 0, max: 1 }), hostileText)
      .map(([d, at, piece]) => d.slice(0, d.length * at) + piece + d.slice(d.length * at)),
  );

const FORMATS = { jsonFeed, wordpress, rss, atom };

const documentOf = (body: string, url = 'https://news.example/feed'): FeedDocument => ({
  url,
  status: 200,
  contentType: '',
  headers: new Headers(),
  text: body,
});

const isHttp = (value: string | undefined) =>
  value === undefined || ['http:', 'https:'].includes(new URL(value).protocol);
const OVERRIDES = /[\u202a-\u202e]/;

/** A page of articles, or the FeedError that says why there is none; anything else thrown fails the test. */
function readArticles(body: string): ArticlePage | undefined {
  try {
    return parseArticles(documentOf(body));
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
    return undefined;
  }
}

function checkArticles(body: string): void {
  for (const article of readArticles(body)?.items ?? []) {
    expect(isHttp(article.url), article.url).to.equal(true);
    expect(isHttp(article.image), article.image).to.equal(true);
    for (const value of [article.title, article.summary, ...article.authors])
      expect(OVERRIDES.test(value), JSON.stringify(value)).to.equal(false);
  }
}

async function checkRates(body: string): Promise<void> {
  try {
    for (const rate of (await parseRateFeed(documentOf(body))).rates)
      expect(rate.rate > 0 && Number.isFinite(rate.rate), JSON.stringify(rate)).to.equal(true);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(FeedError);
  }
}

/** Failures fuzzing has found, replayed on every run: `[property, seed, path]` from fast-check's report. */
const REGRESSIONS: [string, number, string][] = [];

const options = (name: string, numRuns: number): fc.Parameters<unknown> => {
  const known = REGRESSIONS.find(([property]) => property === name);
  return known ? { seed: known[1], path: known[2], numRuns } : { seed: SEED, numRuns };
};

describe('feeds: fuzzing', () => {
  for (const [name, documents] of Object.entries(FORMATS)) {
    it(`reads random and mutated ${name} documents safely`, () => {
      fc.assert(fc.property(mutated(documents), checkArticles), options(name, RUNS));
    });
  }

  it('reads random and mutated rates documents safely', async () => {
    await fc.assert(fc.asyncProperty(mutated(rates), checkRates), options('rates', RUNS));
  });

  describe('in a widget', () => {
    let fetchStub: sinon.SinonStub;
    let body = '';
    beforeEach(() => {
      // The widget fetches its src; the stub answers with the document under test.
      fetchStub = sinon.stub(window, 'fetch').callsFake(async () => new Response(body));
    });
    afterEach(() => fetchStub.restore());

    for (const [tag, name, documents] of [
      ['nw-news-list', 'articles', fc.oneof(...Object.values(FORMATS).map(mutated))],
      ['nw-rate-ticker', 'rates in a widget', mutated(rates)],
    ] as const) {
      it(`<${tag}> shows a fuzzed feed or a message, and nothing else`, async () => {
        await fc.assert(
          fc.asyncProperty(documents, async (document) => {
            body = document;
            // Every run serves a new body at the same address, as a page whose feed changed would.
            clearFeedCache();
            const { el, root, event } = await mount(tag, { src: 'https://fuzz.example/feed' });
            try {
              expect(['nw-load', 'nw-error']).to.include(event.type);
              assertInert(el);
              assertNothingRan();
            } finally {
              root.remove();
            }
          }),
          options(name, WIDGET_RUNS),
        );
      });
    }
  });
});
