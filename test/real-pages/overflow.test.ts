// A plain news front page (pages/front.html) from a small phone to a wide desktop: nothing may push the page
// sideways, the pagination keeps one line (compact below ~36em: ‹ 1 … 4 5 6 … 17 ›), the pause button's icon
// fits its box, the byline wraps without a separator starting a line, and cards use their width well.
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { emulate, openPage, sideways, type OpenPage } from './support.js';

const WIDTHS = [320, 360, 375, 414, 768, 1024, 1280, 1440, 1920];

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

for (const width of WIDTHS) {
  describe(`front page at ${width} px`, () => {
    let page: OpenPage;
    before(async () => {
      page = await openPage('/test/real-pages/pages/front.html', width);
    });
    after(() => page.close());

    it('does not scroll sideways', () => {
      expect(sideways(page.doc)).to.equal(0);
    });

    it('keeps the pagination on one line, with the current page and its neighbours', () => {
      const nav = page.doc.querySelector('nw-news-list')!.shadowRoot!.querySelector('nav')!;
      const shown = [...nav.querySelectorAll('li')].filter((li) => li.getClientRects().length);
      const boxes = shown.map((li) => li.getBoundingClientRect());
      const line = boxes[0];
      for (const box of boxes) {
        expect(box.top < line.bottom && box.bottom > line.top, 'on the first line').to.equal(true);
      }
      expect(nav.scrollWidth).to.be.at.most(nav.clientWidth);
      const numbers = shown.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      for (const page of ['1', '4', '5', '6', '17']) expect(numbers).to.include(page);
    });

    it('draws the pause icon inside its button', () => {
      const button = page.doc
        .querySelector('nw-rate-ticker')!
        .shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!;
      const box = button.getBoundingClientRect();
      for (const child of button.querySelectorAll('*')) {
        expect(inside(child.getBoundingClientRect(), box), 'icon inside the button').to.equal(true);
      }
      expect(button.scrollWidth).to.be.at.most(button.clientWidth);
    });

    it('gives a card without a picture the whole width', () => {
      const card = page.doc.querySelector('aside nw-article-card')!;
      const body = card.shadowRoot!.querySelector('.body')!;
      expect(body.getBoundingClientRect().width).to.be.at.least(
        card.getBoundingClientRect().width - 1,
      );
    });

    it('keeps the picture column a thumbnail', () => {
      const list = page.doc.querySelector('nw-news-list')!;
      const card = list.shadowRoot!.querySelector('nw-article-card')!;
      const picture = card.shadowRoot!.querySelector('[part~="image"]')!.getBoundingClientRect();
      const cardWidth = card.getBoundingClientRect().width;
      // Side by side it is at most 13em; stacked on a phone it spans the card.
      if (picture.width < cardWidth - 1) expect(picture.width).to.be.at.most(13 * 16 + 2);
    });

    it('never starts a line of the byline with a separator', () => {
      let wrapped = 0;
      for (const card of [
        page.doc.querySelector('aside nw-article-card')!,
        ...page.doc.querySelector('nw-news-list')!.shadowRoot!.querySelectorAll('nw-article-card'),
      ]) {
        const meta = card.shadowRoot!.querySelector<HTMLElement>('[part~="meta"]')!;
        const byline = meta.querySelector('span');
        const time = meta.querySelector('time');
        if (!byline || !time) continue;
        // The byline's first letter: if it opens a new line, it sits at the line's start, not after a `·`.
        const text = page.doc
          .createTreeWalker(byline, NodeFilter.SHOW_TEXT, (node) =>
            node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
          )
          .nextNode()!;
        const range = page.doc.createRange();
        range.setStart(text, text.textContent!.search(/\S/));
        range.setEnd(text, text.textContent!.search(/\S/) + 1);
        const letter = range.getBoundingClientRect();
        expect(letter.height, 'the byline is laid out').to.be.above(0);
        if (letter.top > time.getBoundingClientRect().bottom - 1) {
          wrapped++;
          expect(letter.left - meta.getBoundingClientRect().left).to.be.below(1);
        }
      }
      // The sidebar's long byline wraps in the narrow sidebar of a desktop layout: the case is exercised.
      if (width >= 960) expect(wrapped, 'bylines that wrapped').to.be.above(0);
    });
  });
}

describe('front page at 320 px without motion', () => {
  let page: OpenPage;
  let restore: () => Promise<void>;
  before(async () => {
    page = await openPage('/test/real-pages/pages/front.html', 320);
    restore = await emulate(page.win, 'reduced-motion');
  });
  after(async () => {
    await restore();
    page.close();
  });

  it('wraps the pairs in padded rows inside the strip', () => {
    const ticker = page.doc.querySelector('nw-rate-ticker')!;
    const list = ticker.shadowRoot!.querySelector('.track > ul')!;
    const style = page.win.getComputedStyle(list);
    expect(parseFloat(style.paddingTop), 'padding above the rows').to.be.above(0);
    expect(parseFloat(style.paddingBottom), 'padding below the rows').to.be.above(0);
    const box = ticker.getBoundingClientRect();
    const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    expect(new Set(items.map((item) => Math.round(item.top))).size, 'rows').to.be.above(1);
    for (const item of items) expect(inside(item, box), 'pair inside the strip').to.equal(true);
    expect(sideways(page.doc)).to.equal(0);
  });
});
