import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NwArticleCard } from '../../src/article-card/article-card.js';
import {
  Compact,
  FromArticle,
  HardCases,
  Horizontal,
  NewTab,
  Stacked,
  Switches,
  type ArticleCardArgs,
} from '../../stories/article-card.stories.js';
import '../support/lit-warnings.js';
import { until } from '../support/wait.js';

const IMAGE = '/demo/feeds/images/2.svg';
const shadow = (el: NwArticleCard) => el.shadowRoot!;
const text = (el: NwArticleCard, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.trim();

/** A story rendered on this test server (Storybook serves the demo feeds under /feeds/). */
async function story(render: (args: ArticleCardArgs) => unknown, args: ArticleCardArgs) {
  const image = args.image?.replace(/^\/feeds\//, '/demo/feeds/');
  const wrapper = await fixture(html`${render({ ...args, image })}`);
  const el = wrapper.querySelector('nw-article-card')!;
  await el.updateComplete;
  return el;
}

describe('<nw-article-card>', () => {
  it('is accessible in every layout', async () => {
    for (const render of [Stacked, Horizontal, Compact]) {
      const el = await story(render, render.args);
      await expect(el).to.be.accessible();
    }
  });

  it('shows headline, excerpt, date and author from attributes', async () => {
    const el = await story(Stacked, { ...Stacked.args, image: IMAGE });
    expect(text(el, 'h3')).to.equal(Stacked.args.heading);
    expect(text(el, '[part="excerpt"]')!.endsWith('…')).to.be.true;
    expect(text(el, '[part="excerpt"]')!.length).to.be.at.most(160);
    const time = shadow(el).querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-12-07');
    expect(time.textContent).to.equal('07 December 2025');
    expect(text(el, '[part="meta"] span')).to.equal('Demo Desk');
  });

  it('reflects attributes to properties', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        heading="H"
        excerpt-length="50"
        heading-level="2"
        layout="compact"
        no-image
        no-date
      ></nw-article-card>`,
    );
    expect(el.excerptLength).to.equal(50);
    expect(el.headingLevel).to.equal(2);
    expect(el.layout).to.equal('compact');
    expect(el.noImage).to.be.true;
    expect(el.noDate).to.be.true;
    expect(shadow(el).querySelector('h2')).to.exist;
    el.layout = 'horizontal';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('horizontal');
  });

  it('has exactly one link, the headline, stretched over the card', async () => {
    const el = await story(Horizontal, { ...Horizontal.args, image: IMAGE });
    const links = shadow(el).querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].closest('h3')).to.exist;
    expect(links[0].href).to.equal(Horizontal.args.href);
    // Clicking the picture area lands on the link (the pseudo-element covers the card).
    const box = shadow(el).querySelector('[part="image"]')!.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(hit).to.equal(links[0]);
  });

  it('is one tab stop', async () => {
    const wrapper = await fixture(
      html`<div>
        <button>before</button>
        ${Stacked({ ...Stacked.args, image: IMAGE })}
        <button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector('nw-article-card')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('a'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('adds rel="noopener noreferrer" to target="_blank"', async () => {
    const el = await story(NewTab, NewTab.args);
    const link = shadow(el).querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    const same = await story(Stacked, Stacked.args);
    expect(shadow(same).querySelector('a')!.hasAttribute('rel')).to.be.false;
  });

  it('links and loads only http(s) URLs', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        href="javascript:alert(1)"
        image=${'data:image/svg+xml,<svg/>'}
        heading="Not linked"
      ></nw-article-card>`,
    );
    expect(shadow(el).querySelector('a')).to.be.null;
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(text(el, 'h3')).to.equal('Not linked');
  });

  it('lazy-loads the picture in a box of fixed ratio, kept when the picture 404s', async () => {
    const ok = await story(Stacked, { ...Stacked.args, image: IMAGE });
    const img = shadow(ok).querySelector('img')!;
    expect(img.loading).to.equal('lazy');
    expect(img.alt).to.equal('');
    const box = shadow(ok).querySelector('[part="image"]')!;
    const { width, height } = box.getBoundingClientRect();
    expect(width / height).to.be.closeTo(16 / 9, 0.05);

    const broken = await story(HardCases, HardCases.args);
    await until(() => !shadow(broken).querySelector('img'), 'the broken picture to go');
    const kept = shadow(broken).querySelector('[part="image"]')!.getBoundingClientRect();
    expect(kept.width / kept.height).to.be.closeTo(16 / 9, 0.05);
  });

  it('hides parts with the no-* switches', async () => {
    const el = await story(Switches, { ...Switches.args, noExcerpt: true, noDate: true });
    expect(shadow(el).querySelector('[part="image"]')).to.be.null;
    expect(shadow(el).querySelector('[part="excerpt"]')).to.be.null;
    expect(shadow(el).querySelector('time')).to.be.null;
    expect(shadow(el).querySelector('[part="meta"] span')).to.be.null;
    expect(text(el, 'h3')).to.equal(Switches.args.heading);
  });

  it('reads the article property and joins its authors', async () => {
    const el = await story(FromArticle as never, FromArticle.args as never);
    expect(text(el, 'h3')).to.equal(FromArticle.args.article.title);
    expect(text(el, '[part="meta"] span')).to.equal('Aigerim Sadykova, Demo Desk');
    expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.match(/^2025-12-0[67]$/);
  });

  it('clamps by lines when asked, without cutting characters', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        heading="H"
        excerpt=${'Words '.repeat(80)}
        excerpt-length="0"
        line-clamp="2"
        style="width: 200px"
      ></nw-article-card>`,
    );
    const excerpt = shadow(el).querySelector<HTMLElement>('[part="excerpt"]')!;
    expect(excerpt.textContent!.trim().endsWith('…')).to.be.false;
    const lineHeight = parseFloat(getComputedStyle(excerpt).lineHeight);
    expect(excerpt.getBoundingClientRect().height).to.be.at.most(lineHeight * 2 + 1);
  });

  it('formats dates in the card’s language, readable even where the browser lacks month names', async () => {
    const ru = await fixture<NwArticleCard>(
      html`<nw-article-card heading="H" date="2025-12-07" locale="ru"></nw-article-card>`,
    );
    expect(text(ru, 'time')).to.equal('07 декабря 2025 г.');
    for (const locale of ['kk', 'uz']) {
      const el = await fixture<NwArticleCard>(
        html`<nw-article-card heading="H" date="2025-12-07" locale=${locale}></nw-article-card>`,
      );
      // Either the language's month name or a numeric day — never ICU's root fallback "2025 M12 07".
      expect(text(el, 'time')).to.not.match(/M12/);
      expect(text(el, 'time')).to.match(/2025/);
    }
  });

  it('takes extra content in its slots, kept clickable above the stretched link', async () => {
    const el = await fixture<NwArticleCard>(
      html`<nw-article-card
        heading="H"
        href="https://example.com/h"
        date="2025-12-07"
        locale="en-GB"
        ><a slot="meta" href="https://example.com/tag">Energy</a
        ><span>Sponsored</span></nw-article-card
      >`,
    );
    const slots = [...shadow(el).querySelectorAll('slot')];
    const meta = slots.find((slot) => slot.name === 'meta')!;
    const main = slots.find((slot) => !slot.name)!;
    expect(meta.assignedElements()[0].textContent).to.equal('Energy');
    expect(main.assignedElements()[0].textContent).to.equal('Sponsored');
    const tag = el.querySelector('a')!;
    const box = tag.getBoundingClientRect();
    expect(document.elementFromPoint(box.x + 2, box.y + box.height / 2)).to.equal(tag);
  });

  it('uses the heading level it is given', async () => {
    const el = await story(Stacked, { ...Stacked.args, headingLevel: 5 });
    expect(shadow(el).querySelector('h5')).to.exist;
    expect(shadow(el).querySelector('h3')).to.be.null;
  });
});

describe('<nw-article-card> on a right-to-left page', () => {
  it('gives each feed text its own direction, so English keeps its full stop at the end', async () => {
    const article = (title: string, summary: string, author: string) => ({
      id: title,
      title,
      summary,
      authors: [author],
      tags: [],
      published: new Date(2025, 11, 7),
    });
    const page = await fixture(
      html`<div dir="rtl" lang="ar">
        <nw-article-card
          .article=${article('Ferries add a night sailing.', 'Trucks wait less.', 'Ann Lee')}
        ></nw-article-card>
        <nw-article-card .article=${article('عنوان الخبر.', 'نص قصير.', 'كاتب')}></nw-article-card>
      </div>`,
    );
    const [english, arabic] = [...page.querySelectorAll<NwArticleCard>('nw-article-card')];
    await english.updateComplete;
    await arabic.updateComplete;
    const directions = (el: NwArticleCard) =>
      ['.heading', '.excerpt', '.meta span'].map(
        (selector) => getComputedStyle(shadow(el).querySelector(selector)!).direction,
      );
    expect(directions(english)).to.deep.equal(['ltr', 'ltr', 'ltr']);
    expect(directions(arabic)).to.deep.equal(['rtl', 'rtl', 'rtl']);
  });
});
