// Case 3, ticker start: from navigation to the first pair painted, everything (page, bundle, rates feed)
// served from localhost, with a fresh page each time. "Painted" is the end of the first frame in which the
// page's probe sees a pair on screen (bench/lib/browser.js); main-thread script up to then comes along.
import { metrics, waitForPainted } from '../lib/browser.js';
import { repeat } from '../lib/repeat.js';
import { table } from '../lib/report.js';
import { medians } from '../lib/stats.js';
import { TICKERS, openTicker } from './ticker-steady.js';

async function measureStart(ctx, contender, feed) {
  const { page, cdp, errors } = await openTicker(ctx, contender, feed);
  try {
    const painted = await waitForPainted(page);
    const counters = await metrics(cdp);
    if (errors.length) throw new Error(`${contender.page}: ${errors.join(' | ')}`);
    return { painted, script: counters.ScriptDuration * 1000 };
  } finally {
    await page.close();
  }
}

export default {
  id: 'ticker-start',
  title: 'Ticker, start',
  async run(ctx) {
    let markdown = '';
    const goals = [];
    for (const pairs of [5, 200]) {
      const feed = `/gen/rates-${pairs}.json`;
      const rows = await repeat(ctx, TICKERS, (contender) => measureStart(ctx, contender, feed));
      markdown += table({
        title: `${pairs} pairs: navigation → first pair painted`,
        columns: [
          { key: 'painted', label: 'first pair painted, ms', digits: 1 },
          { key: 'script', label: 'script ms, page total by then', digits: 1 },
        ],
        rows,
        ratioOf: 'painted',
      });
      markdown += '\n';
      const ours = rows.find((row) => row.ours);
      const peers = rows.filter((row) => !row.ours && row.samples.length);
      if (ours.samples.length && peers.length) {
        const fastestPeer = Math.min(...peers.map((row) => medians(row.samples).painted));
        const measured = medians(ours.samples).painted / fastestPeer;
        goals.push({
          label: `ticker start, ${pairs} pairs: first pair no later than the fastest peer`,
          measured,
          unit: '× the fastest peer',
          met: measured <= 1,
        });
      }
    }
    markdown +=
      'Times are from the navigation’s time origin. The peers load their library from the same server, as one ' +
      'bundle each; ours loads dist/rate-ticker.js as a module.\n';
    return { markdown, goals };
  },
};
