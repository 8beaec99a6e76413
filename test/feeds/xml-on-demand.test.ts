// RSS and Atom are read by code loaded with import() for the first feed that is not JSON; a JSON feed is read
// at once, in the same task, without it. The tests run in order: the first ones see the formats not loaded.
import { expect } from '@open-wc/testing';
import { loadXmlFormats, parseArticles } from '../../src/feeds/articles.js';
import { parseArticlesInSlices } from '../../src/feeds/slices.js';
import type { ArticlePage } from '../../src/feeds/types.js';
import { load } from './load.js';

describe('feeds: the XML formats, loaded on demand', () => {
  it('are not needed for a JSON feed, which is read at once', async () => {
    const json = await load('jsonfeed-1.1.json');
    expect(loadXmlFormats(json.text)).to.equal(undefined);
    expect(loadXmlFormats(` \uFEFF[]`)).to.equal(undefined);
    const page = parseArticlesInSlices(json) as ArticlePage;
    expect(page).not.to.be.instanceOf(Promise);
    expect(page.format).to.equal('jsonfeed');
  });

  it('are not there before a feed that is not JSON asks for them', async () => {
    const rss = await load('rss2.rss');
    expect(() => parseArticles(rss)).to.throw(Error, /XML formats are not loaded/);
  });

  it('load for the first RSS or Atom feed, which is then read like any other', async () => {
    const rss = await load('rss2.rss');
    // Read as a big one, item by item: the slice reader loads beside the XML formats.
    const reading = parseArticlesInSlices(rss, {}, undefined, { atOnce: 0, sliceChars: 1 });
    expect(reading).to.be.instanceOf(Promise);
    const page = await reading;
    expect(page.format).to.equal('rss');
    expect(page.items).to.have.length(4);
    expect(page).to.deep.equal(parseArticles(rss));
    // Loaded once: the next XML feed is read at once.
    expect(loadXmlFormats(rss.text)).to.equal(undefined);
    const atom = parseArticlesInSlices(await load('atom.atom')) as ArticlePage;
    expect(atom).not.to.be.instanceOf(Promise);
    expect(atom.format).to.equal('atom');
  });
});
