// Agreement PDF rendering on local workerd (bench/render-worker): median wall time per render as seen by a
// client, CPU time per render read from the workerd processes' /proc counters (minus the CPU of a trivial
// request measured the same way), PDF size, and how much workerd's resident memory grew while rendering.
// Scenarios: the French agreement (Latin accents + Cyrillic), the same signed, and a mixed-script agreement
// (Hebrew, Arabic, Vietnamese, Chinese parties and a 2,000-character clause without spaces), each also as a
// ratio to the plain agreement measured in the same run. Fonts come from public/fonts through ASSETS.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../scripts/lib.mjs";
import { startLocalWorker } from "../scripts/local-worker.mjs";
import { buildFonts } from "../scripts/subset-fonts.mjs";

const RENDERS = Number(process.env.BENCH_RENDERS ?? 40);
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

function workerdPids(groupLeader) {
  const rows = execFileSync("ps", ["-eo", "pid=,pgid=,comm="]).toString().trim().split("\n");
  return rows
    .map((r) => r.trim().split(/\s+/))
    .filter(([, pgid, comm]) => Number(pgid) === groupLeader && comm.startsWith("workerd"))
    .map(([pid]) => Number(pid));
}
const cpuMs = (pids) =>
  pids.reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }, 0);
const rssMiB = (pids) =>
  pids.reduce(
    (sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024,
    0,
  );

async function measure(url, pids, n) {
  const times = [];
  let bytes = 0;
  const before = cpuMs(pids);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url);
    const body = new Uint8Array(await res.arrayBuffer());
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t);
    bytes = body.length;
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(n / 2)],
    p99Ms: times[Math.min(n - 1, Math.floor(n * 0.99))],
    cpuMs: (cpuMs(pids) - before) / n,
    bytes,
  };
}

export async function benchPdf() {
  await buildFonts();
  const worker = await startLocalWorker({ config: join(root, "bench/render-worker/wrangler.json"), migrate: false });
  try {
    const pids = workerdPids(worker.pid);
    const rssBefore = rssMiB(pids);
    for (let i = 0; i < 5; i++) await (await fetch(`${worker.url}/render?signed=1`)).arrayBuffer();
    const idle = await measure(`${worker.url}/healthz`, pids, RENDERS);
    const unsigned = await measure(`${worker.url}/render`, pids, RENDERS);
    const signed = await measure(`${worker.url}/render?signed=1`, pids, RENDERS);
    const mixed = await measure(`${worker.url}/render?mixed=1`, pids, RENDERS);
    return { renders: RENDERS, idle, unsigned, signed, mixed, rssGrowthMiB: rssMiB(pids) - rssBefore };
  } finally {
    await worker.stop();
  }
}

export function printPdf(r) {
  const cpu = (m) => Math.max(0, m.cpuMs - r.idle.cpuMs);
  const row = (name, m) =>
    `| ${name} | ${m.medianMs.toFixed(1)} | ${m.p99Ms.toFixed(1)} | ${cpu(m).toFixed(1)} | ${(m.bytes / 1024).toFixed(0)} | ${(m.medianMs / r.unsigned.medianMs).toFixed(2)}× |`;
  console.log(
    `\nAgreement PDF rendering — ${r.renders} renders each, local workerd, French early-exit template, 2 renters (Latin accents + Cyrillic), 8 clauses; fonts read from the static assets\n`,
  );
  console.log("| render | median ms | p99 ms | CPU ms per render | PDF KiB | median vs unsigned |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  console.log(row("unsigned agreement (baseline)", r.unsigned));
  console.log(row("signed: + 3 signatures + certificate", r.signed));
  console.log(row("mixed scripts (he, ar, vi, zh) + 2,000-char clause", r.mixed));
  console.log(
    `\nCPU excludes a trivial request's own cost (${r.idle.cpuMs.toFixed(2)} ms, same method). workerd's resident memory grew by ${r.rssGrowthMiB.toFixed(0)} MiB over all ${r.renders * 2 + 5} renders (Workers allow 128 MB per isolate and 30 s of CPU per queue message by default).`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printPdf(await benchPdf());
