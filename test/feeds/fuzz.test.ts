// Property-based fuzzing of the feed layer (issue 21): random and mutated JSON Feed, WordPress, RSS, Atom and
// rates documents are read without throwing anything but a FeedError, without hanging, without a link or image
// that is not http(s), and, rendered by a widget, without putting markup or handlers into the page. The seeds
// are fixed so a run is repeatable; a failure's seed and path go into REGRESSIONS so it is replayed for ever.
import '../hostile/tripwire.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/index.js';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { clearFeedCache } from '../../src/feeds/client.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseRateFeed } from '../../src/feeds/rates/parse.js';
import type { ArticlePage, FeedDocument } from '../../src/feeds/types.js';
import { assertInert, assertNothingRan } from '../hostile/tripwire.js';
import { mount } from '../hostile/support.js';
import { FORMATS, mutated, rates } from './fuzz-documents.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

/** Runs per property: enough to reach the odd corners over time, few enough for every engine's suite. */
const RUNS = 150;
/** Each widget run mounts an element and waits for it, so those properties run fewer times. */
const WIDGET_RUNS = 12;
const SEED = 21;

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
