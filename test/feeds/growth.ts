// How a routine's time grows with its input, measured in the browser that runs the tests. Absolute times
// depend on the machine and on whatever else runs on it; the ratio between sizes n and 16n does not: about 16
// for linear work, 256 for quadratic, and a test run by hand never ends for exponential backtracking.

/** How much larger the large input is than the small one. */
const FACTOR = 16;

/**
 * The bound the tests hold growth to: linear work gives about 16 (more in Firefox on some of these inputs, where
 * the large input outgrows a cache or the engine switches string or regex representation), quadratic work
 * 256. 64 lies a factor of 4 from each, so a burst of load that slows one size's every batch by up to 4 times
 * cannot fail linear work, while quadratic work cannot pass. (At sizes n and 4n the bound was 12 between 4 and
 * 16: a margin of 1.3 to 3, which a busy machine crossed now and then.)
 */
export const LINEAR = 64;

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
 * The time of `routine` on `large` (FACTOR times the size of `small`) over its time on `small`: batches of k
 * calls on `large` and FACTOR·k on `small`, taken in turn, and the fastest batch of each size counts. Other processes on a
 * busy machine only ever add time to a batch, never take it away, so the fastest of several is the routine's
 * own time; taking the sizes in turn means a quiet moment is as likely to fall on one as on the other.
 */
function measure<T>(small: T, large: T, routine: (input: T) => unknown): number {
  // The first batches compile the code at each size (and an engine compiles hot code again, faster).
  batch(routine, small, FACTOR);
  let times = 1;
  while (batch(routine, large, times) < BATCH_MS && times < MAX_TIMES) times *= 2;
  for (;;) {
    const end = performance.now() + BUDGET_MS;
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let round = 0; round < ROUNDS && (round < 3 || performance.now() < end); round++) {
      smallMs = Math.min(smallMs, batch(routine, small, FACTOR * times));
      largeMs = Math.min(largeMs, batch(routine, large, times));
    }
    // A calibration slowed by a busy moment leaves batches too short to time: lengthen them and measure again.
    if (largeMs >= BATCH_MS / 2 || times >= MAX_TIMES) {
      void sink;
      return (FACTOR * largeMs) / smallMs;
    }
    times *= 2;
  }
}

/** Measurements one case may take when the first is not below LINEAR. */
const ATTEMPTS = 3;

/**
 * How many times the time of `routine` grows when its input, `make(n)`, grows FACTOR times (see `measure`).
 * A result not below LINEAR is measured again, up to ATTEMPTS times, and the lowest counts: a burst of load
 * that outlasts every batch of one size can make linear work look worse now and then (twice in a row once,
 * in Firefox on a machine at load 15), while quadratic work looks the same every time.
 */
export function growth<T>(make: (size: number) => T, routine: (input: T) => unknown, n: number) {
  const small = make(n);
  const large = make(FACTOR * n);
  let lowest = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && lowest >= LINEAR; attempt++)
    lowest = Math.min(lowest, measure(small, large, routine));
  return lowest;
}
