// Boxes that size to their content — a float, an inline-block, a flex item, a grid auto column, a table
// cell, a max-content wrapper — each holding a logo and every widget, on a phone and on a desktop. The
// ticker's strip used to set the width of such boxes (the page scrolled sideways), and a list or card in a
// flex row or table cell reported an intrinsic width of zero and fell to one letter per line.
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { openPage, sideways, widgets, type OpenPage } from './support.js';

const KINDS = ['float', 'inline-block', 'flex-item', 'grid-auto', 'table-cell', 'max-content'];
// Where the page gives a box all the room it wants, the list and card take their preferred width.
const ROOMY = new Set(['float', 'inline-block', 'max-content']);

for (const width of [320, 1280]) {
  describe(`content-sized containers at ${width} px`, () => {
    let page: OpenPage;
    before(async () => {
      page = await openPage('/test/real-pages/pages/containers.html', width);
    });
    after(() => page.close());

    it('the page does not scroll sideways', () => {
      expect(sideways(page.doc)).to.equal(0);
    });

    for (const kind of KINDS) {
      it(`${kind}: every widget stays inside the viewport and keeps a readable width`, () => {
        const section = page.doc.querySelector(`[data-kind="${kind}"]`)!;
        const viewport = page.doc.documentElement.clientWidth;
        for (const el of widgets(section)) {
          const box = el.getBoundingClientRect();
          expect(box.left, `${el.localName} left`).to.be.at.least(0);
          expect(box.right, `${el.localName} right`).to.be.at.most(viewport + 0.5);
          if (el.localName === 'nw-rate-ticker') continue;
          // One letter per line was ~10 px wide; three words per line is the least a reader can use.
          expect(box.width, `${el.localName} width`).to.be.at.least(60);
          if (ROOMY.has(kind)) {
            expect(box.width, `${el.localName} preferred width`).to.be.at.least(
              Math.min(20 * 16, viewport - 4 * 16),
            );
          }
        }
      });
    }

    it('the ticker fills the room a flex row leaves it, and no more', () => {
      const row = page.doc.querySelector('[data-kind="flex-item"] .flex')!;
      const ticker = row.querySelector('nw-rate-ticker')!;
      expect(ticker.getBoundingClientRect().right).to.be.at.most(row.getBoundingClientRect().right);
    });
  });
}
