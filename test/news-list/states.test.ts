import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { configureFeeds, refreshFeed } from '../../src/feeds/client.js';
import type { FeedSettings } from '../../src/feeds/fetch.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import {
  BadJson,
  Empty,
  Loading,
  NotFound,
  Stale,
  list,
  type NewsListArgs,
} from '../../stories/news-list.stories.js';
import '../support/lit-warnings.js';
import { button, cards, header, headerIs, root, status } from './support.js';
import { requests } from '../support/server.js';
import { until } from '../support/wait.js';

const ARTICLES = '/demo/feeds/articles.json';

/** A story's args pointed at this test server (Storybook serves the same files under other paths). */
function served(args: NewsListArgs): NewsListArgs {
  const src = args
    .src!.replace(/^\/feeds\//, '/demo/feeds/')
    .replace(/^\/fixtures\//, '/test/fixtures/');
  return { ...args, src: src };
}

describe('<nw-news-list> states', () => {
  let previous: FeedSettings;
  before(() => {
    // Quick retries keep the error paths fast; the number of retries stays the client's own.
    previous = configureFeeds({ backoff: 20, timeout: 4000 });
  });
  after(() => configureFeeds(previous));

  it('shows skeleton cards of a card’s size while the feed has not answered', async () => {
    const wrapper = await fixture(list({ ...served(Loading.args), pageSize: 4 }));
    const el = wrapper as NwNewsList;
    await el.updateComplete;
    const skeletons = root(el).querySelectorAll('.skeleton');
    expect(skeletons).to.have.length(4);
    expect(header(el)).to.equal('Loading…');
    expect(root(el).querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
    // Each placeholder reserves a real height (picture box and text lines), so cards do not push content down.
    expect(skeletons[0].getBoundingClientRect().height).to.be.greaterThan(60);
    expect([...skeletons].every((s) => s.getAttribute('aria-hidden') === 'true')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says so when the feed answers 404, fires nw-error, and is accessible', async () => {
    const errors = sinon.spy();
    document.addEventListener('nw-error', errors);
    try {
      const el = await fixture<NwNewsList>(list(served(NotFound.args)));
      await until(() => status(el)?.classList.contains('error'), 'an error message');
      expect(status(el)!.textContent).to.contain('This content could not be loaded.');
      expect(status(el)!.textContent).to.contain('404');
      expect(status(el)!.getAttribute('role')).to.equal('alert');
      expect(cards(el)).to.have.length(0);
      expect(errors.called).to.be.true;
      expect(errors.lastCall.args[0].detail.error.kind).to.equal('http');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('nw-error', errors);
    }
  });

  it('says so when the feed is not valid JSON', async () => {
    const el = await fixture<NwNewsList>(list(served(BadJson.args)));
    await until(() => status(el)?.classList.contains('error'), 'an error message');
    expect(status(el)!.textContent).to.contain('is not valid JSON');
    await expect(el).to.be.accessible();
  });

  it('recovers with Retry once the feed is back', async () => {
    // Three 503s: the first request and the client's two retries all fail, so the error reaches the reader.
    const src = `${ARTICLES}?fail=3`;
    const el = await fixture<NwNewsList>(list({ src, locale: 'en-GB' }));
    await until(() => status(el)?.classList.contains('error'), 'an error message');
    expect(status(el)!.textContent).to.contain('503');
    expect(await requests(src)).to.equal(3);
    const loads = sinon.spy();
    el.addEventListener('nw-load', loads);

    button(el, 'Retry').click();
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(status(el)).to.be.null;
    expect(cards(el)).to.have.length(6);
    expect(loads.calledOnce).to.be.true;
    expect(await requests(src)).to.equal(4);
  });

  it('shows a message for a feed with no articles', async () => {
    const el = await fixture<NwNewsList>(list(served(Empty.args)));
    await until(() => status(el)?.classList.contains('empty'), 'the empty message');
    expect(status(el)!.textContent!.trim()).to.equal('Nothing here yet.');
    expect(root(el).querySelectorAll('.skeleton')).to.have.length(0);
    expect(root(el).querySelector('nav')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('keeps the articles, marked stale, when a refresh fails', async () => {
    // The first answer succeeds; the next ones (the refresh and its retries) answer 500. The refresh is forced here rather than
    // waited for, since the client rightly does not poll from a tab the browser reports as hidden.
    const args = { ...served(Stale.args), refresh: 60 };
    const el = await fixture<NwNewsList>(list(args));
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    const errors = sinon.spy();
    el.addEventListener('nw-error', errors);
    await refreshFeed(args.src!).catch(() => {});
    await until(() => status(el)?.classList.contains('stale'), 'the stale mark');
    expect(status(el)!.textContent).to.contain('Not updated');
    expect(errors.calledOnce).to.be.true;
    expect(cards(el)).to.have.length(6);
    expect(header(el)).to.equal('Viewing results 1 - 6 of 50');
    await expect(el).to.be.accessible();
  });
});
