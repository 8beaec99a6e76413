import type { Rate } from '../types.js';
import { pairName } from './rate.js';

// The last fix this page saw for each feed and pair, shared by every ticker on the page.
const seen = new Map<string, { rate: number; change?: number }>();

/**
 * Fills in `change` where the feed gives none, against the previous fix this page saw of the same pair from
 * the same feed. A refresh that brings the same rate keeps the change it had, rather than dropping to 0%.
 */
export function withChanges(feed: string, rates: Rate[]): Rate[] {
  return rates.map((rate) => {
    const key = `${feed} ${pairName(rate)}`;
    const previous = seen.get(key);
    let change = rate.change;
    if (change === undefined && previous) {
      change =
        previous.rate === rate.rate ? previous.change : (rate.rate / previous.rate - 1) * 100;
    }
    seen.set(key, { rate: rate.rate, change });
    return change === undefined ? rate : { ...rate, change };
  });
}

/** Forgets the fixes seen from `feed` (the feed cache was cleared: its next document starts afresh). */
export function forgetChanges(feed: string): void {
  for (const key of seen.keys()) if (key.startsWith(`${feed} `)) seen.delete(key);
}
