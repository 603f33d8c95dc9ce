import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with a plain "N passed, N failed" line that any CI log reader understands. A file or
 * suite that fails outside any test (a broken import, a failing beforeAll) counts as failed too, and
 * the tests it skipped are reported as skipped, never as passed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenSuites = 0;
    for (const module of modules) {
      if (module.state() === 'failed' && module.errors().length > 0) brokenSuites++;
      for (const suite of module.children.allSuites()) if (suite.errors().length > 0) brokenSuites++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const broken = brokenSuites
      ? `, ${brokenSuites} suite${brokenSuites === 1 ? '' : 's'} failed to run`
      : '';
    process.stdout.write(
      `\nvitest: ${passed} passed, ${failed + brokenSuites} failed${broken}${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
