// The start-up CPU of a built Worker (issue 17 §1): what workerd spends compiling and evaluating its global
// scope, from `wrangler check startup`'s CPU profile. Used by scripts/check-bundle.mjs (printed after the size
// check) and bench/run.mjs (the "issue 17 figures" table).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./lib.mjs";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

/**
 * Milliseconds of CPU in the serving Worker's start-up phase (compile + global scope), from a CPU profile; null
 * when wrangler could not profile it (it gives up after 10 s, which a heavily loaded machine can reach).
 */
export function startupMs(dir = join(root, "build/server")) {
  const out = mkdtempSync(join(tmpdir(), "rentline-startup-"));
  const file = join(out, "startup.cpuprofile");
  try {
    const res = spawnSync("wrangler", ["check", "startup", "-c", join(dir, "wrangler.json"), "--outfile", file], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    if (res.status !== 0) return null;
    const profile = JSON.parse(readFileSync(file, "utf8"));
    const nameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    let busy = 0;
    profile.samples.forEach((id, i) => {
      if (!["(idle)", "(root)"].includes(nameOf.get(id))) busy += profile.timeDeltas[i] ?? 0;
    });
    return busy / 1000;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
