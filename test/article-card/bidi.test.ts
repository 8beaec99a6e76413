// Bidirectional-text spoofing (issue 21): a right-to-left override in a title reverses what follows it, so
// "invoice‮gpj.exe" reads as "invoiceexe.jpg". Feed text loses the override and embedding controls, and each
// feed string is isolated from its neighbours; right-to-left text itself is untouched.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NwArticleCard } from '../../src/article-card/article-card.js';
import { parseArticles } from '../../src/feeds/articles.js';
import '../support/lit-warnings.js';

const SPOOF = 'invoice\u202egpj.exe';
const CONTROLS = /[\u202a-\u202e]/;
const ARABIC = 'أسعار الصرف اليوم';

const shadowText = (el: NwArticleCard, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.textContent!.trim();

describe('<nw-article-card>: bidirectional text', () => {
  it('drops overrides and embeddings from heading, excerpt and author attributes', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        heading=${SPOOF}
        excerpt=${`\u202aOpen ${SPOOF} now\u202c`}
        author=${`\u202dAnn\u202e Smith`}
      ></nw-article-card>`,
    );
    expect(shadowText(el, '[part~="heading"]')).to.equal('invoicegpj.exe');
    expect(shadowText(el, '[part~="excerpt"]')).to.equal('Open invoicegpj.exe now');
    expect(shadowText(el, '[part~="meta"]')).to.equal('Ann Smith');
  });

  it('drops them from every text field a feed supplies', () => {
    const page = parseArticles({
      url: 'https://news.example/feed.json',
      status: 200,
      contentType: 'application/feed+json',
      headers: new Headers(),
      text: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Spoofs',
        items: [
          { id: '1', title: SPOOF, content_html: `<p>${SPOOF}</p>`, authors: [{ name: SPOOF }] },
        ],
      }),
    });
    const [article] = page.items;
    for (const value of [article.title, article.summary, ...article.authors])
      expect(CONTROLS.test(value), JSON.stringify(value)).to.equal(false);
  });

  it('keeps right-to-left text, each feed string isolated from its neighbours', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        heading=${ARABIC}
        excerpt=${ARABIC}
        author=${ARABIC}
        date="2026-12-02"
      ></nw-article-card>`,
    );
    for (const part of ['heading', 'excerpt']) {
      const node = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
      expect(node.textContent!.trim()).to.equal(ARABIC);
      expect(node.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(node).unicodeBidi).to.equal('isolate');
    }
    const byline = el.shadowRoot!.querySelector('[part~="meta"] [dir="auto"]')!;
    expect(byline.textContent).to.equal(ARABIC);
    expect(getComputedStyle(byline).unicodeBidi).to.equal('isolate');
  });
});
