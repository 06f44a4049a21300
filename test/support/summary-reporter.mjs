// Prints one closing line, `tests: N passed, N failed, N skipped`, counted over every
// engine, so CI logs end with a plain figure. Written at process exit, after the runner's
// own terminal output has finished.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const engines = new Set();
      for (const session of sessions) {
        engines.add(session.browser.name);
        count(session.testResults, totals);
        // A file that failed to load or crashed has no results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      process.once('exit', () => {
        process.stdout.write(`\nEngines: ${[...engines].join(', ')}\n`);
        process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
