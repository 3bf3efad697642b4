import type { Page } from "@playwright/test";
import { rendered } from "./fixtures";
import { en } from "../../app/i18n/messages/en";
import { fr } from "../../app/i18n/messages/fr";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/**
 * The English catalogue's sentences that a page in another language must not show: those that differ from
 * the French (so not names like "Rentline") and that are whole, argument-free texts of two words or more.
 */
const ENGLISH_ONLY: ReadonlySet<string> = (() => {
  const french = flatten(fr);
  const out = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (text === french.get(key) || text.includes("{") || !/\p{L}+\s+\p{L}+/u.test(text)) continue;
    out.add(text.trim());
  }
  return out;
})();

/**
 * Every piece of text a person can read on the page (text lines, and the `title`, `placeholder`,
 * `aria-label` and `alt` attributes) that is exactly an English catalogue sentence: on a page rendered
 * in French, Ukrainian or Hebrew the list must be empty.
 */
export async function englishTextOn(page: Page): Promise<string[]> {
  await rendered(page);
  const texts = await page.evaluate(() => {
    const lines = document.body.innerText.split("\n");
    const attributes = [...document.querySelectorAll("[title],[placeholder],[aria-label],[alt]")].flatMap((el) =>
      ["title", "placeholder", "aria-label", "alt"].map((name) => el.getAttribute(name) ?? ""),
    );
    return [...lines, ...attributes, document.title];
  });
  return texts.map((t) => t.trim()).filter((t) => ENGLISH_ONLY.has(t));
}

/** Whether the page scrolls sideways (content wider than the viewport): never, at 375 px, in any language. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  await rendered(page);
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
