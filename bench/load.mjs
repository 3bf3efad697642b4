// `npm run load`: a load test of the BUILT worker on loopback (scripts/local-worker.mjs, as `npm run bench`
// serves it): LOAD_USERS simulated people (default 50: one landlord per five, the rest renters) for
// LOAD_SECONDS (default 120), each doing at most LOAD_ACTIONS actions (default 40) — server-rendered pages
// with their session cookie, chat in the apartment rooms, payments reported by renters and confirmed by their
// landlords, listing searches (bench/load-users.mjs). Bounded: a fixed count per person, the run's time, and a
// hard timeout on the whole command (it always exits). Prints the actions per kind with p50/p99, every
// distinct error, and the "nothing lost" checks (bench/load-checks.mjs); exits 1 on any error or loss.
// Builds first (`npm run build`) unless RENTLINE_SKIP_BUILD=1. A short smoke run: LOAD_USERS=5 LOAD_SECONDS=15.
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { root, run } from "../scripts/lib.mjs";
import { startLocalWorker } from "../scripts/local-worker.mjs";
import { apiClient } from "../scripts/demo/http.mjs";
import { seedLocal } from "../scripts/seed.mjs";
import { checkChat, checkPayments } from "./load-checks.mjs";
import { recorder } from "./load-room.mjs";
import { castOf, castSql, seedCast } from "./load-seed.mjs";
import { drainConfirmations, peopleOf, runPeople } from "./load-users.mjs";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
const ACTIONS = Number(process.env.LOAD_ACTIONS ?? 40);
/** Set-up (seeding 40 leases through the API and its mail queue), the run, the drain and the checks. */
const HARD_TIMEOUT_MS = (SECONDS + 600) * 1000;
/** How long the end waits for the room to bring the last payments and chat messages. */
const SETTLE_MS = 30_000;

/** The set-up step timed with the actions (each person's room sockets), reported but not counted as an action. */
const SET_UP = "open room sockets";
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The report: actions per kind with their latencies, distinct errors, the checks. Returns the exit code. */
function report({ stats, chat, payments, seededMs, runMs, everyone }) {
  const kinds = [...new Set([...stats.samples.keys(), ...stats.failures.keys()])].sort();
  console.log(
    `\nRentline load test — ${everyone.length} people (${ACTIONS} actions each at most, ${SECONDS} s), built worker on local workerd (wrangler dev), loopback`,
  );
  const cpu = cpus();
  console.log(
    `set-up through the API ${(seededMs / 1000).toFixed(1)} s; run ${(runMs / 1000).toFixed(1)} s; ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, load average ${loadavg()[1].toFixed(1)} (5 min) at the end\n`,
  );
  console.log("| action | count | errors | p50 ms | p99 ms | max ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  let total = 0;
  for (const kind of kinds) {
    const s = [...(stats.samples.get(kind) ?? [])].sort((a, b) => a - b);
    const failed = stats.failures.get(kind) ?? 0;
    if (kind !== SET_UP) total += s.length + failed;
    const f = (x) => (x === undefined ? "–" : x.toFixed(1));
    console.log(
      `| ${kind} | ${s.length + failed} | ${failed} | ${f(pct(s, 50))} | ${f(pct(s, 99))} | ${f(s.at(-1))} |`,
    );
  }
  const done = everyone.map((u) => u.done);
  const finished = done.filter((n) => n >= ACTIONS).length;
  console.log(
    `\n${finished}/${done.length} people did all ${ACTIONS} actions; the rest were stopped by the time limit (fewest done: ${Math.min(...done)})`,
  );
  const errorCount = [...stats.errors.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${total} actions (${SET_UP} not counted), ${(total / (runMs / 1000)).toFixed(1)}/s; errors: ${errorCount}`,
  );
  for (const [message, n] of stats.errors) console.log(`  ${n}× ${message}`);
  console.log(
    `chat: ${chat.messages} messages, ${chat.deliveries} deliveries (each message to every socket of its room, the sender's echo included), ${chat.losses.length} lost or duplicated`,
  );
  console.log(
    `payments: ${payments.reported} reported, ${payments.confirmed} confirmed exactly once and on the ledger once, ${payments.losses.length} problems`,
  );
  for (const line of [...chat.losses, ...payments.losses].slice(0, 50)) console.log(`  ${line}`);
  const ok = errorCount === 0 && chat.losses.length === 0 && payments.losses.length === 0;
  console.log(ok ? "\nOK: no errors, nothing lost." : "\nFAILED: errors or losses above.");
  return ok ? 0 : 1;
}

/** Seeds, runs the people, settles and checks against the running `worker`; returns what `report` prints. */
async function loadTest(worker, cast) {
  const api = apiClient(worker.url);
  const world = await seedCast(worker.url, cast);
  const stats = recorder();
  const ctx = {
    base: worker.url,
    api,
    stats,
    actions: ACTIONS,
    // The mean think time: most people finish their actions in the run's time, on a quiet machine.
    gapMs: (0.8 * SECONDS * 1000) / ACTIONS,
    deadline: Infinity,
    sent: [],
    listingIds: world.orgs.map((o) => o.listingId),
  };
  const people = peopleOf(ctx, world);
  const everyone = [...people.landlords, ...people.renters];
  for (const user of everyone) await stats.time(SET_UP, user.connect);
  const started = performance.now();
  ctx.deadline = Date.now() + SECONDS * 1000;
  await runPeople(ctx, people);
  await drainConfirmations(ctx, people, SETTLE_MS);
  const runMs = performance.now() - started;
  const chat = await checkChat(ctx.sent, people, SETTLE_MS);
  const payments = await checkPayments(api, world, people);
  for (const user of everyone) for (const socket of user.sockets) socket.close();
  return { stats, chat, payments, seededMs: world.ms, runMs, everyone };
}

if (process.env.RENTLINE_SKIP_BUILD !== "1")
  run("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
const config = join(root, "build/server/wrangler.json");
const cast = castOf(USERS);
let worker;
const hardStop = setTimeout(() => {
  console.error(`load test: hard timeout after ${HARD_TIMEOUT_MS / 1000} s; stopping`);
  void (worker?.stop() ?? Promise.resolve()).finally(() => process.exit(2));
}, HARD_TIMEOUT_MS);
worker = await startLocalWorker({
  config,
  seed: (state) => seedLocal(["--persist-to", state, "-c", config], castSql(cast)),
});
let code = 1;
try {
  code = report(await loadTest(worker, cast));
} catch (error) {
  console.error(`load test: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  clearTimeout(hardStop);
  await worker.stop();
}
process.exit(code);
