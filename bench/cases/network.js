// Case 5, network: twenty elements on one feed, refreshing. Counts the requests the server sees for the
// first load and for one refresh (the feed client's shared cache should make both exactly 1), and what
// the refresh cost on the wire when the feed has not changed and the server answers 304 (the feed
// server's `?etag=1`).
import { openPage } from '../lib/browser.js';
import { Skip, repeat, sleep } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';

const COUNT = 20;
const REFRESH_SECONDS = 2;

const SETUPS = [
  {
    name: `${COUNT} × <nw-rate-ticker> on one rates feed`,
    tag: 'nw-rate-ticker',
    feed: '/gen/rates-200.json',
  },
  {
    name: `${COUNT} × <nw-news-list> on one JSON Feed`,
    tag: 'nw-news-list',
    feed: '/gen/articles-50.json',
  },
];

/** Resolves once `test()` holds, or after `timeout` ms; returns whether it held. */
async function until(test, timeout) {
  for (const start = Date.now(); Date.now() - start < timeout; await sleep(50)) {
    if (test()) return true;
  }
  return test();
}

async function measureNetwork(ctx, setup) {
  const { browser, origin, server } = ctx;
  const url = `${origin}/pages/many.html?tag=${setup.tag}&count=${COUNT}&refresh=${REFRESH_SECONDS}&feed=${encodeURIComponent(`${setup.feed}?etag=1`)}`;
  const { page, cdp, errors } = await openPage(browser, 'about:blank');
  try {
    await cdp.send('Network.enable');
    // A cold first load: the warm-up left the feed in the browser's HTTP cache.
    await cdp.send('Network.clearBrowserCache');
    const before = server.requests(setup.feed).length;
    const seen = () => server.requests(setup.feed).slice(before);
    await page.goto(url, { waitUntil: 'load' });
    if (!(await page.evaluate((tag) => Boolean(customElements.get(tag)), setup.tag))) {
      throw new Skip(`<${setup.tag}> is not in dist/news-widgets.js yet`);
    }
    await until(() => seen().length > 0, 5000);
    // Give any element that would fetch on its own the time to do so.
    await sleep(500);
    const firstLoad = seen().length;
    const refreshed = await until(() => seen().length > firstLoad, REFRESH_SECONDS * 1000 + 3000);
    await sleep(500);
    if (errors.length) throw new Error(`many.html: ${errors.join(' | ')}`);
    const [first] = seen();
    const refresh = seen().at(-1);
    return {
      firstLoad,
      perRefresh: refreshed ? seen().length - firstLoad : NaN,
      firstBytes: first.bytes,
      refreshBytes: refreshed ? refresh.bytes : NaN,
      refresh304: refreshed && refresh.status === 304 ? 1 : 0,
    };
  } finally {
    await page.close();
  }
}

export default {
  id: 'network',
  title: 'Network',
  async run(ctx) {
    const rows = await repeat(ctx, SETUPS, (setup) => measureNetwork(ctx, setup));
    const markdown = table({
      title: `${COUNT} elements on one feed, refresh every ${REFRESH_SECONDS} s`,
      columns: [
        { key: 'firstLoad', label: 'requests, first load', digits: 1 },
        { key: 'perRefresh', label: 'requests per refresh', digits: 1 },
        { key: 'firstBytes', label: 'bytes, first load', digits: 0 },
        { key: 'refreshBytes', label: 'bytes, unchanged refresh', digits: 0 },
        { key: 'refresh304', label: 'refresh answered 304', digits: 0 },
      ],
      rows,
      note:
        'Requests and bytes are counted by the server: bytes are what it wrote to the socket for that response ' +
        '(status line, headers and body; no compression). "—" in the refresh columns means no refresh was seen within the refresh period plus 3 s.',
    });
    const goals = rows.flatMap((row) => {
      if (!row.samples.length) return [{ label: `${row.name}: 1 request per refresh` }];
      const m = medians(row.samples);
      return [
        {
          label: `${row.name}: 1 request on first load`,
          measured: m.firstLoad,
          digits: 0,
          met: m.firstLoad === 1,
        },
        {
          label: `${row.name}: 1 request per refresh`,
          measured: m.perRefresh,
          digits: 0,
          met: m.perRefresh === 1,
        },
      ];
    });
    return { markdown, goals };
  },
};
