// How long the list takes from data to painted cards. It prints figures rather than asserting a time (machines
// vary, and two browsers share two cores here); it does assert that only one page of cards was rendered.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type { Article } from '../../src/feeds/types.js';
import type { NwNewsList } from '../../src/news-list/news-list.js';
import '../support/lit-warnings.js';
import { cards, fresh, headerIs } from './support.js';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function articles(count: number): Article[] {
  const summary =
    'A synthetic teaser long enough to be cut: the council met again on Tuesday and agreed the budget for the coming year, after a long debate.';
  return Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    url: `https://timing.example/${i}`,
    title: `Synthetic headline number ${i}`,
    summary,
    published: new Date(Date.UTC(2025, 11, 7)),
    authors: ['Load Tester'],
    tags: [],
  }));
}

describe('<nw-news-list> timing', () => {
  it('paints the first page of 10,000 articles without rendering the rest', async () => {
    const items = articles(10_000);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const start = performance.now();
      const el = document.createElement('nw-news-list');
      el.locale = 'en-GB';
      el.items = items;
      host.append(el);
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      times.push(performance.now() - start);
      expect(cards(el)).to.have.length(6);
    }
    console.log(`10,000 articles → first page rendered: median ${median(times).toFixed(1)} ms`);
  });

  it('renders six cards soon after the 50-article feed answers, and turns pages quickly', async () => {
    const el = await fixture<NwNewsList>(
      html`<nw-news-list src=${fresh('/demo/feeds/articles.json')} locale="en-GB"></nw-news-list>`,
    );
    // From the parsed feed (nw-load fires right before the list is asked to update) to six cards in the DOM.
    const rendered = new Promise<number>((resolve) => {
      el.addEventListener(
        'nw-load',
        () => {
          const start = performance.now();
          void Promise.resolve()
            .then(() => el.updateComplete)
            .then(() => Promise.all(cards(el).map((card) => card.updateComplete)))
            .then(() => resolve(performance.now() - start));
        },
        { once: true },
      );
    });
    const afterResponse = await rendered;
    await headerIs(el, 'Viewing results 1 - 6 of 50');
    expect(cards(el)).to.have.length(6);

    const turns: number[] = [];
    for (let page = 2; page <= 6; page++) {
      const start = performance.now();
      el.page = page;
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      turns.push(performance.now() - start);
      await nextFrame();
    }
    console.log(
      `50-article feed: parsed → six cards rendered in ${afterResponse.toFixed(1)} ms; ` +
        `page turn median ${median(turns).toFixed(1)} ms`,
    );
  });
});
