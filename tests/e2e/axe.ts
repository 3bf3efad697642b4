import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe on every page a browser-suite test visits (issue 14: "runs axe on every page it visits: 0 serious or
 * critical violations"). The fixtures call `watch(page)` for each page a context opens: after every
 * main-frame navigation (a document load or a client-side route change) the page is scanned once hydrated,
 * and once more at the end of the test in the state it was left in. Scans of one page run one after the
 * other; a scan the test overtakes (the page navigates or closes under it) is dropped, since the next
 * navigation gets its own scan. A page already scanned (same path and query) is not scanned again until the
 * end-of-test scan. Only serious and critical violations count (and more than one `<main>`, see
 * `ALWAYS_BLOCKING`); none is switched off.
 */

/** One violation as the report shows it: rule, impact, the page and the offending nodes. */
export type AxeFinding = { url: string; rule: string; impact: string; help: string; nodes: string[] };

const BLOCKING = new Set(["serious", "critical"]);
/**
 * Rules that block whatever axe rates them (issue 13: one `<main>` per page): a second main landmark, or one
 * inside another (a page component wrapping itself in `<main>` inside the app shell's).
 */
const ALWAYS_BLOCKING = new Set(["landmark-no-duplicate-main", "landmark-main-is-top-level"]);

async function scan(page: Page): Promise<AxeFinding[]> {
  const url = page.url();
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? "") || ALWAYS_BLOCKING.has(v.id))
    .map((v) => ({
      url: new URL(url).pathname + new URL(url).search,
      rule: v.id,
      impact: ALWAYS_BLOCKING.has(v.id) ? "serious" : (v.impact ?? ""),
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim()}`),
    }));
}

/** Waits (briefly) for React to hydrate (app/root.tsx sets `<html data-hydrated>`); error pages may not. */
const settle = (page: Page) =>
  page
    .locator("html[data-hydrated]")
    .waitFor({ state: "attached", timeout: 5_000 })
    .then(() => page.waitForLoadState("load"))
    .catch(() => {});

export type AxeWatch = {
  /** Scans `page` after each of its main-frame navigations. */
  watch: (page: Page) => void;
  /** Waits for the pending scans, scans every open page once more, and returns what was found, deduplicated. */
  finish: (pages: Page[]) => Promise<AxeFinding[]>;
};

/** The per-test watcher behind the fixtures. */
export function axeWatch(): AxeWatch {
  const findings = new Map<string, AxeFinding>();
  const queues = new Map<Page, Promise<void>>();
  const scanned = new Set<string>();
  const record = (found: AxeFinding[]) => {
    for (const f of found) findings.set(`${f.url} ${f.rule} ${f.nodes.join()}`, f);
  };
  const enqueue = (page: Page, always: boolean) => {
    const run = async () => {
      if (page.isClosed()) return;
      await settle(page);
      const key = page.url();
      if (page.isClosed() || key === "about:blank" || (!always && scanned.has(key))) return;
      scanned.add(key);
      const found = await scan(page);
      if (process.env.RENTLINE_AXE_LOG) console.log(`axe: ${key} → ${found.length} serious/critical`);
      record(found);
    };
    const next = (queues.get(page) ?? Promise.resolve()).then(run).catch(() => {});
    queues.set(page, next);
    return next;
  };
  return {
    watch(page) {
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) void enqueue(page, false);
      });
    },
    async finish(pages) {
      await Promise.all(pages.map((p) => enqueue(p, true)));
      return [...findings.values()];
    },
  };
}

/** The failure message: one block per violation, readable without opening the trace. */
export function axeReport(findings: AxeFinding[]): string {
  const blocks = findings.map(
    (f) => `  [${f.impact}] ${f.rule} on ${f.url}: ${f.help}\n${f.nodes.map((n) => `      ${n}`).join("\n")}`,
  );
  return `axe found ${findings.length} serious or critical violation(s):\n${blocks.join("\n")}`;
}
