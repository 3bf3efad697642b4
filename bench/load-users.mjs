// The simulated people of the load test (bench/load.mjs). Each runs a fixed number of actions, one after
// another with a randomised think time between them (a seeded generator: the same mix on every run), until
// it has done them all or the run's time is up. Landlords browse their pages, chat in their apartments' rooms,
// confirm the payments their renters report (learnt from the room's activity frames, as the apartment page
// learns them) and search listings; renters browse, chat in their home's room, report each month's rent (a
// different month each time: one open claim per lease month, 409 `payment_pending` otherwise) and search.
import { monthStart, today } from "../scripts/demo/data.mjs";
import { LEASE_MONTHS_BACK } from "./load-seed.mjs";
import { openRoom, waiter } from "./load-room.mjs";

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `weights`' names (`[[name, weight], …]`, weights ≥ 0), drawn with `rand`. */
function pick(rand, weights) {
  let x = rand() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [name, w] of weights) if ((x -= w) < 0) return name;
  return weights[0][0];
}

/**
 * A server-rendered page as the browser asks for it, with the session cookie, following the app's own
 * redirects (My homes with one home opens it) as the browser would: it must end in 200 with a whole HTML
 * document, never on the sign-in page. `label` names the route in errors (not the ids, so one fault counts
 * as one distinct error).
 */
async function page(ctx, cookie, label, path) {
  let url = `${ctx.base}${path}`;
  for (let hops = 0; ; hops++) {
    const res = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
    const html = await res.text();
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location && hops < 3 && !location.startsWith("/login")) {
      url = new URL(location, url).href;
      continue;
    }
    if (res.status !== 200) throw new Error(`GET ${label}: ${res.status} ${location ?? ""}`);
    if (!html.trimEnd().endsWith("</html>")) throw new Error(`GET ${label}: not a whole HTML page`);
    return;
  }
}

/** The search shapes: city; free text; price, cheapest first; type + available by, newest first. */
const SHAPES = [
  () => "city=Lyon",
  () => "q=studio%20meubl%C3%A9",
  () => "priceMax=70000&currency=EUR&sort=price_asc",
  () => `type=studio&availableFrom=${today()}&sort=newest`,
];
const shapeOf = (rand) => SHAPES[Math.floor(rand() * SHAPES.length)]();

/** A listings search through the API (GET /api/public/listings), one of the shapes. */
async function searchApi(ctx, rand) {
  const query = shapeOf(rand);
  // Every shape finds at least the first org's listing (a studio in Lyon at 600 €, available today).
  const { results } = await ctx.api.get(`/public/listings?${query}`);
  if (!(results?.length > 0)) throw new Error(`search ${query.replace(/=[^&]*/g, "=…")}: no listing found`);
}

/** A listings search on the public page (/listings?…, server-rendered), one of the shapes, signed out. */
const searchPage = (ctx, rand) => page(ctx, "", "/listings?…", `/listings?${shapeOf(rand)}`);

/** Sends a chat message into `room` as user `key` and records it (the end checks every member got it). */
async function chat(ctx, key, room, n) {
  const clientId = `${key}-${n}`;
  ctx.sent.push({ apartmentId: room.apartmentId, clientId });
  await room.chat(`Message ${n} from ${key}, sent at ${new Date().toISOString()}`, clientId);
}

/** Runs `user`'s actions (`user.done` counts them): `user.choose(rand)` names the next, `user.do[kind](rand, n)` does it. */
async function act(ctx, user) {
  const rand = random(user.seed);
  user.done = 0;
  while (user.done < ctx.actions && Date.now() < ctx.deadline) {
    await new Promise((r) => setTimeout(r, ctx.gapMs * (0.5 + rand())));
    if (Date.now() >= ctx.deadline) break;
    const kind = user.choose(rand);
    await ctx.stats.time(kind, () => user.do[kind](rand, user.done));
    user.done++;
  }
}

/**
 * A renter (`session`) of `home`, the `slot`-th of its co-renters: their room, their pages, a month's rent
 * reported at a time — months `slot`, `slot + n`, … of the lease for `n` co-renters, so two never claim the same.
 */
function renterOf(ctx, { home, session, slot, orgIndex }, index) {
  const key = `renter${index + 1}`;
  const cookie = `rl_access=${session.token}`;
  const months = LEASE_MONTHS_BACK + 1;
  const user = { key, seed: 1000 + index, sockets: [], reported: [], nextMonth: slot };
  user.connect = async () => user.sockets.push(await openRoom(ctx.api, home.apartmentId, session));
  user.choose = (rand) =>
    pick(rand, [
      ["renter page", 35],
      ["chat", 25],
      ["search page", 12],
      ["search API", 13],
      ["report payment", user.nextMonth < months ? 15 : 0],
    ]);
  const pages = [
    ["/homes", "/homes"],
    ["/homes/:id", `/homes/${home.apartmentId}`],
    ["/documents", "/documents"],
    ["/listings/:id", `/listings/${ctx.listingIds[orgIndex]}`],
  ];
  user.do = {
    "renter page": (rand) => page(ctx, cookie, ...pages[Math.floor(rand() * pages.length)]),
    chat: (_, n) => chat(ctx, key, user.sockets[0], n),
    "search page": (rand) => searchPage(ctx, rand),
    "search API": (rand) => searchApi(ctx, rand),
    "report payment": async () => {
      const period = monthStart(home.startDate, user.nextMonth).slice(0, 7);
      user.nextMonth += home.renters.length;
      const posted = await ctx.api.post(`/apartments/${home.apartmentId}/activities`, {
        as: session,
        json: { amount: home.rentAmount, period, leaseId: home.leaseId, description: "Virement loyer" },
      });
      if (posted.status !== "pending_confirmation") throw new Error(`report payment: status ${posted.status}`);
      user.reported.push({ id: posted.id, period, amount: home.rentAmount, home, orgIndex });
    },
  };
  return user;
}

/** A landlord (the org's owner): a socket on each let apartment's room, confirming what the renters report. */
function landlordOf(ctx, org, index) {
  const key = `landlord${index + 1}`;
  const cookie = `rl_access=${org.owner.token}; rl_org=${org.orgId}`;
  const arrivals = waiter();
  const user = { key, seed: index + 1, sockets: [], queue: [], seen: new Set(), confirms: new Map(), arrivals };
  const onActivity = (a) => {
    if (a.amount === null || a.status !== "pending_confirmation" || a.confirmBySide !== "landlord") return;
    if (!user.seen.has(a.id)) user.queue.push(a.id);
    user.seen.add(a.id);
    arrivals.notify();
  };
  user.connect = async () => {
    for (const home of org.homes) user.sockets.push(await openRoom(ctx.api, home.apartmentId, org.owner, onActivity));
  };
  user.choose = (rand) =>
    user.queue.length > 0
      ? pick(rand, [
          ["confirm payment", 35],
          ["landlord page", 35],
          ["chat", 20],
          ["search page", 5],
          ["search API", 5],
        ])
      : pick(rand, [
          ["landlord page", 50],
          ["chat", 35],
          ["search page", 7],
          ["search API", 8],
        ]);
  const home = (rand) => org.homes[Math.floor(rand() * org.homes.length)];
  const pages = (rand) => [
    ["/dashboard", "/dashboard"],
    ["/apartments/:id", `/apartments/${home(rand).apartmentId}`],
    ["/properties/:id", `/properties/${org.propertyId}`],
    ["/rent", "/rent"],
  ];
  user.confirm = async () => {
    const id = user.queue.shift();
    user.confirms.set(id, (user.confirms.get(id) ?? 0) + 1);
    const confirmed = await ctx.api.post(`/activities/${id}/confirm`, { as: org.owner });
    if (confirmed.status !== "confirmed") throw new Error(`confirm payment: status ${confirmed.status}`);
  };
  user.do = {
    "landlord page": (rand) => page(ctx, cookie, ...pages(rand)[Math.floor(rand() * 4)]),
    chat: (rand, n) => chat(ctx, key, user.sockets[Math.floor(rand() * user.sockets.length)], n),
    "search page": (rand) => searchPage(ctx, rand),
    "search API": (rand) => searchApi(ctx, rand),
    "confirm payment": user.confirm,
  };
  return user;
}

/**
 * The run's people for the seeded `world` (bench/load-seed.mjs `seedCast`): `{ landlords, renters }`, each
 * with `connect()` (opens their room sockets) and their own record of what they did.
 */
export function peopleOf(ctx, world) {
  const landlords = world.orgs.map((org, i) => landlordOf(ctx, org, i));
  const renters = world.orgs.flatMap((org, orgIndex) =>
    org.homes.flatMap((home) => home.renters.map((session, slot) => ({ home, session, slot, orgIndex }))),
  );
  return { landlords, renters: renters.map((r, i) => renterOf(ctx, r, i)) };
}

/** Runs every person's actions side by side; resolves when all are done (count reached or time up). */
export async function runPeople(ctx, { landlords, renters }) {
  await Promise.all([...landlords, ...renters].map((user) => act(ctx, user)));
}

/**
 * After the run: each landlord waits for the room to bring every payment its renters reported (an event, up
 * to `ms`), then confirms what is still waiting. A report the room never brought is left for the checks.
 */
export async function drainConfirmations(ctx, { landlords, renters }, ms) {
  await Promise.all(
    landlords.map(async (landlord, i) => {
      const ids = renters.flatMap((r) => r.reported.filter((p) => p.orgIndex === i).map((p) => p.id));
      await landlord.arrivals
        .until(() => ids.every((id) => landlord.seen.has(id)), "reported payments", ms)
        .catch(() => {});
      while (landlord.queue.length > 0) await ctx.stats.time("confirm payment", landlord.confirm);
    }),
  );
}
