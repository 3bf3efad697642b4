import { afterEach, beforeEach } from "vitest";

/**
 * Tests fail on `console.error` unless they say they expect it (the epic-stack `setup-test-env` rule).
 * The worker's logger writes its level-"error" JSON lines through `console.error`, so an unhandled 500,
 * a dead-lettered job or a rejected queue message fails the test that caused it unless the test calls
 * `expectConsoleError(/what it expects/)` first. Loaded for every test file (vitest.config.ts
 * `setupFiles`); the guard is a plain function, not a spy, so a test's own `vi.spyOn(console, "error")`
 * still works and `mockRestore()` puts the guard back.
 */

type Expected = { pattern: RegExp | string; lines: string[] };

let expected: Expected[] = [];
let unexpected: string[] = [];

function lineOf(args: unknown[]): string {
  return args
    .map((arg) => {
      if (typeof arg === "string") return arg;
      if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`;
      try {
        return JSON.stringify(arg);
      } catch {
        return String(arg);
      }
    })
    .join(" ");
}

const matches = (pattern: RegExp | string, line: string) =>
  typeof pattern === "string" ? line.includes(pattern) : pattern.test(line);

const forward = console.error;
console.error = (...args: unknown[]) => {
  const line = lineOf(args);
  const expectation = expected.find((e) => matches(e.pattern, line));
  if (expectation) {
    expectation.lines.push(line);
    return;
  }
  unexpected.push(line);
  forward.apply(console, args);
};

beforeEach(() => {
  expected = [];
  unexpected = [];
});

afterEach(() => {
  const lines = unexpected;
  unexpected = [];
  expected = [];
  if (lines.length === 0) return;
  throw new Error(
    `console.error was called ${lines.length} time(s) during this test:\n${lines.map((l) => `  ${l.slice(0, 500)}`).join("\n")}\n` +
      "If the test means it, declare it first with expectConsoleError(/pattern/) from tests/setup/console.ts.",
  );
});

/**
 * Declares that the current test expects `console.error` output matching `pattern` (a substring or a
 * regular expression tested against the printed line, e.g. `/"msg":"pdf job dead-lettered"/`). Matching
 * lines are kept out of the output and returned (the array fills as they arrive), so the test can assert
 * on them; any other `console.error` still fails the test. Lasts until the end of the test.
 */
export function expectConsoleError(pattern: RegExp | string): string[] {
  const expectation: Expected = { pattern, lines: [] };
  expected.push(expectation);
  return expectation.lines;
}
