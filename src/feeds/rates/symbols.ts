import type { Rate } from '../types.js';
import { crossRate } from './cross.js';

/** `"KZT/USD, uzs/usd"` → `[['KZT','USD'], ['UZS','USD']]`; entries that are not `A/B` are skipped. */
export function parseSymbols(symbols: string): [string, string][] {
  return symbols
    .split(',')
    .map((entry) => entry.trim().toUpperCase().split('/'))
    .filter((pair): pair is [string, string] => pair.length === 2 && !!pair[0] && !!pair[1]);
}

/**
 * The pairs `symbols` asks for, in its order: held by the feed, its inverse (the seed's `KZT/USD` is 1 ÷
 * `USD/KZT`), or a cross through a currency the feed prices both in (cross.ts). Without `symbols`, every pair
 * in the feed's order. Pairs the feed cannot give are passed to `missing`, so the caller can say so.
 */
export function pickRates(
  rates: Rate[],
  symbols: string | undefined,
  missing: (pair: string) => void,
): Rate[] {
  if (!symbols?.trim()) return rates;
  const picked: Rate[] = [];
  for (const [base, quote] of parseSymbols(symbols)) {
    const rate = crossRate(rates, base, quote);
    if (rate) picked.push(rate);
    else missing(`${base}/${quote}`);
  }
  return picked;
}
