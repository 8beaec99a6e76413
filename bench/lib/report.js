// Turns the cases' results into the markdown BENCHMARKS.md holds (and the console prints): a header that
// says where and when the figures were taken, the goals met or missed, then one table per case.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { medians, ratio } from './stats.js';

const format = (value, digits = 1) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
    : '—';

const version = (name) =>
  JSON.parse(
    readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
  ).version;

/** Where the figures come from: machine, load, browser, runtime, date and the run's repetitions. */
export function header({ browserVersion, runs, warmups, command, started, loadAtStart }) {
  const cpus = os.cpus();
  const load = loadAtStart.map((value) => value.toFixed(2)).join(', ');
  return [
    '# Benchmarks',
    '',
    `Regenerate with \`${command}\` (it builds \`dist/\` first). Each figure is the median of ${runs} runs`,
    `after ${warmups} warm-up run${warmups === 1 ? '' : 's'}, taken in headless Chromium driven through the DevTools protocol.`,
    '',
    '| | |',
    '|---|---|',
    `| date | ${started.toISOString()} |`,
    `| machine | ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${format(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()} |`,
    `| load average at start (1, 5, 15 min) | ${load} |`,
    `| browser | ${browserVersion} (headless, software rendering) |`,
    `| runtime | Node ${process.version} |`,
    '',
    'Contenders, all fed the same feeds from the same local server (bench/lib/server.js):',
    '',
    '- **news-widgets**: `dist/` as `npm run build` makes it; pages in bench/pages/*-ours.*.',
    `- **jQuery ${version('jquery')} + jquery.marquee ${version('jquery.marquee')}**: the classic webmaster ticker, CSS3 mode, seamless loop.`,
    `- **React ${version('react')} + react-dom + react-fast-marquee ${version('react-fast-marquee')}**: the most-used React marquee.`,
    '- **vanilla DOM**: the same list cards written by hand with `createElement`/`textContent` (bench/pages/list-vanilla.js), the floor for the list.',
    '',
    'The peers are bundled and minified by esbuild (bench/peers/build.js), production builds.',
    '',
    'Figures from a shared or busy machine are noisy: compare ratios within one run, not figures across runs. To see',
    'where a figure comes from, `node bench/profile.js list-ours.html /gen/articles-10000.json` (any bench page',
    'and feed; add a run count and `switch` for the page switch) breaks the window from the feed’s',
    'response to the painted cards down by kind of work, forced style and layout, tasks and functions.',
    '',
  ].join('\n');
}

/**
 * One case's table. `columns` are `{ key, label, digits }`; `rows` are `{ name, samples }` (one sample
 * object per run, or `skipped` with a reason). With `ratioOf`, a last column gives each row's median of
 * that key divided by the row marked `baseline`.
 */
export function table({ title, note, columns, rows, ratioOf }) {
  const baselineRow = rows.find((row) => row.baseline && row.samples?.length);
  const baseline = baselineRow && medians(baselineRow.samples)[ratioOf];
  const labels = ['', ...columns.map((c) => c.label)];
  if (ratioOf) {
    const of = columns.find((c) => c.key === ratioOf).label;
    labels.push(`${of} ÷ ${baselineRow?.short ?? baselineRow?.name ?? 'baseline'}`);
  }
  const lines = [
    `### ${title}`,
    '',
    `| ${labels.join(' | ')} |`,
    `|${labels.map((_, i) => (i ? '---:' : '---')).join('|')}|`,
  ];
  for (const row of rows) {
    if (!row.samples?.length) {
      lines.push(`| ${row.name} | ${columns.map(() => '—').join(' | ')}${ratioOf ? ' | —' : ''} |`);
      continue;
    }
    const m = medians(row.samples);
    const cells = columns.map((c) => format(m[c.key], c.digits));
    if (ratioOf) {
      const value = ratio(m[ratioOf], baseline);
      cells.push(row.baseline ? '1' : Number.isFinite(value) ? `${format(value, 2)}×` : '—');
    }
    lines.push(`| ${row.name} | ${cells.join(' | ')} |`);
  }
  const skipped = rows.filter((row) => row.skipped);
  if (skipped.length) {
    lines.push('', ...skipped.map((row) => `- ${row.name}: not measured — ${row.skipped}`));
  }
  if (note) lines.push('', note);
  return `${lines.join('\n')}\n`;
}

/** The goals the issue sets, each with the measured median and whether it was met. */
export function goals(list) {
  if (!list.length) return '';
  const lines = ['## Goals', '', '| goal | measured | met |', '|---|---:|:---:|'];
  for (const goal of list) {
    const met = goal.measured === undefined ? 'not measured' : goal.met ? 'yes' : '**no**';
    const measured =
      goal.measured === undefined
        ? '—'
        : `${format(goal.measured, goal.digits ?? 2)}${goal.unit ?? ''}`;
    lines.push(`| ${goal.label} | ${measured} | ${met} |`);
  }
  return `${lines.join('\n')}\n`;
}
