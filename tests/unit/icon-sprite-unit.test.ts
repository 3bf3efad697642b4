import { describe, expect, it } from "vitest";
import committed from "../../app/components/ui/icons.svg?raw";
import { ICON_NAMES } from "../../app/components/ui/icon-names";
import { spriteText } from "../../scripts/icon-sprite.mjs";

describe("the icon sprite (app/components/ui/icons.svg)", () => {
  it("is what lucide-react draws for every name the app uses (run `npm run icons` after adding one)", () => {
    expect(committed).toBe(spriteText());
  });

  it("holds one symbol per name, each with lucide's 24×24 view box and at least one drawn element", () => {
    const symbols = [...committed.matchAll(/<symbol id="([a-z0-9-]+)" viewBox="0 0 24 24">(.*?)<\/symbol>/g)];
    expect(symbols.map((s) => s[1])).toEqual([...ICON_NAMES]);
    for (const [, , inner] of symbols) expect(inner).toMatch(/^<(path|circle|rect|line|polyline|polygon|ellipse)\b/);
  });
});
