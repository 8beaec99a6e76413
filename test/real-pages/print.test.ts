// Printing a page with the widgets (print media emulated; `node scripts/print-pdf.js` makes a real PDF of
// the same page in Chromium). The ticker prints as a static wrapped list of every pair, cards print whole
// with no skeleton, no button and readable links, and a dark site prints our text in ink on paper.
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { contrast, emulate, openPage, over, type OpenPage } from './support.js';

describe('print', () => {
  let page: OpenPage;
  let restore: () => Promise<void>;
  before(async () => {
    page = await openPage('/test/real-pages/pages/front.html?scheme=dark', 800);
    restore = await emulate(page.win, 'print');
  });
  after(async () => {
    await restore();
    page.close();
  });

  const style = (el: Element) => page.win.getComputedStyle(el);
  const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;

  it('prints the ticker as a still, wrapped list of every pair, and no button', () => {
    const ticker = page.doc.querySelector('nw-rate-ticker')!;
    const root = ticker.shadowRoot!;
    expect(shown(root.querySelector('button')), 'pause button').to.equal(false);
    expect(shown(root.querySelector('.copies')), 'loop copies').to.equal(false);
    const track = root.querySelector('.track')!;
    expect(style(track).animationName).to.equal('none');
    const box = ticker.getBoundingClientRect();
    const pairs = [...root.querySelectorAll('.track > ul > li')];
    expect(pairs).to.have.length(5);
    for (const pair of pairs) {
      const r = pair.getBoundingClientRect();
      expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, pair.textContent!).to.equal(
        true,
      );
    }
  });

  it('prints cards whole, without skeletons or the pagination', () => {
    const list = page.doc.querySelector('nw-news-list')!.shadowRoot!;
    expect(shown(list.querySelector('[part~="pagination"]')), 'pagination').to.equal(false);
    for (const skeleton of list.querySelectorAll('.skeleton'))
      expect(shown(skeleton)).to.equal(false);
    const card = page.doc.querySelector('aside nw-article-card')!.shadowRoot!;
    const excerpt = card.querySelector<HTMLElement>('[part~="excerpt"]')!;
    expect(excerpt.scrollHeight, 'clamped excerpt printed whole').to.be.at.most(
      excerpt.clientHeight + 1,
    );
  });

  it('prints links readable on paper, with their address', () => {
    const paper: [number, number, number] = [1, 1, 1];
    const card = page.doc.querySelector('aside nw-article-card')!.shadowRoot!;
    const link = card.querySelector('[part~="heading"] a')!;
    expect(contrast(over(style(link).color, paper), paper)).to.be.at.least(4.5);
    expect(style(link).textDecorationLine).to.equal('underline');
    // Chromium and WebKit resolve attr() in the computed value; Firefox reports it as written.
    expect(page.win.getComputedStyle(link, '::after').content).to.match(
      /example\.com\/opinion|attr\(href\)/,
    );
    for (const [what, el] of [
      ['muted byline', card.querySelector('[part~="meta"]')!],
      [
        'ticker pair',
        page.doc.querySelector('nw-rate-ticker')!.shadowRoot!.querySelector('li.down .change')!,
      ],
    ] as const) {
      expect(contrast(over(style(el).color, paper), paper), what).to.be.at.least(4.5);
    }
  });
});
