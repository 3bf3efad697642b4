import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/messages/en";
import { fr } from "../../app/i18n/messages/fr";
import { he } from "../../app/i18n/messages/he";
import { uk } from "../../app/i18n/messages/uk";

/**
 * A link or button whose visible text is key `x` and whose accessible name is key `xFor` (the same action
 * named with its object: "Partial receipt" → "Partial receipt for March 2026") must contain its visible text
 * (WCAG 2.5.3 Label in Name; axe `label-content-name-mismatch`): speech users say what they see. A tester's
 * axe run found a receipt link whose name did not.
 */
function mismatches(lang: string, tree: Record<string, unknown>, path = ""): { pairs: number; bad: string[] } {
  let pairs = 0;
  const bad: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === "object") {
      const inner = mismatches(lang, value as Record<string, unknown>, `${path}${key}.`);
      pairs += inner.pairs;
      bad.push(...inner.bad);
      continue;
    }
    const visible = tree[key.slice(0, -3)];
    if (typeof value !== "string" || !key.endsWith("For") || typeof visible !== "string") continue;
    pairs++;
    if (!value.toLowerCase().includes(visible.toLowerCase()))
      bad.push(`${lang}: ${path}${key} "${value}" ⊅ "${visible}"`);
  }
  return { pairs, bad };
}

describe("accessible names contain the visible label", () => {
  it.each([
    ["en", en],
    ["fr", fr],
    ["he", he],
    ["uk", uk],
  ] as const)("in %s", (lang, messages) => {
    const { pairs, bad } = mismatches(lang, messages);
    expect(pairs).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
