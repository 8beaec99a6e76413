// How a routine's time grows with its input, measured in the browser that runs the tests. Absolute times
// depend on the machine and on whatever else runs on it; the ratio between sizes n and 4n does not: about 4
// for linear work, 16 for quadratic, and a test run by hand never ends for exponential backtracking.

/**
 * The bound the tests hold growth to: linear work gives about 4, but up to 9 in Firefox on some of these inputs
 * (the 4n input outgrows a cache, or the engine switches string or regex representation), even by the fastest
 * batches; quadratic work gives 16. 12 lies between the two: a routine whose quadratic part is already twice
 * its linear part at n measures above it.
 */
export const LINEAR = 12;

/** Keeps results alive so no engine can skip the work as unused. */
let sink: unknown;

/** Milliseconds to run `routine(input)` `times` times in a row. */
function batch<T>(routine: (input: T) => unknown, input: T, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) sink = routine(input);
  return performance.now() - start;
}

/** The page clock's step: a few µs in Chromium, a whole millisecond where an engine coarsens it. */
function clockStep(): number {
  let step = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    let now = start;
    while (now === start) now = performance.now();
    step = Math.min(step, now - start);
  }
  return step;
}

/**
 * How long each measured batch lasts: twenty clock steps, so the step is lost in it, yet short, since a short
 * batch is likelier to run between two of the other processes' turns on a busy machine.
 */
const BATCH_MS = Math.max(3, 20 * clockStep());
/** Batches per size, taken in turn: small, large, small, large… */
const ROUNDS = 9;
/** Wall time the rounds of one measurement may take, so a test of several cases stays inside its timeout. */
const BUDGET_MS = 1500;
const MAX_TIMES = 1 << 18;

/**
 * The time of `routine` on `large` (4 times the size of `small`) over its time on `small`: batches of k calls
 * on `large` and 4k on `small`, taken in turn, and the fastest batch of each size counts. Other processes on a
 * busy machine only ever add time to a batch, never take it away, so the fastest of several is the routine's
 * own time; taking the sizes in turn means a quiet moment is as likely to fall on one as on the other.
 */
function measure<T>(small: T, large: T, routine: (input: T) => unknown): number {
  // The first batches compile the code at each size (and an engine compiles hot code again, faster).
  batch(routine, small, 4);
  let times = 1;
  while (batch(routine, large, times) < BATCH_MS && times < MAX_TIMES) times *= 2;
  for (;;) {
    const end = performance.now() + BUDGET_MS;
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let round = 0; round < ROUNDS && (round < 3 || performance.now() < end); round++) {
      smallMs = Math.min(smallMs, batch(routine, small, 4 * times));
      largeMs = Math.min(largeMs, batch(routine, large, times));
    }
    // A calibration slowed by a busy moment leaves batches too short to time: lengthen them and measure again.
    if (largeMs >= BATCH_MS / 2 || times >= MAX_TIMES) {
      void sink;
      return (4 * largeMs) / smallMs;
    }
    times *= 2;
  }
}

/**
 * How many times the time of `routine` grows when its input, `make(n)`, grows 4 times (see `measure`).
 * A result above LINEAR is measured once more and the lower counts: a burst of load that outlasts every batch
 * of one size can make linear work look worse once, while quadratic work looks the same every time.
 */
export function growth<T>(make: (size: number) => T, routine: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(4 * n);
  const first = measure(small, large, routine);
  return first < LINEAR ? first : Math.min(first, measure(small, large, routine));
}
