// An old theme's global CSS (pages/theme.css): a 62.5% root font size, a large !important line height on
// `*`, uppercase letter-spaced centred nowrap text, link colours with !important, fixed image widths,
// floated divs. Shadow DOM stops selectors, not inheritance; each widget decides what it takes
// (docs/theming.md), and its layout survives either way.
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { openPage, sideways, type OpenPage } from './support.js';

const px = (value: string) => parseFloat(value);

describe('aggressive theme CSS', () => {
  let page: OpenPage;
  let card: HTMLElement;
  let cardRoot: ShadowRoot;
  before(async () => {
    page = await openPage('/test/real-pages/pages/theme.html', 360);
    card = page.doc.querySelector('body > nw-article-card')!;
    cardRoot = card.shadowRoot!;
  });
  after(() => page.close());

  const style = (el: Element) => page.win.getComputedStyle(el);

  it('sizes text from the font size where the widget sits, not the root’s 62.5%', () => {
    const host = px(style(card).fontSize);
    const excerpt = px(style(cardRoot.querySelector('[part~="excerpt"]')!).fontSize);
    const heading = px(style(cardRoot.querySelector('[part~="heading"]')!).fontSize);
    expect(host).to.equal(16);
    expect(excerpt).to.be.closeTo(15, 0.5);
    expect(heading).to.be.closeTo(18, 0.5);
  });

  it('takes the page’s font family and colour, and resets the prose properties', () => {
    const excerpt = cardRoot.querySelector('[part~="excerpt"]')!;
    const s = style(excerpt);
    expect(s.fontFamily).to.include('Georgia');
    expect(s.color).to.equal('rgb(51, 51, 51)');
    expect(s.textTransform).to.equal('none');
    expect(s.letterSpacing).to.equal('normal');
    expect(s.wordSpacing).to.equal('0px');
    expect(s.textAlign).to.be.oneOf(['start', 'left']);
    expect(s.whiteSpace === 'normal' || s.textWrapMode === 'wrap').to.equal(true);
    expect(s.cursor).to.equal('auto');
    // The theme's `* { line-height: 3 !important }` hits the host; inside, lines stay a reader's height.
    expect(px(s.lineHeight) / px(s.fontSize)).to.be.below(1.7);
  });

  it('the dateline is a phrase of the page: it takes the masthead’s text properties', () => {
    const time = page.doc.querySelector('nw-dateline')!.shadowRoot!.querySelector('time')!;
    expect(style(time).textTransform).to.equal('uppercase');
  });

  it('keeps its own link and picture styles, and its layout inside the page', () => {
    const link = cardRoot.querySelector('[part~="heading"] a')!;
    expect(style(link).color).not.to.equal('rgb(255, 0, 255)');
    const picture = cardRoot.querySelector('[part~="image"] img')!.getBoundingClientRect();
    expect(picture.width).to.be.at.most(card.getBoundingClientRect().width);
    const list = page.doc.querySelector('nw-news-list')!;
    const ticker = page.doc.querySelector('nw-rate-ticker')!;
    for (const el of [list, ticker, card]) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(360);
    }
    expect(sideways(page.doc)).to.equal(0);
  });

  it('wraps excerpts the theme set to nowrap, and keeps the ticker one line high', () => {
    const excerpt = cardRoot.querySelector('[part~="excerpt"]')!;
    const s = style(excerpt);
    expect(excerpt.getBoundingClientRect().height).to.be.above(px(s.lineHeight) * 1.5);
    const strip = page.doc.querySelector('nw-rate-ticker')!.shadowRoot!.querySelector('.base')!;
    expect(strip.getBoundingClientRect().height).to.be.below(3 * 16);
  });
});
