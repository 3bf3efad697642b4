// Writes zxcvbn-ts's common dictionaries (the common-passwords and diceware lists, and the keyboard
// adjacency graphs) to public/zxcvbn/common.json: a static asset the Worker reads through the ASSETS binding
// the first time an isolate checks a new password (worker/auth/password-strength.ts), instead of carrying
// ~220 KiB (gzipped) of word lists in its bundle. Run by scripts/subset-fonts.mjs (`npm run build`,
// `npm run dev`, `npm run fonts`, the Vitest config, the bench); does nothing when already written for the
// same package version.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const PACKAGE = "@zxcvbn-ts/language-common";
const OUT_DIR = join(root, "public/zxcvbn");
const OUT = join(OUT_DIR, "common.json");

/** Writes public/zxcvbn/common.json unless it is already there for the installed package version. */
export async function buildPasswordDictionary() {
  const version = JSON.parse(readFileSync(join(root, "node_modules", PACKAGE, "package.json"), "utf8")).version;
  if (existsSync(OUT) && JSON.parse(readFileSync(OUT, "utf8")).version === version) return { built: false };
  const { dictionary, adjacencyGraphs } = await import("@zxcvbn-ts/language-common");
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT, JSON.stringify({ version, dictionary, adjacencyGraphs }));
  return { built: true };
}
