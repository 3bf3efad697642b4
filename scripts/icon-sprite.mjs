// Draws the app's icons (app/components/ui/icon-names.ts) from lucide-react into one SVG sprite,
// app/components/ui/icons.svg: a `<symbol id="<name>">` per icon holding lucide's own elements, drawn by
// <Icon name> (app/components/ui/icon.tsx) with `<use>` and lucide's default stroke. Pages' JavaScript then
// carries no drawing (issue 17 §5).
//
// `npm run icons` writes the file; `spriteText()` is also what tests/unit/icon-sprite-unit.test.ts compares
// the committed file with, so a name added without running it fails the tests.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as lucide from "lucide-react";
import { ICON_NAMES } from "../app/components/ui/icon-names.ts";

/** "circle-check" → "CircleCheck", lucide-react's export name. */
const exportName = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());

/** The sprite's text: each icon's inner elements in a `<symbol>` with lucide's 24×24 view box. */
export function spriteText() {
  const symbols = ICON_NAMES.map((name) => {
    const component = lucide[exportName(name)];
    if (!component) throw new Error(`lucide-react has no icon "${name}"`);
    const markup = renderToStaticMarkup(createElement(component));
    const inner = /^<svg[^>]*>(.*)<\/svg>$/s.exec(markup)?.[1];
    if (inner === undefined) throw new Error(`unexpected markup for "${name}"`);
    return `<symbol id="${name}" viewBox="0 0 24 24">${inner}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = fileURLToPath(new URL("../app/components/ui/icons.svg", import.meta.url));
  writeFileSync(file, spriteText());
  console.log(`icons: ${ICON_NAMES.length} symbols written to app/components/ui/icons.svg`);
}
