// Prints, at the end of a run, one line for each skipped test (`skipped on Firefox: suite ›
// test`), so a skip is named and never a stack trace; then one closing line, `tests: N passed,
// N failed, N skipped`, counted over every engine, so CI logs end with a plain figure. Written
// at process exit, after the runner's own terminal output has finished.
function count(suite, totals, skips, browser, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      skips.push(`skipped on ${browser}: ${[...here, test.name].join(' › ')}`);
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, skips, browser, here);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const skips = [];
      const engines = new Set();
      for (const session of sessions) {
        engines.add(session.browser.name);
        count(session.testResults, totals, skips, session.browser.name);
        // A file that failed to load or crashed has no results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      process.once('exit', () => {
        if (skips.length) process.stdout.write(`\n${skips.join('\n')}\n`);
        process.stdout.write(`\nEngines: ${[...engines].join(', ')}\n`);
        process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
