import { pickRates } from '../rates/symbols.js';
import { DAY, type RateHistory, type RatePoint } from './points.js';

/**
 * One pair's points over the last `days` days of `history`, oldest first. The pair is found each day the way
 * the ticker finds it in today's rates (src/feeds/rates/symbols.ts): as the source gives it, or inverted, so
 * `KZT/USD` comes from a dollar-based series. The window ends at the history's last day, not at today's
 * date: a source that stopped a week ago still shows its last `days`, and the result does not depend on the
 * reader's clock.
 */
export function seriesOf(history: RateHistory, pair: string, days: number): RatePoint[] {
  const last = history.days.at(-1);
  if (!last) return [];
  const from = last.date.getTime() - (days - 1) * DAY;
  const points: RatePoint[] = [];
  for (const { date, rates } of history.days) {
    if (date.getTime() < from) continue;
    const [rate] = pickRates(rates, pair, () => {});
    if (rate) points.push({ date, rate: rate.rate });
  }
  return points;
}
