// Case 7, reading a large feed: 10,000 articles (about 10 MB) as JSON Feed and as RSS 2.0, read by
// <nw-news-list> from the built bundle. Reading happens on the main thread, so beside the time from the end
// of the response to six cards painted it reports how long the page could not answer a click meanwhile: the
// longest task, and all long tasks (over 50 ms) together, and how much of that the browser's own parser
// takes. docs/feeds.md quotes these figures.
import { openPage, waitForPainted } from '../lib/browser.js';
import { repeat } from '../lib/repeat.js';
import { table } from '../lib/report.js';

const FEEDS = [
  { name: 'JSON Feed, 10,000 items', feed: '/gen/articles-10000.json' },
  { name: 'RSS 2.0, 10,000 items', feed: '/gen/articles-10000.rss' },
];

async function measureRead(ctx, { feed }) {
  const { page, errors } = await openPage(
    ctx.browser,
    `${ctx.origin}/pages/list-ours.html?feed=${feed}`,
  );
  try {
    const painted = await waitForPainted(page, 60_000);
    const { responseEnd, tasks } = await page.evaluate(
      (path) => ({
        responseEnd: performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes(path))?.responseEnd,
        tasks: window.__bench.longTasks.map(({ startTime, duration }) => ({ startTime, duration })),
      }),
      feed,
    );
    if (responseEnd === undefined) throw new Error(`no request for ${feed}`);
    if (errors.length) throw new Error(errors.join(' | '));
    // The tasks that ran between the response's end and the paint: reading, normalizing, rendering.
    const reading = tasks.filter(
      (task) => task.startTime + task.duration > responseEnd && task.startTime < painted,
    );
    // The part no adapter can shorten: the browser's own parser on the same bytes, timed alone afterwards.
    const parser = await page.evaluate(async (path) => {
      const text = await (await fetch(path)).text();
      const start = performance.now();
      if (path.endsWith('.rss')) new DOMParser().parseFromString(text, 'application/xml');
      else JSON.parse(text);
      return performance.now() - start;
    }, feed);
    return {
      parser,
      firstPage: painted - responseEnd,
      longest: Math.max(0, ...reading.map((task) => task.duration)),
      blocked: reading.reduce((sum, task) => sum + task.duration, 0),
    };
  } finally {
    await page.close();
  }
}

export default {
  id: 'read',
  title: 'Reading a large feed',
  async run(ctx) {
    const rows = await repeat(ctx, FEEDS, (contender) => measureRead(ctx, contender));
    const markdown = table({
      title: '10,000 articles, about 10 MB',
      columns: [
        { key: 'firstPage', label: 'response end → six cards painted, ms', digits: 0 },
        { key: 'longest', label: 'longest task, ms', digits: 0 },
        { key: 'blocked', label: 'long tasks in all, ms', digits: 0 },
        {
          key: 'parser',
          label: 'the browser’s parser alone (JSON.parse, DOMParser), ms',
          digits: 0,
        },
      ],
      rows,
    });
    return { markdown };
  },
};
