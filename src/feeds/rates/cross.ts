import type { Rate } from '../types.js';

/** One way across a pair: forwards (1 base = rate quote) or backwards (1 quote = 1/rate base). */
interface Leg {
  to: string;
  rate: Rate;
  inverse: boolean;
}

/** Every currency a sheet names, and the pairs that join it to others, in the feed's order. */
type Graph = Map<string, Leg[]>;

// A table sorts and a converter converts on every keystroke, over the same sheet: one graph per rates list.
const graphs = new WeakMap<readonly Rate[], Graph>();

function graphOf(rates: readonly Rate[]): Graph {
  const graph = graphs.get(rates);
  if (graph) return graph;
  const built: Graph = new Map();
  const add = (code: string, leg: Leg) => {
    const legs = built.get(code);
    if (legs) legs.push(leg);
    else built.set(code, [leg]);
  };
  for (const rate of rates) {
    add(rate.base, { to: rate.quote, rate, inverse: false });
    add(rate.quote, { to: rate.base, rate, inverse: true });
  }
  graphs.set(rates, built);
  return built;
}

/** The currencies `rates` can price, in the order the feed first names them (a CBR sheet: its codes, then RUB). */
export function currenciesOf(rates: readonly Rate[]): string[] {
  return [...graphOf(rates).keys()];
}

/** The fewest pairs that lead from `from` to `to` (breadth first, ties to the feed's order), or undefined. */
function route(graph: Graph, from: string, to: string): Leg[] | undefined {
  const cameBy = new Map<string, Leg | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !cameBy.has(to); i++) {
    for (const leg of graph.get(queue[i]) ?? []) {
      if (cameBy.has(leg.to)) continue;
      cameBy.set(leg.to, leg);
      queue.push(leg.to);
    }
  }
  if (!cameBy.has(to)) return undefined;
  const legs: Leg[] = [];
  for (let code = to, leg = cameBy.get(code); leg; leg = cameBy.get(code)) {
    legs.unshift(leg);
    code = leg.inverse ? leg.rate.quote : leg.rate.base;
  }
  return legs;
}

/**
 * The rate of `base`/`quote` from a sheet: the pair itself when the feed holds it (with its quantity); else
 * worked out across the pairs it holds — the inverse of a pair (`KZT/USD` = 1 ÷ `USD/KZT`), or a cross through
 * a currency both sides are priced in (a Bank of Russia sheet prices `KZT/USD` as `KZT/RUB` ÷ `USD/RUB`).
 * A worked-out pair has a change only when every pair it crosses has one: the changes compound, since
 * each leg's new rate is (1 + change / 100) times its old. Undefined when the feed cannot price the pair.
 */
export function crossRate(rates: readonly Rate[], base: string, quote: string): Rate | undefined {
  if (base === quote) return undefined;
  const graph = graphOf(rates);
  const held = graph.get(base)?.find((leg) => leg.to === quote && !leg.inverse);
  if (held) return held.rate;
  const legs = route(graph, base, quote);
  if (!legs) return undefined;
  let rate = 1;
  let factor: number | undefined = 1;
  for (const leg of legs) {
    const { rate: value, change } = leg.rate;
    rate *= leg.inverse ? 1 / value : value;
    if (factor === undefined || change === undefined) factor = undefined;
    else factor *= leg.inverse ? 100 / (100 + change) : (100 + change) / 100;
  }
  // Rates far apart (a thousand-currency sheet from 1e-9 to 1e9) can multiply past what a double holds.
  if (!(rate > 0) || !Number.isFinite(rate)) return undefined;
  return {
    base,
    quote,
    rate,
    ...(factor !== undefined && Number.isFinite(factor) && { change: (factor - 1) * 100 }),
  };
}

/** `amount` of `from` in `to` at the sheet's rates; undefined when the feed cannot price the pair. */
export function convert(
  rates: readonly Rate[],
  amount: number,
  from: string,
  to: string,
): number | undefined {
  if (from === to) return currenciesOf(rates).includes(from) ? amount : undefined;
  const rate = crossRate(rates, from, to);
  return rate && amount * rate.rate;
}
