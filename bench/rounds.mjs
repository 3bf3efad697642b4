// The HTTP load of the API scenario (bench/apartments.mjs): clients fetching a URL in a loop, several
// scenarios measured in alternating rounds, summarised as req/s, latency percentiles and the server's CPU.
import { cpuSeconds } from "./cpu.mjs";

/** Seconds per scenario (BENCH_SECONDS, default 8), split over the rounds. */
export const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
/** Clients fetching at once (BENCH_CONCURRENCY, default 8). */
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Rounds the scenario time is split into, the scenarios taking turns (BENCH_ROUNDS, default 4). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));

/**
 * `concurrency` clients fetching `url` in a loop for `duration` ms (after `warmup` sequential requests, for the
 * JIT and D1's page cache): the latencies (ms), the seconds measured, the errors, and the CPU seconds the
 * serving workerd process `pid` spent meanwhile (/proc; every workerd service in front of the handler counts).
 */
async function slice(url, headers, pid, { duration, concurrency = CONCURRENCY, warmup = 0 }) {
  const latencies = [];
  let deadline = 0;
  let errors = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) errors++;
      latencies.push(performance.now() - t);
    }
  };
  for (let i = 0; i < warmup; i++) await (await fetch(url, { headers })).arrayBuffer();
  deadline = Date.now() + duration;
  const started = performance.now();
  const cpuBefore = cpuSeconds(pid);
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = cpuSeconds(pid) - cpuBefore;
  return { latencies, seconds: (performance.now() - started) / 1000, errors, cpu };
}

/**
 * req/s, p50/p99 (ms), errors and the server's CPU ms per request (workerd, /proc, 10 ms ticks summed over
 * the slices) of slices of one scenario taken together.
 */
function summarize(slices, warmup) {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const errors = slices.reduce((sum, s) => sum + s.errors, 0);
  const cpuMsPerRequest = (slices.reduce((sum, s) => sum + s.cpu, 0) * 1000) / latencies.length;
  return {
    requests: latencies.length,
    warmup,
    rps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    errors,
    cpuMsPerRequest,
  };
}

/**
 * Several scenarios measured in alternation: `ROUNDS` rounds, each giving every scenario `duration / ROUNDS`
 * ms in turn, after one warm-up of 200 requests each; so a change of load on the shared machine during the
 * run falls on all of them alike and their ratio stays meaningful. Answers one summary per scenario.
 */
export async function alternate(scenarios, { duration = DURATION_MS, concurrency = CONCURRENCY } = {}) {
  const warmup = 200;
  const slices = scenarios.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, { url, headers, pid }] of scenarios.entries())
      slices[i].push(
        await slice(url, headers, pid, {
          duration: duration / ROUNDS,
          concurrency,
          warmup: round === 0 ? warmup : 0,
        }),
      );
  return slices.map((s) => summarize(s, warmup));
}
