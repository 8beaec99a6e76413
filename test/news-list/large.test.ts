// Ten thousand articles: the list renders the page on screen, never the rest. How fast it does so is measured
// in bench/ (case 4: first page after the feed's response, for 50 and 10,000 items, and a page switch).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Article } from '../../src/feeds/types.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import '../support/lit-warnings.js';
import { cards, header, headerIs, headlines } from './support.js';

const articles = (count: number): Article[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    url: `https://large.example/${i}`,
    title: `Headline ${i + 1}`,
    summary: 'A teaser.',
    authors: [],
    tags: [],
  }));

const numbered = (...numbers: number[]) => numbers.map((n) => `Headline ${n}`);

/** The headlines on screen once the header reads `header` and the cards have rendered. */
async function shown(el: NwNewsList, header: string): Promise<string[]> {
  await headerIs(el, header);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return headlines(el);
}

describe('<nw-news-list> with 10,000 articles', () => {
  it('renders six cards for the page shown, and only those, as the pages turn', async () => {
    const el = await fixture<NwNewsList>(
      html`<nw-news-list locale="en-GB" .items=${articles(10_000)}></nw-news-list>`,
    );
    expect(await shown(el, 'Viewing results 1 - 6 of 10,000')).to.deep.equal(
      numbered(1, 2, 3, 4, 5, 6),
    );
    el.page = 2;
    expect(await shown(el, 'Viewing results 7 - 12 of 10,000')).to.deep.equal(
      numbered(7, 8, 9, 10, 11, 12),
    );
    // 10,000 = 1,666 full pages of six, and four on the last.
    el.page = 1667;
    expect(await shown(el, 'Viewing results 9,997 - 10,000 of 10,000')).to.deep.equal(
      numbered(9997, 9998, 9999, 10000),
    );
  });

  it('shows the first page of a big feed before the whole is read, then pages through all of it', async () => {
    const el = document.createElement('nw-news-list');
    el.locale = 'en-GB';
    el.src = '/test/fixtures/hostile/template.json?items=10000';
    // What the reader saw when the whole feed had been read (nw-load fires once, at the end).
    const loaded = new Promise<string>((resolve) =>
      el.addEventListener('nw-load', () => resolve(header(el)), { once: true }),
    );
    document.body.append(el);
    try {
      expect(await loaded).to.equal('Viewing results 1 - 6 of 10,000');
      expect(await shown(el, 'Viewing results 1 - 6 of 10,000')).to.deep.equal(
        [1, 2, 3, 4, 5, 6].map((n) => `Generated article ${n}`),
      );
      el.page = 1667;
      expect(await shown(el, 'Viewing results 9,997 - 10,000 of 10,000')).to.deep.equal(
        [9997, 9998, 9999, 10000].map((n) => `Generated article ${n}`),
      );
    } finally {
      el.remove();
    }
  });
});
