import type { FullResult, Reporter, Suite, TestCase, TestResult } from "@playwright/test/reporter";
import { workerErrors } from "./server";

/**
 * Ends the browser suite with `browser suite: N passed, N failed` (scripts/test.mjs parses it) and
 * `N passed, N failed`, and prints the worker's error lines under each failed test. When no test could
 * run (the build or the worker failed to start) it prints no count, so `npm test` counts the suite as a
 * failure instead of as "0 failed".
 */
export default class CountReporter implements Reporter {
  private suite: Suite | undefined;

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === test.expectedStatus) return;
    const errors = workerErrors();
    if (errors.length) console.log(`  worker errors (${test.title}):\n  ${errors.join("\n  ")}`);
  }

  onEnd(result: FullResult): void {
    const tests = this.suite?.allTests() ?? [];
    const outcomes = tests.map((t) => t.outcome());
    const passed = outcomes.filter((o) => o === "expected" || o === "flaky").length;
    const failed = outcomes.filter((o) => o === "unexpected").length;
    if (result.status !== "passed" && passed + failed === 0) {
      console.log(`\nbrowser suite did not run (${result.status}): see the errors above`);
      return;
    }
    console.log(`\nbrowser suite: ${passed} passed, ${failed} failed`);
    console.log(`${passed} passed, ${failed} failed`);
  }
}
