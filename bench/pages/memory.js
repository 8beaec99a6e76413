// Mounts and unmounts one kind of element over and over, the way a single-page app swaps views, so the
// memory case can compare the heap before and after. Each mount waits for the element's first render and
// one more task (long enough for cached feed data to arrive), then removes it.
import '/dist/news-widgets.js';

const ARTICLE = {
  id: 'bench-1',
  url: 'https://example.com/news/bench',
  title: 'Mount and unmount, a thousand times over',
  summary: 'A card built from a normalized article, with no feed behind it.',
  published: new Date('2025-12-07T09:00:00Z'),
  authors: ['Bench'],
  tags: [],
};

const MOUNTS = {
  'nw-rate-ticker': (element) => element.setAttribute('src', '/feeds/rates.json'),
  'nw-news-list': (element) => element.setAttribute('src', '/gen/articles-50.json'),
  'nw-article-card': (element) => {
    element.article = ARTICLE;
  },
  'nw-dateline': () => {},
  'nw-rate-table': (element) => element.setAttribute('src', '/feeds/rates.json'),
  'nw-currency-converter': (element) => {
    element.setAttribute('src', '/feeds/rates.json');
    element.setAttribute('from', 'USD');
    element.setAttribute('to', 'KZT');
  },
  // The control: what the cycling itself leaves on the heap, with no component involved.
  div: () => {},
};

const stage = document.getElementById('stage');
// A MessageChannel task, not setTimeout: nested timeouts are clamped to 4 ms, which would make 1,000
// cycles take seconds of waiting for nothing.
const channel = new MessageChannel();
const nextTask = () =>
  new Promise((resolve) => {
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

window.benchDefined = (tag) => !tag.includes('-') || Boolean(customElements.get(tag));

window.benchCycle = async (tag, cycles) => {
  for (let index = 0; index < cycles; index++) {
    const element = document.createElement(tag);
    element.setAttribute('refresh', '0');
    MOUNTS[tag](element);
    stage.append(element);
    await element.updateComplete; // undefined on the control <div>: awaiting it costs one microtask
    await nextTask();
    element.remove();
  }
  // A frame and a task: what waits for the next frame (the backdrop's reads) lets go of the last element, so
  // every measurement sees the page in the same state rather than sometimes one element more.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
};
