import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { axeReport, axeWatch } from "./axe";
import { serverUrl } from "./server";

export { expect } from "@playwright/test";

/**
 * Waits until React has hydrated the page (app/root.tsx sets `<html data-hydrated>`). Before then, anything
 * that writes to the DOM (a screenshot hides the caret with an inline style) shows up as a hydration mismatch.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/**
 * Waits until the page shows the router's current state, with nothing pending: hydrated, the router has no
 * navigation, revalidation or fetcher under way, and what React last committed (app/root.tsx
 * `useCommittedRouterState`) is that state: the location the history holds and each matched route's loader
 * data, idle too. The router writes the URL and its state before React renders them (in a transition, later
 * on a loaded machine), so `waitForURL` alone can leave the previous page's text on screen, and a fetcher's
 * revalidation the previous data; anything that reads the page once, without retrying (the
 * untranslated-text scans, the overflow check), waits for this first.
 */
export async function rendered(page: Page): Promise<void> {
  await hydrated(page);
  // Recorded in the same effects as `data-hydrated`, in development builds only.
  if (!(await page.evaluate(() => "__rentlineCommitted" in window)))
    throw new Error("the browser suite needs a development build: NODE_ENV=development npm run build");
  await page.waitForFunction(() => {
    type RouterState = {
      navigation: { state: string };
      revalidation: string;
      fetchers: Map<string, { state: string }>;
      matches: { route: { id: string } }[];
      loaderData: Record<string, unknown>;
    };
    const shown = window as {
      __reactRouterDataRouter?: { state: RouterState };
      // app/root.tsx `CommittedRouterState`.
      __rentlineCommitted?: { key: string; idle: boolean; data: unknown[] };
    };
    const state = shown.__reactRouterDataRouter?.state;
    const committed = shown.__rentlineCommitted;
    if (!state || !committed?.idle) return false;
    const current = (history.state as { key?: string } | null)?.key || "default";
    return (
      state.navigation.state === "idle" &&
      state.revalidation === "idle" &&
      [...state.fetchers.values()].every((fetcher) => fetcher.state === "idle") &&
      committed.key === current &&
      committed.data.length === state.matches.length &&
      state.matches.every((match, i) => committed.data[i] === state.loaderData[match.route.id])
    );
  });
}

/**
 * Makes `page.goto` return once the page it opened is interactive: for one of the app's HTML pages (a 2xx
 * or 3xx answer), once React has hydrated it. Before then a click or a keystroke can be lost or turn into a
 * native form post while React takes the page over, and a screenshot's caret style shows up as a hydration
 * mismatch: on a loaded machine that window is long, so no spec should have to remember it. Other answers
 * (a PDF, a CSV, an error page) return as Playwright gives them.
 */
function interactiveAfterGoto(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    const html = response?.headers()["content-type"]?.startsWith("text/html") ?? false;
    if (response && html && response.status() < 400) await hydrated(page);
    return response;
  };
}

/** Where specs leave files for people to look at (gitignored); failure screenshots go in per-test folders. */
const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));

type PageErrors = { seen: string[]; expected: (RegExp | string)[] };

type Fixtures = {
  /** The worker under test (started by global-setup.ts), e.g. `http://127.0.0.1:41234`. */
  baseURL: string;
  /** `tests/e2e/artifacts/`, with a trailing slash. */
  artifacts: string;
  /**
   * A fresh browser context (one signed-in person) on the worker under test, with a 15 s default timeout.
   * Every page it opens is watched: an uncaught page error, a `console.error` (React's development runtime,
   * which the suite is built with, logs hydration mismatches and its other warnings there) or a console
   * warning about hydration fails the test unless the test declared it with `expectPageError` (e.g. the
   * browser's "Failed to load resource" line for a 404 the test asks for on purpose). On failure each page
   * is screenshotted into the test's artifacts folder and the browser errors are attached. Every page is
   * also scanned by axe after each navigation and at the end of the test (tests/e2e/axe.ts): a serious or
   * critical violation fails the test with a report of the rule, the page and the nodes.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** Declares that a page error or console error matching `pattern` (substring or regex) is expected here. */
  expectPageError: (pattern: RegExp | string) => void;
  pageErrors: PageErrors;
};

/** Console lines that fail a test: every error, and any warning about hydration (server and browser disagree). */
const failsTest = (type: string, text: string) => type === "error" || (type === "warning" && /hydrat/i.test(text));

const matches = (pattern: RegExp | string, text: string) =>
  typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);

/** The browser suite's `test`: Playwright's, with the fixtures above. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  baseURL: async ({}, use) => use(serverUrl()),
  // eslint-disable-next-line no-empty-pattern
  artifacts: async ({}, use) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await use(ARTIFACTS);
  },
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, use) => use({ seen: [], expected: [] }),
  expectPageError: async ({ pageErrors }, use) => use((pattern) => void pageErrors.expected.push(pattern)),
  // Playwright's own `context` and `page` come from `newContext` too, so no page of any spec goes unwatched.
  context: async ({ newContext }, use) => use(await newContext()),
  page: async ({ context }, use) => use(await context.newPage()),
  newContext: async ({ browser, baseURL, pageErrors }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const axe = axeWatch();
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      const index = contexts.push(context) - 1;
      context.setDefaultTimeout(15_000);
      context.on("page", (page) => {
        interactiveAfterGoto(page);
        axe.watch(page);
        page.on("pageerror", (error) =>
          pageErrors.seen.push(`[page ${index} ${new URL(page.url()).pathname}] ${error.message}`),
        );
        page.on("console", (message) => {
          if (failsTest(message.type(), message.text()))
            pageErrors.seen.push(`[console ${index} ${new URL(page.url()).pathname}] ${message.text()}`);
        });
      });
      return context;
    });

    const unexpected = pageErrors.seen.filter((e) => !pageErrors.expected.some((p) => matches(p, e)));
    const passed = testInfo.status === testInfo.expectedStatus && unexpected.length === 0;
    const inaccessible = passed ? await axe.finish(contexts.flatMap((c) => c.pages())) : [];
    const failed = !passed || inaccessible.length > 0;
    if (failed) {
      if (pageErrors.seen.length)
        await testInfo.attach("browser errors", {
          body: pageErrors.seen.slice(-10).join("\n"),
          contentType: "text/plain",
        });
      for (const [i, context] of contexts.entries())
        for (const [j, page] of context.pages().entries()) {
          const path = testInfo.outputPath(`context-${i}-page-${j}.png`);
          const taken = await page.screenshot({ path, fullPage: true }).then(
            () => true,
            () => false,
          );
          if (taken) await testInfo.attach(`screenshot ${i}-${j}`, { path, contentType: "image/png" });
        }
    }
    for (const context of contexts) await context.close().catch(() => {});
    if (unexpected.length)
      throw new Error(
        `the browser reported ${unexpected.length} unexpected error(s):\n  ${unexpected.join("\n  ")}\n` +
          "If the test means it, declare it with expectPageError(/pattern/).",
      );
    if (inaccessible.length) throw new Error(axeReport(inaccessible));
  },
});
