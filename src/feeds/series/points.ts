// The normalized model of rate history, and the one way adapters build it: every point a feed offers goes
// through `HistoryBuilder.add`, which checks it like a current rate (codes, a positive finite rate) and puts it
// on its UTC day, so no adapter can hand the elements a point the ticker would refuse.
import { feedError } from '../errors.js';
import { dayOf, pairName } from '../rates/rate.js';
import type { Rate } from '../types.js';

/** One fix of one pair: the rate per unit (1 base = `rate` quote) on a UTC day. */
export interface RatePoint {
  /** Midnight UTC of the day the rate was fixed for. */
  date: Date;
  rate: number;
}

/** The rates of one day, every pair the source gave for it. */
export interface HistoryDay {
  date: Date;
  rates: Rate[];
}

/** A history source as read: its days in ascending order, each day once. */
export interface RateHistory {
  days: HistoryDay[];
  /** Which adapter read it (`frankfurter`, `cbr-dynamic`, `nbk-day`, `own`); joined with `+` when merged. */
  format: string;
}

export const DAY = 86_400_000;

/**
 * More points than any chart of days can use (a year of 270 pairs). Past it a document is refused before it
 * costs the page its memory; points are counted as they are added, so refusing is as cheap as reading.
 */
export const MAX_POINTS = 100_000;

// Days a rate could have been fixed on: a year 3000 or 1066 is a typo or an attack, not a fix.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** Midnight UTC of the day `value` names (`2025-12-01`, `01.12.2025`, a date-time), or undefined. */
export function utcDay(value: unknown): number | undefined {
  const time = dayOf(value)?.getTime();
  if (time === undefined || time < EARLIEST || time > LATEST) return undefined;
  return Math.floor(time / DAY) * DAY;
}

/**
 * Gathers a source's points in any order, with repeats, and hands back sorted days. A pair given twice for
 * one day keeps the first, as a rates feed does with a pair listed twice. Linear in the points added, plus one
 * sort of the distinct days.
 */
export class HistoryBuilder {
  private readonly byDay = new Map<number, Map<string, Rate>>();
  private points = 0;

  constructor(readonly url: string) {}

  /** Adds `rate` on the day `day` names; a point without a readable day or rate is left out. */
  add(day: unknown, rate: Rate | undefined): void {
    const time = rate && utcDay(day);
    if (time === undefined || !rate) return;
    if (++this.points > MAX_POINTS) {
      throw feedError('format', this.url, `holds more than ${MAX_POINTS} history points`);
    }
    let rates = this.byDay.get(time);
    if (!rates) this.byDay.set(time, (rates = new Map()));
    const pair = pairName(rate);
    // Points are per unit, like rates; the quantity a bank quotes is a matter of showing today's rate.
    if (!rates.has(pair)) rates.set(pair, { base: rate.base, quote: rate.quote, rate: rate.rate });
  }

  /** Stops with a `format` error that says what is wrong with the document. */
  fail(what: string): never {
    throw feedError('format', this.url, what);
  }

  /** The days gathered, oldest first; a `format` error when the document held no point at all. */
  build(format: string): RateHistory {
    if (!this.byDay.size) this.fail('has no rate history news-widgets can read');
    return { days: sortedDays(this.byDay), format };
  }
}

/** Days keyed by their UTC midnight, each with its pairs, as a list oldest first. */
const sortedDays = (byDay: Map<number, Map<string, Rate>>): HistoryDay[] =>
  [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([time, rates]) => ({ date: new Date(time), rates: [...rates.values()] }));

/**
 * One history from several documents (a day per document, or a currency per document): the days of all, in
 * order, a pair on a day taken from the first document that has it.
 */
export function mergeHistories(histories: readonly RateHistory[]): RateHistory | undefined {
  if (histories.length < 2) return histories[0];
  const byDay = new Map<number, Map<string, Rate>>();
  for (const { days } of histories) {
    for (const { date, rates } of days) {
      let pairs = byDay.get(date.getTime());
      if (!pairs) byDay.set(date.getTime(), (pairs = new Map()));
      for (const rate of rates) if (!pairs.has(pairName(rate))) pairs.set(pairName(rate), rate);
    }
  }
  return {
    days: sortedDays(byDay),
    format: [...new Set(histories.map((history) => history.format))].join('+'),
  };
}
