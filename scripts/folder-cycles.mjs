// Cycles between worker folders (worker/<folder>/), from dependency-cruiser's JSON:
//   npx depcruise worker durable-objects --config .dependency-cruiser.cjs --output-type json | node scripts/folder-cycles.mjs
// or `node scripts/folder-cycles.mjs [cruise.json]` (without input, runs dependency-cruiser itself).
// Prints "folder cycles: N, two-way edges: M" twice: over every import, and with imports of the shared layer
// (a feature's schema.ts / contract.ts, auth/access.ts, auth/policy.ts) left out, as the dependency rule
// allows those. A folder cycle is a strongly connected group of two or more folders; a two-way edge is a
// pair of folders that import each other. `--verbose` lists the groups and the pairs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { root } from "./lib.mjs";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = args.find((a) => !a.startsWith("--"));

function readCruise() {
  if (file) return readFileSync(file, "utf8");
  if (!process.stdin.isTTY) {
    const piped = readFileSync(0, "utf8");
    if (piped.trim()) return piped;
  }
  const res = spawnSync(
    "depcruise",
    ["worker", "durable-objects", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  return res.stdout;
}

const SHARED = [/\/(schema|contract)\.ts$/, /^worker\/auth\/(access|policy)\.ts$/];
const folderOf = (path) => path.match(/^worker\/([^/]+)\//)?.[1];

/** @returns {Map<string, Set<string>>} folder → folders it imports */
function folderGraph(modules, exemptShared) {
  const graph = new Map();
  for (const m of modules) {
    const from = folderOf(m.source);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const d of m.dependencies) {
      const to = folderOf(d.resolved);
      if (!to || to === from) continue;
      if (exemptShared && SHARED.some((re) => re.test(d.resolved))) continue;
      graph.get(from).add(to);
    }
  }
  return graph;
}

/** Tarjan's strongly connected components, keeping those of two or more folders. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const groups = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) {
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
      }
    }
    if (meta.get(v).low === meta.get(v).index) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return groups;
}

function twoWay(graph) {
  const pairs = [];
  for (const [a, tos] of graph) for (const b of tos) if (a < b && graph.get(b)?.has(a)) pairs.push(`${a}↔${b}`);
  return pairs.sort();
}

const { modules } = JSON.parse(readCruise());
for (const [label, exempt] of [
  ["every import", false],
  ["shared layer exempt (schema.ts, contract.ts, auth/access.ts, auth/policy.ts)", true],
]) {
  const graph = folderGraph(modules, exempt);
  const groups = cycles(graph);
  const pairs = twoWay(graph);
  console.log(`${label}: folder cycles: ${groups.length}, two-way edges: ${pairs.length}`);
  if (verbose) {
    for (const g of groups) console.log(`  cycle of ${g.length}: ${g.join(" ")}`);
    console.log(`  two-way: ${pairs.join(" ") || "none"}`);
  }
}
