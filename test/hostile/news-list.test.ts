// <nw-news-list> (and the <nw-article-card>s it renders) against hostile article feeds of every format and a
// misbehaving server, over real HTTP; <nw-article-card> against hostile attributes.
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { listMessages } from '../../src/i18n/list.js';
import type { FeedError } from '../../src/feeds/errors.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import type { NwArticleCard } from '../../src/article-card/article-card.js';
import {
  assertInert,
  assertNothingRan,
  assertPageIntact,
  counted,
  deepElements,
  pageWith,
  printCounts,
  settle,
} from './tripwire.js';
import { servedAnywhere } from '../support/server.js';
import { until } from '../support/wait.js';
import { HOSTILE, mount, failureOf, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const CONTROL = 'Control article that must render';

const cards = (el: NwNewsList) => [
  ...el.shadowRoot!.querySelectorAll<NwArticleCard>('nw-article-card'),
];
/** The text a reader sees in the list and every card. */
const visible = (el: NwNewsList) =>
  [el.shadowRoot!, ...cards(el).map((card) => card.shadowRoot!)]
    .map((root) => root.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
const status = (el: NwNewsList) =>
  el.shadowRoot!.querySelector('[part~="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function rendered(el: NwNewsList) {
  // The list is busy until every document the page needs is in (the next page of a JSON Feed chain, a WordPress
  // page once the first answer shows the site pages).
  await until(
    () => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('aria-busy') !== 'true',
    'the list to stop being busy',
  );
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
  await settle();
}

async function loads(path: string, attributes: Record<string, string> = {}) {
  const src = HOSTILE + path;
  const mounted = await mount<NwNewsList>('nw-news-list', {
    src,
    'page-size': '100',
    ...attributes,
  });
  await rendered(mounted.el);
  assertNothingRan();
  assertPageIntact(mounted.root);
  assertInert(mounted.el);
  return { ...mounted, src };
}

async function fails(path: string, kind?: FeedError['kind']) {
  const mounted = await loads(path);
  const error = failureOf(mounted.event, kind);
  expect(status(mounted.el)).to.include(listMessages('en').loadFailed);
  expect(status(mounted.el)).to.include(error.message);
  expect(cards(mounted.el)).to.deep.equal([]);
  // Failed, not still loading.
  const header = mounted.el.shadowRoot!.querySelector('[part~="header"]')!.textContent!.trim();
  expect(header).not.to.equal(listMessages('en').loading);
  expect(
    mounted.el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy'),
  ).to.equal('false');
  return { ...mounted, error };
}

describe('hostile feeds: <nw-news-list> and <nw-article-card>', () => {
  useFeedSettings({ backoff: 20, retries: 2, timeout: REQUEST_TIMEOUT });
  afterEach(() => assertNothingRan());
  printCounts('news list');

  describe('hostile content', () => {
    afterEach(function () {
      counted('hostile', this.currentTest);
    });

    for (const [format, path] of [
      ['JSON Feed', 'jsonfeed.json'],
      ['WordPress REST', 'wp-posts.json'],
      ['plain JSON with __proto__ keys and wrong types', 'plain.json'],
      ['RSS 2.0', 'rss2.rss'],
      ['RSS 1.0', 'rss1.rdf'],
      ['Atom (with XHTML content)', 'atom.atom'],
      ['JSON Feed with wrong types in every field', 'jsonfeed-types.json'],
      ['WordPress with wrong types', 'wp-types.json'],
    ]) {
      it(`${format}: every payload shows as text or not at all; links and images only http(s)`, async () => {
        const { el, event } = await loads(path);
        expect(event.type).to.equal('nw-load');
        const text = visible(el);
        expect(text).to.include(CONTROL);
        expect(text).not.to.include('Duplicate id must be dropped');
        // Exactly one card links to the control article.
        const links = deepElements(el.shadowRoot!).filter((node) => node.matches('a[href]'));
        expect(links.filter((a) => a.textContent!.includes(CONTROL))).to.have.length(1);
        // A card's image, where there is one, is http(s) (assertInert), and never a payload's URL. One payload
        // survives as a harmless path: XML turns the newline in " \tjava\nscript:__pwned(…)" in an attribute
        // into a space, and "java script:…" is a relative URL on the feed's own host (a 404 the card then
        // drops, in its own time).
        for (const img of deepElements(el.shadowRoot!).filter((node) => node.matches('img'))) {
          const src = new URL(img.getAttribute('src')!, location.href);
          expect(src.href).not.to.match(/evil\.example.*onload/);
          if (src.href.includes('pwned')) expect(src.pathname).to.include('/java%20script:');
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    }

    it('XML external entities: nothing fetched, no file contents shown', async () => {
      const { el } = await loads('xxe.rss');
      expect(visible(el)).not.to.include('SECRET');
      expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=1`)).to.equal(0);
      expect(await servedAnywhere(`${HOSTILE}secret.txt?xxe=param`)).to.equal(0);
    });

    it('billion laughs: refused or bounded (a parser that hangs meets the test timeout)', async () => {
      const { el } = await loads('billion-laughs.atom');
      expect(visible(el).length).to.be.lessThan(100_000);
    });

    it('a card given hostile attributes renders them as text and drops the bad URLs', async () => {
      // As a CMS would write them from feed data it did not clean.
      const card = document.createElement('nw-article-card');
      for (const [name, value] of Object.entries({
        href: "javascript:__pwned('card:href')",
        image: " java\tscript:__pwned('card:image')",
        heading: "<img src=x onerror=__pwned('card:heading')>Heading",
        excerpt: "<script>__pwned('card:excerpt')</script>Excerpt",
        author: "<svg onload=__pwned('card:author')>",
        date: '<iframe srcdoc=x>',
      }))
        card.setAttribute(name, value);
      const { root } = await pageWith(card);
      await card.updateComplete;
      await settle();
      assertInert(card);
      assertPageIntact(root);
      expect(card.shadowRoot!.textContent).to.include('Heading');
      expect(card.shadowRoot!.querySelector('a[href], img')).to.equal(null);
    });

    it('refuses a rates feed with a message and nw-error', async () => {
      await fails('rates.json', 'format');
    });

    it('10,000 items: read, paged, six cards on screen', async function () {
      this.timeout(20000);
      const { el, event } = await loads('template.json?items=10000', { 'page-size': '6' });
      expect(event.type).to.equal('nw-load');
      expect(cards(el)).to.have.length(6);
      expect(el.shadowRoot!.querySelector('[part~="header"]')!.textContent).to.match(
        /1\s*-\s*6 of 10,?000/,
      );
    });

    it('a feed whose list is not a list shows an empty state, not a crash', async () => {
      const { el } = await loads('wrong-top.json');
      expect(status(el)).to.satisfy((text: string) =>
        [listMessages('en').empty, listMessages('en').loadFailed].some((s) => text.includes(s)),
      );
      expect(cards(el)).to.deep.equal([]);
    });
  });
});
