// "Nothing lost", checked at the end of the load test (bench/load.mjs) by comparing what the simulated people
// did with what they received and with what the server kept: every chat message reached every socket of its
// room exactly once (the sender's own echo included), and every payment a renter reported was confirmed once
// by its landlord and is on the lease's ledger exactly once (GET /api/leases/{id}/ledger: one `payment` entry
// whose source is the activity) with the amount and month reported (GET /api/apartments/{id}/activities).

/** Every socket of the run by apartment: `Map<apartmentId, [{ who, socket }]>`. */
function socketsByRoom({ landlords, renters }) {
  const rooms = new Map();
  for (const user of [...landlords, ...renters])
    for (const socket of user.sockets) {
      if (!rooms.has(socket.apartmentId)) rooms.set(socket.apartmentId, []);
      rooms.get(socket.apartmentId).push({ who: user.key, socket });
    }
  return rooms;
}

/**
 * Chat: waits (up to `ms`, for the event) until each socket has every message sent in its room, then counts.
 * Returns `{ messages, deliveries, losses }`: deliveries made exactly once, and one line per message that
 * reached a socket 0 or 2+ times. Error frames and unexpected closes of the sockets are losses too.
 */
export async function checkChat(sent, people, ms) {
  const rooms = socketsByRoom(people);
  const ids = new Map();
  for (const m of sent) ids.set(m.apartmentId, [...(ids.get(m.apartmentId) ?? []), m.clientId]);
  await Promise.all(
    [...rooms].flatMap(([apartmentId, members]) =>
      members.map(({ socket }) => socket.received(ids.get(apartmentId) ?? [], ms)),
    ),
  );
  const losses = [];
  let deliveries = 0;
  for (const m of sent)
    for (const { who, socket } of rooms.get(m.apartmentId) ?? []) {
      const times = socket.chats.get(m.clientId) ?? 0;
      if (times === 1) deliveries++;
      else losses.push(`chat ${m.clientId} reached ${who} ${times} times in room ${m.apartmentId}`);
    }
  for (const [, members] of rooms)
    for (const { who, socket } of members) for (const p of socket.problems) losses.push(`${who}'s socket: ${p}`);
  return { messages: sent.length, deliveries, losses };
}

/** What the server kept of one lease: ledger payment entries by source, and the apartment's activities by id. */
async function keptFor(api, owner, home) {
  const [ledger, feed] = await Promise.all([
    api.get(`/leases/${home.leaseId}/ledger`, { as: owner }),
    api.get(`/apartments/${home.apartmentId}/activities?limit=100`, { as: owner }),
  ]);
  const entries = new Map();
  for (const e of ledger.entries.filter((x) => x.kind === "payment"))
    entries.set(e.sourceRef, [...(entries.get(e.sourceRef) ?? []), e]);
  return { entries, activities: new Map(feed.results.map((a) => [a.id, a])) };
}

/** The problems of one reported payment `p` against what was kept and how often its landlord confirmed it. */
function paymentProblems(p, kept, confirmations) {
  const problems = [];
  const entries = kept.entries.get(`activity:${p.id}`) ?? [];
  const activity = kept.activities.get(p.id);
  if (confirmations !== 1) problems.push(`confirmed ${confirmations} times by its landlord`);
  if (entries.length !== 1) problems.push(`${entries.length} ledger entries`);
  else if (entries[0].amount !== -p.amount || entries[0].period !== p.period)
    problems.push(`ledger entry ${entries[0].amount} for ${entries[0].period}, reported ${p.amount} for ${p.period}`);
  if (activity?.status !== "confirmed") problems.push(`status ${activity?.status ?? "missing"}`);
  return problems.map((x) => `payment ${p.id} (${p.period}) of lease ${p.home.leaseId}: ${x}`);
}

/**
 * Payments: reads every lease's ledger and feed as its landlord and compares them with what the renters
 * reported and the landlords confirmed. Returns `{ reported, confirmed, losses }` (confirmed: reported payments
 * with exactly one ledger entry and status confirmed; losses: one line per problem, including ledger payments
 * nobody reported).
 */
export async function checkPayments(api, world, { landlords, renters }) {
  const reported = renters.flatMap((r) => r.reported);
  const losses = [];
  let confirmed = 0;
  for (const [i, org] of world.orgs.entries())
    for (const home of org.homes) {
      const kept = await keptFor(api, org.owner, home);
      const mine = reported.filter((p) => p.home === home);
      for (const p of mine) {
        const problems = paymentProblems(p, kept, landlords[i].confirms.get(p.id) ?? 0);
        if (problems.length === 0) confirmed++;
        losses.push(...problems);
      }
      const known = new Set(mine.map((p) => `activity:${p.id}`));
      for (const [source] of kept.entries)
        if (!known.has(source)) losses.push(`lease ${home.leaseId}: a ledger payment nobody reported (${source})`);
    }
  return { reported: reported.length, confirmed, losses };
}
