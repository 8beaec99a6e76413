import { crossRate } from '../rates/cross.js';
import { DAY, type RateHistory, type RatePoint } from './points.js';

/**
 * One pair's points over the last `days` days of `history`, oldest first. The pair is found each day the way
 * every rate element finds it in today's rates (src/feeds/rates/cross.ts): as the source gives it, inverted
 * (`KZT/USD` from a dollar-based series), or crossed through a currency both are priced in that day (`KZT/USD`
 * from the Bank of Russia's `KZT/RUB` and `USD/RUB`). The window ends at the history's last day, not at today's
 * date: a source that stopped a week ago still shows its last `days`, and the result does not depend on the
 * reader's clock.
 */
export function seriesOf(history: RateHistory, pair: string, days: number): RatePoint[] {
  const last = history.days.at(-1);
  if (!last) return [];
  const from = last.date.getTime() - (days - 1) * DAY;
  const [base, quote] = pair.toUpperCase().split('/');
  const points: RatePoint[] = [];
  for (const { date, rates } of history.days) {
    if (date.getTime() < from) continue;
    const rate = crossRate(rates, base, quote);
    if (rate) points.push({ date, rate: rate.rate });
  }
  return points;
}
