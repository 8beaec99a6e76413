import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import { list } from '../../stories/news-list.stories.js';
import '../support/lit-warnings.js';
import { button, cards, header, headerIs, headlines, root } from './support.js';
import { requests } from '../support/server.js';
import { until } from '../support/wait.js';

const ARTICLES = '/demo/feeds/articles.json';

describe('<nw-news-list> with a JSON Feed', () => {
  it('is accessible once loaded', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    await expect(el).to.be.accessible();
  });

  it('shows the seed’s header and six cards, then pages with Next to the last page', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB' }));
    const loads = sinon.spy();
    const changes = sinon.spy();
    el.addEventListener('nw-page-change', changes);
    el.addEventListener('nw-load', loads);
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const loadsAfterFirstPage = loads.callCount;
    expect(cards(el)).to.have.length(6);
    expect(headlines(el)[0]).to.equal(
      'Caspian ferry line adds a night sailing from Aktau as trailer queues lengthen',
    );
    expect(button(el, /Previous/).disabled).to.be.true;

    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    expect(cards(el)).to.have.length(6);
    expect(el.page).to.equal(2);
    expect(el.getAttribute('page')).to.equal('2');
    expect(changes.lastCall.args[0].detail).to.deep.equal({ page: 2 });

    button(el, 'Page 9').click();
    await headerIs(el, 'Viewing results 49 - 50 of 50');
    expect(cards(el)).to.have.length(2);
    expect(button(el, /Next/).disabled).to.be.true;
    expect(button(el, 'Page 9').getAttribute('aria-current')).to.equal('page');
    // Turning pages reuses the one parsed feed: no more requests, no more nw-load.
    expect(loads.callCount).to.equal(loadsAfterFirstPage);
  });

  it('labels the pagination and shortens long ranges with gaps', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: ARTICLES, locale: 'en-GB', page: 5, pageSize: 5 }),
    );
    await headerIs(el, 'Viewing results 21 - 25 of 50');
    const nav = root(el).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pages');
    const labels = [...nav.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(labels.slice(1, -1)).to.deep.equal(['1', '…', '4', '5', '6', '…', '10']);
    expect(nav.querySelectorAll('[aria-current="page"]')).to.have.length(1);
  });

  it('is operated by keyboard: one tab stop per card, Enter on a page button moves focus to the header', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const firstLink = cards(el)[0].shadowRoot!.querySelector('a')!;
    firstLink.focus();
    await sendKeys({ press: 'Tab' });
    expect(cards(el)[1].shadowRoot!.activeElement).to.equal(
      cards(el)[1].shadowRoot!.querySelector('a'),
    );

    button(el, 'Page 2').focus();
    await sendKeys({ press: 'Enter' });
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.header'));

    button(el, /Next/).focus();
    await sendKeys({ press: ' ' });
    await headerIs(el, 'Viewing results 13 - 18 of 50');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.header'));
    expect(root(el).querySelector('.header')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('appends the next page with Load more', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: ARTICLES, locale: 'en-GB', pagination: 'more' }),
    );
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const first = cards(el)[0];
    button(el, 'Load more').click();
    await headerIs(el, 'Viewing results 1 - 12 of 50');
    expect(cards(el)).to.have.length(12);
    // The cards already shown are kept, not re-created.
    expect(cards(el)[0]).to.equal(first);
    expect(root(el).querySelector('nav')).to.be.null;
  });

  it('shows the last page, and says so, when asked for a page past the end', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB', page: 40 }));
    await headerIs(el, 'Viewing results 49 - 50 of 50');
    expect(el.page).to.equal(9);
    expect(el.getAttribute('page')).to.equal('9');
  });

  it('shows the first page only with pagination="none"', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: ARTICLES, locale: 'en-GB', pagination: 'none' }),
    );
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(root(el).querySelectorAll('button')).to.have.length(0);
  });

  it('speaks Russian, Kazakh, Uzbek, Kyrgyz, Tajik and Turkmen', async () => {
    const expected: Record<string, string> = {
      ru: 'Показаны результаты 1 - 6 из 50',
      kk: '50 нәтиженің 1 - 6 аралығы көрсетілген',
      uz: 'Natijalar 1 - 6, jami 50',
      ky: 'Натыйжалар 1 - 6, жалпы 50',
      tg: 'Натиҷаҳои 1 - 6 аз 50',
      tk: 'Netijeler 1 - 6, jemi 50',
    };
    for (const [locale, text] of Object.entries(expected)) {
      const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale }));
      await headerIs(el, text);
      expect(root(el).querySelector('nav')!.getAttribute('aria-label')).to.not.equal('Pages');
    }
  });

  it('lays cards out in a grid by its own width, not the viewport’s', async () => {
    const wrapper = await fixture(
      html`<div style="width: 900px">
        ${list({ src: ARTICLES, locale: 'en-GB', layout: 'grid' })}
      </div>`,
    );
    const el = wrapper.querySelector('nw-news-list')!;
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const columns = () =>
      getComputedStyle(root(el).querySelector('.items')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.be.greaterThan(1);
    (wrapper as HTMLElement).style.width = '300px';
    await until(() => columns() === 1, 'one column in a narrow list');
    expect(cards(el)[0].getAttribute('layout')).to.equal('stacked');
  });

  it('renders only the current page’s cards of a long feed', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB', pageSize: 10 }));
    await headerIs(el, 'Viewing results 1 - 10 of 50');
    expect(cards(el)).to.have.length(10);
  });
});

describe('<nw-news-list> with articles given as a property', () => {
  const numbered = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      title: `Item ${i + 1}`,
      summary: 'Text.',
      authors: [],
      tags: [],
    }));

  it('pages them in the browser', async () => {
    const items = numbered(8);
    const el = await fixture<NwNewsList>(
      html`<nw-news-list locale="en-GB" page-size="5" .items=${items}></nw-news-list>`,
    );
    await headerIs(el, 'Viewing results 1 - 5 of 8');
    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 6 - 8 of 8');
    expect(headlines(el)).to.deep.equal(['Item 6', 'Item 7', 'Item 8']);
  });

  it('writes large counts in the list’s language', async () => {
    const items = numbered(10_000);
    const el = await fixture<NwNewsList>(
      html`<nw-news-list locale="en-GB" page="1667" .items=${items}></nw-news-list>`,
    );
    await headerIs(el, 'Viewing results 9,997 - 10,000 of 10,000');
    el.locale = 'ru';
    // Russian groups digits with a no-break space.
    await headerIs(el, 'Показаны результаты 9\u00a0997 - 10\u00a0000 из 10\u00a0000');
  });
});

describe('<nw-news-list> server-side paging', () => {
  it('asks WordPress for page=2&per_page=6 and reads the totals from its headers', async () => {
    const src = '/demo/feeds/wp-posts.json';
    const el = await fixture<NwNewsList>(list({ src, format: 'wordpress', locale: 'en-GB' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(await requests(`${src}?page=1&per_page=6`)).to.equal(1);
    expect(cards(el)).to.have.length(6);

    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    expect(await requests(`${src}?page=2&per_page=6`)).to.equal(1);
    expect(button(el, 'Page 9')).to.exist;

    button(el, 'Page 9').click();
    await headerIs(el, 'Viewing results 49 - 50 of 50');
    expect(button(el, /Next/).disabled).to.be.true;

    // Back to a page already read: shown again without another request.
    button(el, 'Page 1').click();
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(await requests(`${src}?page=1&per_page=6`)).to.equal(1);
  });

  it('asks a WordPress site known only by its answer once for page 1: that answer is page 1', async () => {
    // Outside /wp-json/ and without format, the list learns it is WordPress from the first answer: ten posts
    // (the site's own page size) with X-WP-Total. Its first six are page 1; later pages are asked for.
    const first = '/demo/feeds/wp-posts.json?per_page=10';
    const el = await fixture<NwNewsList>(list({ src: first, locale: 'en-GB' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(headlines(el)[0]).to.equal(
      'Caspian ferry line adds a night sailing from Aktau as trailer queues lengthen',
    );
    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    const asked = first.replace('per_page=10', 'per_page=6');
    expect(await requests(`${asked}&page=2`)).to.equal(1);
    button(el, 'Page 1').click();
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(await requests(first)).to.equal(1);
    expect(await requests(`${asked}&page=1`)).to.equal(0);
  });

  it('pages WordPress-shaped JSON without paging headers in the browser, from one request', async () => {
    // A file of posts, not the API: asked for page=2 it would answer the same posts again.
    const src = '/demo/feeds/wp-posts.json';
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    button(el, 'Page 9').click();
    await headerIs(el, 'Viewing results 49 - 50 of 50');
    expect(await requests(src)).to.equal(1);
    expect(await requests(`${src}?page=9&per_page=6`)).to.equal(0);
  });

  it('knows WordPress by its rest_route address, as on sites without pretty permalinks', async () => {
    const src = '/demo/feeds/wp-posts.json?rest_route=/wp/v2/posts';
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB', pageSize: 5 }));
    await headerIs(el, 'Viewing results 1 - 5 of 50');
    expect(await requests(src)).to.equal(0);
    // The query is written again as URLSearchParams writes it, with the slashes escaped.
    const asked = src.replaceAll('/wp/v2/posts', '%2Fwp%2Fv2%2Fposts');
    expect(await requests(`${asked}&page=1&per_page=5`)).to.equal(1);
  });

  it('pages from the start when told the feed is WordPress', async () => {
    const src = '/demo/feeds/wp-posts.json';
    const el = await fixture<NwNewsList>(
      html`<nw-news-list
        src=${src}
        format="wordpress"
        page-size="4"
        locale="en-GB"
      ></nw-news-list>`,
    );
    await headerIs(el, 'Viewing results 1 - 4 of 50');
    expect(await requests(src)).to.equal(0);
    expect(await requests(`${src}?page=1&per_page=4`)).to.equal(1);
  });

  it('loads more WordPress pages one request each', async () => {
    const src = '/demo/feeds/wp-posts.json';
    const el = await fixture<NwNewsList>(
      list({ src, format: 'wordpress', locale: 'en-GB', pagination: 'more', pageSize: 3 }),
    );
    await headerIs(el, 'Viewing results 1 - 3 of 50');
    button(el, 'Load more').click();
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(cards(el)).to.have.length(6);
    expect(await requests(`${src}?page=2&per_page=3`)).to.equal(1);
  });

  it('follows a JSON Feed’s next_url only as far as the shown page needs', async () => {
    // The chain's URLs are fixed (its next_url links are), so requests are counted by this page's own
    // resource timing rather than the server, which the other browser shares.
    const base = '/test/fixtures/list/';
    const fetched = (file: string) =>
      performance.getEntriesByName(new URL(base + file, location.href).href).length;
    // The browser keeps 250 entries unless told otherwise; earlier tests' requests must not crowd these out.
    performance.clearResourceTimings();
    const el = await fixture<NwNewsList>(
      list({ src: `${base}chain-1.json`, locale: 'en-GB', pageSize: 3 }),
    );
    // Four items on the first feed page cover page 1; the total is not known yet.
    await headerIs(el, 'Viewing results 1 - 3');
    expect(fetched('chain-2.json')).to.equal(0);

    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 4 - 6');
    expect(fetched('chain-2.json')).to.equal(1);
    expect(fetched('chain-3.json')).to.equal(0);

    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 7 - 9 of 10');
    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 10 - 10 of 10');
    expect(button(el, /Next/).disabled).to.be.true;
    button(el, 'Page 1').click();
    await headerIs(el, 'Viewing results 1 - 3 of 10');
    expect(fetched('chain-1.json')).to.equal(1);
  });
});

describe('<nw-news-list> pages read before', () => {
  it('shows, in its first render, the last page of a feed another list has read', async () => {
    const src = ARTICLES;
    await headerIs(
      await fixture<NwNewsList>(list({ src, locale: 'en-GB' })),
      'Viewing results 1 - 6 of 50',
    );
    // The cached feed answers during the second list's first update; that same update clamps and reflects.
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB', page: 40 }));
    expect(header(el)).to.equal('Viewing results 49 - 50 of 50');
    expect(el.getAttribute('page')).to.equal('9');
    expect(await requests(src)).to.equal(1);
  });

  it('follows a cached next_url chain to the page asked for in one update', async () => {
    const src = '/test/fixtures/list/chain-1.json';
    const first = await fixture<NwNewsList>(list({ src, locale: 'en-GB', pageSize: 3, page: 4 }));
    await headerIs(first, 'Viewing results 10 - 10 of 10');
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB', pageSize: 3, page: 4 }));
    expect(header(el)).to.equal('Viewing results 10 - 10 of 10');
    expect(headlines(el)).to.have.length(1);
  });

  it('reads the fetched feed again, without fetching it, when the transform changes', async () => {
    const src = ARTICLES;
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB', page: 2 }));
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    el.transform = (raw) =>
      (raw as { items: { id: string; title: string }[] }).items
        .slice(0, 2)
        .map(({ id, title }) => ({ id, title: title.toUpperCase() }));
    await headerIs(el, 'Viewing 2 results');
    expect(el.page).to.equal(1);
    expect(headlines(el)[0]).to.equal(
      'CASPIAN FERRY LINE ADDS A NIGHT SAILING FROM AKTAU AS TRAILER QUEUES LENGTHEN',
    );
    expect(await requests(src)).to.equal(1);
  });
});

describe('<nw-news-list> other formats', () => {
  it('renders RSS 2.0', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: '/demo/feeds/articles.rss', locale: 'en-GB' }),
    );
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(headlines(el)[0]).to.equal(
      'Caspian ferry line adds a night sailing from Aktau as trailer queues lengthen',
    );
  });

  it('renders Atom', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: '/test/fixtures/list/news.atom', locale: 'en-GB' }),
    );
    await headerIs(el, 'Viewing 3 results');
    expect(headlines(el)).to.deep.equal([
      'Valley orchards try netting against late frost',
      'Night bus route links the university to the rail station',
      'Library extends opening hours during exam season',
    ]);
    expect(root(el).querySelector('nav')).to.be.null;
  });

  it('follows a new src, starting over from what that feed holds', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB', page: 2 }));
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    el.src = '/test/fixtures/list/news.atom';
    await headerIs(el, 'Viewing 3 results');
    expect(el.page).to.equal(1);
    expect(cards(el)).to.have.length(3);
  });

  it('keeps feed markup as text and drops unsafe links', async () => {
    const el = await fixture<NwNewsList>(
      list({ src: '/test/fixtures/list/hard-cases.json', locale: 'en-GB' }),
    );
    await headerIs(el, 'Viewing 3 results');
    const unsafe = cards(el)[2].shadowRoot!;
    expect(unsafe.querySelector('.heading')!.textContent).to.contain('<b>Markup stays text</b>');
    expect(unsafe.querySelector('a')).to.be.null;
    expect(unsafe.querySelector('img')).to.be.null;
    expect(unsafe.querySelector('b')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<nw-news-list> sync-url', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', start);
  });

  it('opens the page named in the address, as after a reload or a shared link', async () => {
    const url = new URL(location.href);
    url.searchParams.set('page', '3');
    history.replaceState(null, '', url.href);
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB', syncUrl: '' }));
    await headerIs(el, 'Viewing results 13 - 18 of 50');
    expect(el.page).to.equal(3);
  });

  it('records page changes in history, and Back returns to the previous page', async () => {
    const src = ARTICLES;
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB', syncUrl: '', id: 'latest' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const changes = sinon.spy();
    el.addEventListener('nw-page-change', changes);

    button(el, 'Page 3').click();
    await headerIs(el, 'Viewing results 13 - 18 of 50');
    expect(new URL(location.href).searchParams.get('latest-page')).to.equal('3');
    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 19 - 24 of 50');
    expect(new URL(location.href).searchParams.get('latest-page')).to.equal('4');

    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.back();
    await popped;
    await headerIs(el, 'Viewing results 13 - 18 of 50');
    expect(el.page).to.equal(3);
    expect(changes.lastCall.args[0].detail).to.deep.equal({ page: 3 });

    // "Reload": a new element on the same address opens the same page.
    el.remove();
    const again = await fixture<NwNewsList>(
      list({ src, locale: 'en-GB', syncUrl: '', id: 'latest' }),
    );
    await headerIs(again, 'Viewing results 13 - 18 of 50');
  });

  it('uses the parameter named by sync-url, and leaves the address alone without it', async () => {
    const el = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB', syncUrl: 'p' }));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    button(el, /Next/).click();
    await headerIs(el, 'Viewing results 7 - 12 of 50');
    expect(new URL(location.href).searchParams.get('p')).to.equal('2');

    const before = location.href;
    const plain = await fixture<NwNewsList>(list({ src: ARTICLES, locale: 'en-GB' }));
    await headerIs(plain, 'Viewing results 1 - 6 of 50');
    button(plain, /Next/).click();
    await headerIs(plain, 'Viewing results 7 - 12 of 50');
    expect(location.href).to.equal(before);
    expect(header(plain)).to.equal('Viewing results 7 - 12 of 50');
  });
});
