// Repetition for every case: warm-up runs first (their figures are thrown away), then the measured runs,
// with the contenders interleaved inside each run so a burst of load on a shared machine lands on all of
// them alike instead of on whichever happened to be measured at that moment.

/** Thrown by a measurement when the thing to measure does not exist yet (e.g. an element not built). */
export class Skip extends Error {}

/**
 * Measures every contender `warmups + runs` times. `measure(contender, { warmup })` resolves to one
 * sample object.
 * Resolves to the rows the report's `table()` takes: `{ name, baseline, samples }` or `{ name, skipped }`.
 */
export async function repeat({ warmups, runs, log }, contenders, measure) {
  const rows = contenders.map((contender) => ({ ...contender, samples: [] }));
  for (let round = 0; round < warmups + runs; round++) {
    for (const row of rows) {
      if (row.skipped) continue;
      try {
        const sample = await measure(row, { warmup: round < warmups });
        if (round >= warmups) row.samples.push(sample);
      } catch (error) {
        if (!(error instanceof Skip)) throw error;
        row.skipped = error.message;
        row.samples = [];
      }
    }
    log?.(`    ${round < warmups ? 'warm-up' : `run ${round - warmups + 1}/${runs}`} done`);
  }
  return rows;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
