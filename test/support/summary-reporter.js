// Prints `tests: N passed, N failed` as the very last line of `npm test`. The runner redraws its
// dynamic progress after `stop()`, so the line is written when the process exits, after everything else.
// Under scripts/test.js (NW_TEST_SUMMARY names a file) the counts go to that file instead, per engine,
// and the wrapper prints the line once it has added the other steps' counts.
import { writeFileSync } from 'node:fs';

function countResults(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countResults(child, totals);
}

export function summaryReporter() {
  let engines = {};
  return {
    onTestRunFinished({ sessions }) {
      engines = {};
      for (const session of sessions) {
        const totals = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        countResults(session.testResults, totals);
        // A file that fails to load (syntax error, failed import) has no test results but errors.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    stop() {
      process.on('exit', () => {
        if (process.env.NW_TEST_SUMMARY) {
          writeFileSync(process.env.NW_TEST_SUMMARY, JSON.stringify(engines));
          return;
        }
        const sum = (key) =>
          Object.values(engines).reduce((total, counts) => total + counts[key], 0);
        const skipped = sum('skipped') ? `, ${sum('skipped')} skipped` : '';
        process.stdout.write(
          `\ntests: ${sum('passed')} passed, ${sum('failed')} failed${skipped}\n`,
        );
      });
    },
  };
}
