import type { Rate } from '../types.js';
import { pairName } from './rate.js';

/** `"KZT/USD, uzs/usd"` → `[['KZT','USD'], ['UZS','USD']]`; entries that are not `A/B` are skipped. */
export function parseSymbols(symbols: string): [string, string][] {
  return symbols
    .split(',')
    .map((entry) => entry.trim().toUpperCase().split('/'))
    .filter((pair): pair is [string, string] => pair.length === 2 && !!pair[0] && !!pair[1]);
}

const invert = (rate: Rate): Rate => ({
  base: rate.quote,
  quote: rate.base,
  rate: 1 / rate.rate,
  // A rise of c% in A/B is a fall in B/A: 1/(1 + c/100) - 1.
  ...(rate.change === undefined ? {} : { change: (100 / (100 + rate.change) - 1) * 100 }),
});

/**
 * The pairs `symbols` asks for, in its order: held by the feed, or the inverse of a pair it holds (the seed's
 * `KZT/USD` is 1 ÷ `USD/KZT`). Without `symbols`, every pair in the feed's order. Pairs the feed cannot
 * give are passed to `missing`, so the caller can say so.
 */
export function pickRates(
  rates: Rate[],
  symbols: string | undefined,
  missing: (pair: string) => void,
): Rate[] {
  if (!symbols?.trim()) return rates;
  const byPair = new Map(rates.map((rate) => [pairName(rate), rate]));
  const picked: Rate[] = [];
  for (const [base, quote] of parseSymbols(symbols)) {
    const held = byPair.get(`${base}/${quote}`);
    const reverse = byPair.get(`${quote}/${base}`);
    if (held) picked.push(held);
    else if (reverse) picked.push(invert(reverse));
    else missing(`${base}/${quote}`);
  }
  return picked;
}
