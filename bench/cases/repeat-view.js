// Case: repeat views. A returning reader's page, from navigation to the first pair / six cards painted, against
// the same reader's first visit, for our widgets (which show the copy of the feed kept in localStorage at once,
// src/feeds/store.ts, then revalidate it) and for the peers (which wait for the feed every time).
//
// Each sample is one reader: a fresh browser profile (an incognito context: empty HTTP cache, empty storage)
// opening the page three times:
//   first view        — nothing cached;
//   repeat, no copy   — the HTTP cache warm (bundle, and the feed to revalidate), localStorage emptied before
//                       the page's scripts run: what a returning reader got before stored copies;
//   repeat view       — the HTTP cache warm and the stored copy there (ours only; for the peers it is the
//                       same as the row above).
// The feed is answered at once (localhost), and after 300 ms (`delay=300`: a feed across a mobile network, or a
// relay that has to ask the feed's origin), which is where a copy matters.
import { installProbes, metrics } from '../lib/browser.js';
import { Skip, repeat } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';
import { TICKERS } from './ticker-steady.js';

const LISTS = [
  {
    name: 'news-widgets <nw-news-list>',
    short: 'ours',
    page: 'list-ours.html',
    element: 'nw-news-list',
    ours: true,
  },
  { name: 'vanilla DOM', page: 'list-vanilla.html' },
];

/** Opens `url` in `context` with the bench probes; resolves with when the probe held, painted (ms). */
async function paintedIn(context, url, { emptyStorage = false, element } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    if (emptyStorage) await page.evaluateOnNewDocument(() => localStorage.clear());
    await page.evaluateOnNewDocument(installProbes);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (element && !(await page.evaluate((tag) => !!customElements.get(tag), element))) {
      throw new Skip(`<${element}> is not in the bundle`);
    }
    await page.waitForFunction(() => window.__bench.painted !== undefined, {
      timeout: 15_000,
      polling: 50,
    });
    const painted = await page.evaluate(() => window.__bench.painted);
    const { ScriptDuration } = await metrics(cdp);
    if (errors.length) throw new Error(`${url}: ${errors.join(' | ')}`);
    return { painted, script: ScriptDuration * 1000 };
  } finally {
    await page.close();
  }
}

/** One reader's three visits to `contender`'s page on `feed`. */
async function visits(ctx, contender, feed) {
  const url = `${ctx.origin}/pages/${contender.page}?feed=${encodeURIComponent(feed)}`;
  const context = await ctx.browser.createBrowserContext();
  const element = contender.ours ? (contender.element ?? 'nw-rate-ticker') : undefined;
  try {
    const first = await paintedIn(context, url, { element });
    const noCopy = await paintedIn(context, url, { element, emptyStorage: true });
    const repeatView = contender.ours ? await paintedIn(context, url, { element }) : noCopy;
    return {
      first: first.painted,
      noCopy: noCopy.painted,
      repeat: repeatView.painted,
      script: repeatView.script,
      speedup: first.painted / repeatView.painted,
    };
  } finally {
    await context.close();
  }
}

const COLUMNS = [
  { key: 'first', label: 'first view, ms', digits: 1 },
  { key: 'noCopy', label: 'repeat, no stored copy, ms', digits: 1 },
  { key: 'repeat', label: 'repeat view, ms', digits: 1 },
  { key: 'speedup', label: 'first ÷ repeat (same run)', digits: 2 },
  { key: 'script', label: 'script ms by then (repeat)', digits: 1 },
];

export default {
  id: 'repeat-view',
  title: 'Repeat views',
  async run(ctx) {
    let markdown = '';
    const goals = [];
    const groups = [
      {
        what: 'ticker, 5 pairs: navigation → first pair painted',
        contenders: TICKERS,
        feed: '/gen/rates-5.json',
      },
      {
        what: 'list, 50 items: navigation → six cards painted',
        contenders: LISTS,
        feed: '/gen/articles-50.json',
      },
    ];
    for (const { what, contenders, feed } of groups) {
      for (const delay of [0, 300]) {
        const asked = delay ? `${feed}?delay=${delay}` : feed;
        ctx.log(`  ${what}, feed after ${delay} ms`);
        const rows = await repeat(ctx, contenders, (contender) => visits(ctx, contender, asked));
        const baseline = rows.find((row) => row.ours);
        if (baseline) baseline.baseline = true;
        markdown += table({
          title: `${what}, feed answering ${delay ? `after ${delay} ms` : 'at once (localhost)'}`,
          columns: COLUMNS,
          rows,
          ratioOf: 'repeat',
        });
        markdown += '\n';
        const ours = baseline?.samples.length && medians(baseline.samples);
        const peers = rows.filter((row) => !row.ours && row.samples.length);
        if (ours && delay) {
          goals.push({
            label: `repeat view, ${what.split(':')[0]}, feed after ${delay} ms: painted before the feed answers`,
            measured: ours.repeat / ours.noCopy,
            unit: '× the repeat view without a stored copy',
            met: ours.repeat < ours.noCopy - delay / 2,
          });
          if (peers.length) {
            const fastest = Math.min(...peers.map((row) => medians(row.samples).repeat));
            goals.push({
              label: `repeat view, ${what.split(':')[0]}, feed after ${delay} ms: no later than the fastest peer`,
              measured: ours.repeat / fastest,
              unit: '× the fastest peer',
              met: ours.repeat <= fastest,
            });
          }
        }
      }
    }
    markdown +=
      'Times are from the navigation’s time origin, medians per column (so "first ÷ repeat" is the median of each ' +
      'reader’s own ratio, not the ratio of the medians). The last column of each table divides each row’s repeat ' +
      'view by ours. Each reader is a fresh incognito profile; "repeat, no stored copy" has the warm HTTP cache ' +
      'of a returning reader but an emptied localStorage.\n';
    return { markdown, goals };
  },
};
