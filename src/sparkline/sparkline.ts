import { svg, html, type TemplateResult } from 'lit';
import { changeTrend, formatChange, formatRate, stripDecimals } from '../format/number.js';
import { DAY, type RatePoint } from '../feeds/series/points.js';
import { fill } from '../i18n/plural.js';
import { wordsFor } from '../i18n/registry.js';
import { SPARKLINE, trendDays } from '../i18n/sparkline.js';

// The drawing's own units; CSS sizes the box (sparkline.styles.ts) and the line keeps its width whatever the
// box's shape, so the numbers only set the room kept for the line's round ends.
const WIDTH = 60;
const HEIGHT = 16;
const EDGE = 1.5;

const round = (n: number) => Math.round(n * 100) / 100;

/** The facts a sparkline states, already written as numbers of the locale. */
export interface TrendFacts {
  direction: 'up' | 'down' | 'unchanged';
  change: string;
  days: number;
  low: string;
  high: string;
}

/** A sparkline's text alternative in `locale`'s language, or "no history yet" without facts. */
export function describeTrend(locale: string, facts: TrendFacts | undefined): string {
  const words = wordsFor(locale, SPARKLINE);
  if (!facts) return words.trendNone;
  const days = trendDays(locale, facts.days);
  const { direction, change, low, high } = facts;
  const trend = { up: words.trendUp, down: words.trendDown, unchanged: words.trendFlat }[direction];
  return `${fill(trend, { change, days })}, ${fill(words.trendRange, { low, high })}`;
}

/** The lowest and highest rate of `points`, in one pass. */
function rangeOf(points: readonly RatePoint[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const { rate } of points) {
    low = Math.min(low, rate);
    high = Math.max(high, rate);
  }
  return [low, high];
}

/** What the line says, for the text alternative; undefined for fewer than two days. */
export function trendFacts(points: readonly RatePoint[], locale: string): TrendFacts | undefined {
  if (points.length < 2) return undefined;
  const [low, high] = rangeOf(points);
  const first = points[0];
  const last = points[points.length - 1];
  const percent = (last.rate / first.rate - 1) * 100;
  const decimals = stripDecimals([low, high]);
  return {
    direction: changeTrend(percent),
    change: formatChange(Math.abs(percent), locale),
    days: Math.round((last.date.getTime() - first.date.getTime()) / DAY),
    low: formatRate(low, locale, decimals),
    high: formatRate(high, locale, decimals),
  };
}

/**
 * The `points` attribute of the line: x by date (a weekend without fixes is a gap in time, not a squeezed
 * step), y from the lowest rate at the bottom to the highest at the top. A flat line runs through the
 * middle; a single point is a line of no length, which round caps draw as a dot.
 */
export function linePoints(points: readonly RatePoint[]): string {
  if (!points.length) return '';
  const first = points[0].date.getTime();
  const span = points[points.length - 1].date.getTime() - first;
  const [low, high] = rangeOf(points);
  const x = (time: number) =>
    span ? EDGE + ((time - first) / span) * (WIDTH - 2 * EDGE) : WIDTH / 2;
  // Relative to the lowest rate, so values near 1e300 or 1e-300 scale without overflowing to Infinity.
  const y = (rate: number) =>
    high > low ? HEIGHT - EDGE - ((rate - low) / (high - low)) * (HEIGHT - 2 * EDGE) : HEIGHT / 2;
  const xy = points.map(({ date, rate }) => `${round(x(date.getTime()))},${round(y(rate))}`);
  return (xy.length === 1 ? [xy[0], xy[0]] : xy).join(' ');
}

/**
 * A sparkline of `points` as inline SVG, for any element's template (with `sparklineStyles` in its styles):
 * an image whose accessible name says what the line shows in `locale`'s language ("up 1.2% over 30 days,
 * low 0.01121, high 0.01150"), coloured by its direction with the up / down / flat palette. No chart library,
 * no style attribute: it draws under `style-src 'self'`.
 */
export function sparkline(points: readonly RatePoint[], locale: string): TemplateResult {
  const facts = trendFacts(points, locale);
  const line = linePoints(points);
  return html`<svg
    part="sparkline"
    class="sparkline ${facts?.direction ?? 'unchanged'}"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    preserveAspectRatio="none"
    role="img"
    aria-label=${describeTrend(locale, facts)}
  >
    ${line ? svg`<polyline points=${line}></polyline>` : ''}
  </svg>`;
}
