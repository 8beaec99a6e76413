// The article feed layer (client + parseArticles) on hostile feeds of every format, over real HTTP: what it
// hands the elements is plain text and http(s) URLs, parsing runs nothing, and bad documents are refused
// with a FeedError a webmaster can read.
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { refreshFeed } from '../../src/feeds/client.js';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { FeedError } from '../../src/feeds/errors.js';
import type { ArticlePage } from '../../src/feeds/types.js';
import { assertNothingRan, counted, printCounts, settle } from './tripwire.js';
import { servedAnywhere } from '../support/server.js';
import { HOSTILE, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

// RSS and Atom are read by code loaded on demand (loadXmlFormats); these tests read them at once.
before(() => loadXmlFormats());

const CONTROL = 'Control article that must render';

async function read(path: string): Promise<ArticlePage> {
  const document = await refreshFeed(HOSTILE + path);
  return parseArticles(document);
}

async function refused(path: string): Promise<FeedError> {
  try {
    await read(path);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.include(HOSTILE);
    return error as FeedError;
  }
  return expect.fail(`${path} was accepted`);
}

function assertSafe(page: ArticlePage) {
  const titles = page.items.map((item) => item.title);
  expect(
    titles.filter((title) => title === CONTROL),
    'the control item',
  ).to.have.length(1);
  expect(titles.join(' ')).not.to.include('Duplicate id must be dropped');
  expect(new Set(page.items.map((item) => item.id)).size, 'ids are unique').to.equal(
    page.items.length,
  );
  for (const item of page.items) {
    for (const url of [item.url, item.image]) {
      if (url !== undefined) expect(new URL(url).protocol, url).to.be.oneOf(['http:', 'https:']);
    }
    for (const text of [item.title, item.summary, ...item.authors, ...item.tags, item.id])
      expect(typeof text).to.equal('string');
    if (item.published) expect(Number.isFinite(+item.published), 'a valid date').to.equal(true);
  }
}

describe('hostile feeds: the article feed layer', () => {
  useFeedSettings({ backoff: 20, retries: 1, timeout: REQUEST_TIMEOUT });
  afterEach(async function () {
    await settle();
    assertNothingRan();
    counted(this.currentTest?.title.startsWith('fault') ? 'fault' : 'hostile', this.currentTest);
  });
  printCounts('article feed layer');

  for (const [format, path] of [
    ['JSON Feed', 'jsonfeed.json'],
    ['WordPress REST', 'wp-posts.json'],
    ['plain JSON', 'plain.json'],
    ['RSS 2.0', 'rss2.rss'],
    ['RSS 1.0', 'rss1.rdf'],
    ['Atom', 'atom.atom'],
    ['JSON Feed with wrong types', 'jsonfeed-types.json'],
    ['WordPress with wrong types', 'wp-types.json'],
  ]) {
    it(`${format}: payloads in every field stay text, only http(s) URLs, duplicates dropped`, async () => {
      const page = await read(path);
      assertSafe(page);
      // Items with payloads are kept as text (their marker word is there), not silently lost.
      if (!/plain|types/.test(path))
        expect(page.items.some((item) => item.title.includes('Hostile0'))).to.equal(true);
    });
  }

  it('JSON Feed: bad URLs dropped, protocol-relative resolved to http(s)', async () => {
    const page = await read('jsonfeed.json');
    const hostile = page.items.filter((item) => item.title.startsWith('Hostile'));
    expect(hostile.length).to.be.greaterThan(5);
    for (const item of hostile) {
      expect(item.url, item.title.slice(0, 12)).to.equal(undefined);
      expect(item.image).to.equal(undefined);
    }
    const relative = page.items.find((item) => item.title === 'ProtocolRelative')!;
    expect(relative.url).to.equal('http://evil.example/track.gif');
  });

  it('plain JSON: __proto__ and constructor keys pollute nothing; wrong types are dropped or coerced to text', async () => {
    const page = await read('plain.json');
    assertSafe(page);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const numeric = page.items.find((item) => item.title === '12345');
    expect(numeric?.summary ?? '', 'an array is not a summary').to.equal('');
    expect(page.items.find((item) => item.title === 'HugeDate')?.published).to.equal(undefined);
    expect(page.items.find((item) => item.title === 'NanDate')?.published).to.equal(undefined);
  });

  it('XML external entities: nothing is fetched and no file is read', async () => {
    let page: ArticlePage | undefined;
    try {
      page = await read('xxe.rss');
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
    }
    for (const item of page?.items ?? []) {
      expect(item.title + item.summary).not.to.include('SECRET');
      expect(item.title + item.summary).not.to.include('root:');
    }
    expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=1`)).to.equal(0);
    expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=param`)).to.equal(0);
  });

  it('billion laughs: refused or bounded (a parser that hangs meets the test timeout)', async () => {
    try {
      const page = await read('billion-laughs.atom');
      for (const item of page.items) expect(item.summary.length).to.be.lessThan(100_000);
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
    }
  });

  for (const [name, path] of [
    ['an empty body', 'empty.json'],
    ['truncated JSON', 'truncated.json'],
    ['invalid JSON', 'invalid.json'],
    ['truncated XML', 'truncated.rss'],
    ['an HTML error page labelled application/json', 'error-page.html?type=application/json'],
    ['text that is not a feed', 'not-json.json'],
  ]) {
    it(`refuses ${name} as 'format'`, async () => {
      expect((await refused(path)).kind).to.equal('format');
    });
  }

  it('a list that is not a list gives an empty page, not a crash', async () => {
    let page: ArticlePage | undefined;
    try {
      page = await read('wrong-top.json');
    } catch (error) {
      expect((error as FeedError).kind).to.equal('format');
    }
    expect(page?.items ?? []).to.deep.equal([]);
  });

  // How long this takes is measured in bench/ (case 4), not here.
  it('fault: 10,000 items are read, each checked', async () => {
    const page = await read('template.json?items=10000');
    expect(page.items.length).to.equal(10000);
    expect(page.items[9999].title).to.equal('Generated article 10000');
  });

  it('fault: 10 MB+ streamed without a length is cut off at the cap', async () => {
    expect((await refused('template.json?big=11000000')).kind).to.equal('too-large');
  });
});
