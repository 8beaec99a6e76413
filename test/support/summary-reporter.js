// Prints `tests: N passed, N failed` as the very last line of `npm test`. The runner redraws its
// dynamic progress after `stop()`, so the line is written when the process exits, after everything else.
function countResults(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countResults(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  let sessionErrors = 0;
  return {
    onTestRunFinished({ sessions }) {
      Object.assign(totals, { passed: 0, failed: 0, skipped: 0 });
      sessionErrors = 0;
      for (const session of sessions) {
        countResults(session.testResults, totals);
        // A file that fails to load (syntax error, failed import) has no test results but errors.
        if (!session.passed && (session.errors?.length ?? 0) > 0) sessionErrors++;
      }
    },
    stop() {
      process.on('exit', () => {
        const failed = totals.failed + sessionErrors;
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\ntests: ${totals.passed} passed, ${failed} failed${skipped}\n`);
      });
    },
  };
}
