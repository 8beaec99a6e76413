// How a routine's time grows with its input, measured in the browser that runs the tests. Absolute times
// depend on the machine and on whatever else runs on it; the ratio between sizes n and 4n does not: about 4
// for linear work, 16 for quadratic, and a test run by hand never ends for exponential backtracking.

/**
 * The bound the tests hold growth to: linear work gives about 4 (a little more once the input outgrows a
 * cache), quadratic work 16. Twice linear leaves room for a loaded machine without letting quadratic through.
 */
export const LINEAR = 8;

/** Keeps results alive so no engine can skip the work as unused. */
let sink: unknown;

/** Milliseconds to run `routine(input)` `times` times in a row. */
function batch<T>(routine: (input: T) => unknown, input: T, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) sink = routine(input);
  return performance.now() - start;
}

/** How long each measured batch lasts: long beside Firefox's 1 ms timer granularity, short for the suite. */
const BATCH_MS = 20;
const PAIRS = 5;
const MAX_TIMES = 1 << 18;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * The time of `routine` on `large` (4 times the size of `small`) over its time on `small`, measured as pairs
 * of batches of one length: k calls on `large`, 4k on `small`. On a busy machine other processes take a share
 * of every batch, and batches of one length take the same share, where a short batch would more often slip
 * through untouched than a long one. Each pair runs back to back and the median pair counts.
 */
function measure<T>(small: T, large: T, routine: (input: T) => unknown): number {
  let times = 1;
  for (let attempt = 1; ; attempt++) {
    // The first batches compile the code at each size (and an engine compiles hot code again, faster).
    batch(routine, small, 4 * times);
    while (batch(routine, large, times) < BATCH_MS && times < MAX_TIMES) times *= 2;
    const ratios: number[] = [];
    const largeMs: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const smallMs = batch(routine, small, 4 * times);
      largeMs.push(batch(routine, large, times));
      ratios.push((4 * largeMs[pair]) / Math.max(smallMs, 0.1));
    }
    // A calibration slowed by a busy moment leaves batches too short to time: lengthen them and measure again.
    if (median(largeMs) >= BATCH_MS / 2 || attempt === 4 || times >= MAX_TIMES) {
      void sink;
      return median(ratios);
    }
    times *= 2;
  }
}

/**
 * How many times the time of `routine` grows when its input, `make(n)`, grows 4 times (see `measure`).
 * A result above LINEAR is measured again, up to three times in all, and the lowest counts: a burst of load
 * on the machine can make linear work look worse once, while quadratic work looks the same every time.
 */
export function growth<T>(make: (size: number) => T, routine: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(4 * n);
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= LINEAR; attempt++)
    lowest = Math.min(lowest, measure(small, large, routine));
  return lowest;
}
