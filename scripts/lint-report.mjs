// Lint violations per folder and rule, with every file:line, so each feature owner sees what is theirs.
// Usage: node scripts/lint-report.mjs [eslint-json] [out]   (without a JSON file, runs `eslint . -f json`;
// without `out`, prints). Folders are two levels deep (worker/rent, app/routes, tests/integration).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { root } from "./lib.mjs";

const [input, out] = process.argv.slice(2);
const json = input
  ? readFileSync(input, "utf8")
  : spawnSync("eslint", [".", "-f", "json"], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }).stdout;

/** @type {Map<string, Map<string, string[]>>} folder → rule → ["file:line", …] */
const byFolder = new Map();
let total = 0;
for (const file of JSON.parse(json)) {
  const path = relative(root, file.filePath);
  const folder = path.split("/").slice(0, -1).slice(0, 2).join("/") || ".";
  for (const message of file.messages) {
    const rule = message.ruleId ?? "(parse error)";
    const rules = byFolder.get(folder) ?? new Map();
    byFolder.set(folder, rules);
    rules.set(rule, [...(rules.get(rule) ?? []), `${path}:${message.line}`]);
    total++;
  }
}

const lines = [
  `eslint: ${total} problems in ${byFolder.size} folders (npm run lint:report; npm run lint for the details)`,
  "",
];
lines.push("folder\trule\tcount");
const folders = [...byFolder.keys()].sort();
for (const folder of folders) {
  for (const [rule, at] of [...byFolder.get(folder)].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`${folder}\t${rule}\t${at.length}`);
  }
}
lines.push("", "── where");
for (const folder of folders) {
  const rules = byFolder.get(folder);
  const count = [...rules.values()].reduce((n, at) => n + at.length, 0);
  lines.push("", `## ${folder} (${count})`);
  for (const [rule, at] of [...rules].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`${rule} (${at.length}): ${compact(at)}`);
  }
}
/** ["a.ts:3", "a.ts:9", "b.ts:1"] → "a.ts:3,9 b.ts:1" */
function compact(at) {
  const byFile = new Map();
  for (const where of at) {
    const [file, line] = where.split(":");
    byFile.set(file, [...(byFile.get(file) ?? []), line]);
  }
  return [...byFile].map(([file, lines]) => `${file}:${lines.join(",")}`).join(" ");
}

const text = `${lines.join("\n")}\n`;
if (out) writeFileSync(out, text);
else process.stdout.write(text);
