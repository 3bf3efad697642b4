import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { ApartmentRoom } from "../../durable-objects/apartment-room";
import { api } from "../setup/client";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";
import { RoomClient, ticketFor, upgrade, type Of } from "../setup/room-client";

/**
 * The apartment room with real WebSockets inside workerd: tickets, chat, presence, typing, resume,
 * live activity, history, hibernation, rate limit and unread counts.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An owner and a current renter of one apartment. */
async function home(label = "5D") {
  const owner = await signUpLandlord(`${label} Lettings`);
  const { apartmentId } = await createApartment(owner, label);
  const { renter } = await addRenter(owner, apartmentId);
  return { owner, renter, apartmentId };
}

const roomStub = (apartmentId: string) => env.APARTMENT_ROOM.get(env.APARTMENT_ROOM.idFromName(apartmentId));

async function roomSeq(apartmentId: string, who: Caller): Promise<number> {
  return (await api(who).apartments[":id"].messages.$get({ param: { id: apartmentId }, query: { limit: "1" } })).json
    .seq;
}

/** The session id (`sid`) of an access token. */
function sessionOf(accessToken: string): string {
  const payload = accessToken.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
  return (JSON.parse(atob(payload)) as { sid: string }).sid;
}

/** A ticket signed with the test JWT secret (vitest.config.ts), with any claims. */
async function signTicket(claims: Record<string, unknown>, iat: number, exp: number) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(String(claims.userId))
    .setAudience("rentline-room")
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(env.JWT_SECRET));
}

describe("apartment room", () => {
  it("carries non-ASCII names (French, Ukrainian) through the ticket into the room", async () => {
    const owner = await signUpLandlord("Accents Lettings");
    const { apartmentId } = await createApartment(owner, "7É");
    const { renter } = await addRenter(owner, apartmentId, {}, await signUpRenter("Олена Ré"));
    const tenant = await RoomClient.open(apartmentId, renter);
    expect(tenant.hello.online).toEqual([{ userId: renter.userId, name: "Олена Ré", side: "renter", viewing: [] }]);
    const sent = await tenant.chat("Привіт, c'est réparé", "c-utf8");
    expect(sent.message.name).toBe("Олена Ré");
  });

  it("says hello with the current sequence and who is online; landlord and renter receive each other's chat", async () => {
    const { owner, renter, apartmentId } = await home();
    const landlord = await RoomClient.open(apartmentId, owner);
    // No change announced yet: `changedAt` 0.
    expect(landlord.hello).toEqual({
      type: "hello",
      seq: 0,
      online: [{ userId: owner.userId, name: "Lena Landlord", side: "landlord", viewing: [] }],
      changedAt: 0,
    });
    const tenant = await RoomClient.open(apartmentId, renter);
    expect(tenant.hello.online).toEqual(
      expect.arrayContaining([
        { userId: owner.userId, name: "Lena Landlord", side: "landlord", viewing: [] },
        { userId: renter.userId, name: "Rita Renter", side: "renter", viewing: [] },
      ]),
    );
    expect(tenant.hello.online).toHaveLength(2);
    // The landlord learns that the renter arrived.
    await landlord.waitFor("presence", (f) => f.online.some((o) => o.userId === renter.userId));

    const sent = await landlord.chat("Hello Rita, the plumber comes on Tuesday", "c-1");
    const received = await tenant.waitFor("chat", (f) => f.message.clientId === "c-1");
    expect(received).toEqual(sent);
    expect(received.message).toMatchObject({
      userId: owner.userId,
      name: "Lena Landlord",
      side: "landlord",
      text: "Hello Rita, the plumber comes on Tuesday",
    });
    expect(received.seq).toBe(1);

    const reply = await tenant.chat("  Thanks, I will be home  ", "c-2");
    expect(reply.message).toMatchObject({ userId: renter.userId, side: "renter", text: "Thanks, I will be home" });
    expect((await landlord.waitFor("chat", (f) => f.message.clientId === "c-2")).seq).toBe(2);

    // A retried send (same clientId) is not a second message.
    const before = tenant.frames.length;
    landlord.send({ type: "chat", text: "Hello Rita, the plumber comes on Tuesday", clientId: "c-1" });
    await landlord.chat("marker", "c-3");
    await tenant.waitFor("chat", (f) => f.message.clientId === "c-3", before);
    expect(tenant.of("chat", before).map((f) => f.message.clientId)).toEqual(["c-3"]);

    // The renter leaves: the landlord sees it.
    tenant.close();
    await landlord.waitFor("presence", (f) => f.online.length === 1 && f.online[0]!.userId === owner.userId, before);
    landlord.close();
  });

  it("presence lists only this room's members; typing goes to the others only", async () => {
    const one = await home("P1");
    const two = await home("P2");
    const a1 = await RoomClient.open(one.apartmentId, one.owner);
    const b1 = await RoomClient.open(two.apartmentId, two.owner);
    const b2 = await RoomClient.open(two.apartmentId, two.renter);
    const a2 = await RoomClient.open(one.apartmentId, one.renter);
    const roomOne = [one.owner.userId, one.renter.userId].sort();
    expect(a2.hello.online.map((o) => o.userId).sort()).toEqual(roomOne);
    const presence = await a1.waitFor("presence", (f) => f.online.length === 2);
    expect(presence.online.map((o) => o.userId).sort()).toEqual(roomOne);
    for (const c of [a1, a2])
      for (const f of c.of("presence")) for (const o of f.online) expect(roomOne).toContain(o.userId);
    expect(b2.hello.online.map((o) => o.userId).sort()).toEqual([two.owner.userId, two.renter.userId].sort());

    const mark = { a1: a1.frames.length, a2: a2.frames.length, b1: b1.frames.length };
    a2.send({ type: "typing" });
    expect(await a1.waitFor("typing", () => true, mark.a1)).toEqual({ type: "typing", userId: one.renter.userId });
    await a2.chat("sync");
    expect(a2.of("typing", mark.a2)).toEqual([]);
    expect(b1.frames.slice(mark.b1)).toEqual([]);
    for (const c of [a1, a2, b1, b2]) c.close();
  });

  it("refuses the socket without a valid ticket for this room", async () => {
    const one = await home("T1");
    const two = await home("T2");
    const base = `/parties/apartment-room/${one.apartmentId}`;
    const refused = async (url: string) => {
      const res = await upgrade(url);
      expect(res.status, url).toBe(401);
      expect(res.webSocket).toBeNull();
    };
    await refused(base);
    await refused(`${base}?ticket=`);
    await refused(`${base}?ticket=not.a.jwt`);

    const now = Math.floor(Date.now() / 1000);
    const identity = {
      userId: one.owner.userId,
      name: "Lena Landlord",
      side: "landlord",
      canPost: true,
      // A ticket names the session it was issued to (issue 11 §3: checked again at connect).
      sid: sessionOf(one.owner.token),
      orgId: one.owner.orgId,
      room: one.apartmentId,
    };
    // Control: the same signing, unexpired, is accepted — so the refusals below are about the claims.
    const control = await upgrade(`${base}?ticket=${await signTicket(identity, now, now + 60)}`);
    expect(control.status).toBe(101);
    control.webSocket!.accept();
    control.webSocket!.close();
    await refused(`${base}?ticket=${await signTicket(identity, now - 300, now - 240)}`);

    // Tampered: another room in the payload, the original signature.
    const { ticket } = await ticketFor(one.apartmentId, one.owner);
    const [header, payload, signature] = ticket.split(".");
    const claims = JSON.parse(atob(payload!.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = btoa(JSON.stringify({ ...claims, room: two.apartmentId, canPost: true }))
      .replace(/=+$/, "")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
    await refused(`/parties/apartment-room/${two.apartmentId}?ticket=${header}.${forged}.${signature}`);
    await refused(`${base}?ticket=${header}.${payload}.${signature!.slice(0, -4)}AAAA`);
    // A genuine ticket, but for another room.
    const other = await ticketFor(two.apartmentId, two.renter);
    await refused(`${base}?ticket=${encodeURIComponent(other.ticket)}`);
    // The genuine ticket for its own room works; plain HTTP to a room is not a way in.
    const ok = await upgrade(`${base}?ticket=${encodeURIComponent(ticket)}`);
    expect(ok.status).toBe(101);
    ok.webSocket!.accept();
    ok.webSocket!.close();
    const plain = await exports.default.fetch(new Request(`${BASE}${base}?ticket=${encodeURIComponent(ticket)}`));
    expect(plain.status).toBe(404);
    // A party that does not exist is a room that does not exist: a problem, with or without an upgrade
    // (partyserver alone answered a bare text 400).
    for (const headers of [{}, { Upgrade: "websocket" }] as Record<string, string>[]) {
      const unknown = await exports.default.fetch(new Request(`${BASE}/parties/nope/${one.apartmentId}`, { headers }));
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    // The 101 declines permessage-deflate even when the client offers it (worker/rooms/gate.ts; what a browser
    // then negotiates: tests/e2e/specs/room-sockets.spec.ts).
    const offered = await exports.default.fetch(
      new Request(`${BASE}${base}?ticket=${encodeURIComponent((await ticketFor(one.apartmentId, one.owner)).ticket)}`, {
        headers: { Upgrade: "websocket", "Sec-WebSocket-Extensions": "permessage-deflate; client_max_window_bits" },
      }),
    );
    expect(offered.status).toBe(101);
    expect(offered.headers.get("sec-websocket-extensions")).toBe("none");
    offered.webSocket!.accept();
    offered.webSocket!.close();
    // No ticket is issued to a stranger.
    expect(
      (await api(two.owner).apartments[":id"]["room-ticket"].$post({ param: { id: one.apartmentId } })).status,
    ).toBe(404);
    expect((await api().apartments[":id"]["room-ticket"].$post({ param: { id: one.apartmentId } })).status).toBe(401);
  });

  it("a renter whose lease ended stays connected but cannot chat, and sees nothing after their tenure", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { renter } = await addRenter(owner, apartmentId, {
      startDate: "2024-01-01",
      endDate: "2025-06-30",
      kind: "furnished",
    });
    const past = await RoomClient.open(apartmentId, renter);
    const landlord = await RoomClient.open(apartmentId, owner);
    const from = past.frames.length;
    past.send({ type: "chat", text: "Can I still post?", clientId: "late" });
    const error = await past.waitFor("error", () => true, from);
    expect(error.code).toBe("read_only");
    // Still connected; what happens after their tenure is not theirs any more (issue 11 §2: a renter sees
    // their own tenure only), so the landlord's chat now does not reach them.
    await landlord.chat("The flat is being repainted");
    const mark = past.frames.length;
    past.send("{not json");
    await past.waitFor("error", (f) => f.code === "invalid_frame", mark);
    expect(past.closed).toBe(false);
    expect(past.of("chat")).toEqual([]);
    expect((await api(renter).apartments[":id"].messages.$get({ param: { id: apartmentId } })).json.messages).toEqual(
      [],
    );
    past.close();
    landlord.close();
  });

  it("answers invalid frames with an error frame and keeps the socket open", async () => {
    const { owner, apartmentId } = await home();
    const c = await RoomClient.open(apartmentId, owner);
    const cases: [frame: string, code: string][] = [
      ["{not json", "invalid_frame"],
      [JSON.stringify({ type: "shout", text: "hi" }), "invalid_frame"],
      [JSON.stringify({ type: "chat", text: "x".repeat(4001), clientId: "long" }), "invalid_frame"],
      [JSON.stringify({ type: "chat", text: "   ", clientId: "blank" }), "invalid_frame"],
      [JSON.stringify({ type: "chat", text: "no id" }), "invalid_frame"],
      [JSON.stringify({ type: "resume", afterSeq: -1 }), "invalid_frame"],
      [JSON.stringify([1, 2, 3]), "invalid_frame"],
      ["x".repeat(20_000), "frame_too_large"],
    ];
    for (const [frame, code] of cases) {
      const from = c.frames.length;
      c.send(frame);
      const error = await c.waitFor("error", () => true, from);
      expect(error.code, frame.slice(0, 40)).toBe(code);
      expect(error.detail.length).toBeGreaterThan(0);
      expect(error.reason).toBeUndefined();
    }
    const long = c.frames.filter((f): f is Of<"error"> => f.type === "error")[2]!;
    expect(long.detail).toContain("4000");
    expect(c.closed).toBe(false);
    const ok = await c.chat("x".repeat(4000), "max-length");
    expect(ok.message.text).toHaveLength(4000);
    expect(c.of("chat")).toHaveLength(1);
    c.close();
  });

  it("resume after a gap replays exactly the missed events, in order, without duplicates", async () => {
    const { owner, renter, apartmentId } = await home();
    const tenant = await RoomClient.open(apartmentId, renter);
    const landlord = await RoomClient.open(apartmentId, owner);
    await landlord.chat("before the gap");
    const lastSeen = (await tenant.waitFor("chat", (f) => f.message.text === "before the gap")).seq;
    tenant.close();

    // While the renter is away: activities through the API, a confirmation, and chat.
    const posted: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const res = await api(owner).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description: `Missed ${i}`, needsConfirmation: i === 2 },
      });
      expect(res.status).toBe(201);
      posted.push(res.json.id);
    }
    await landlord.chat("during the gap");
    for (const id of posted) await landlord.waitFor("activity", (f) => f.activity.id === id);
    const seqAfterGap = await roomSeq(apartmentId, owner);
    expect(seqAfterGap).toBe(lastSeen + 4);

    const back = await RoomClient.open(apartmentId, renter);
    expect(back.hello.seq).toBe(seqAfterGap);
    const from = back.frames.length;
    back.send({ type: "resume", afterSeq: lastSeen });
    await back.waitFor("chat", (f) => f.message.text === "during the gap", from);
    await sleep(100);
    const replayed = back.frames
      .slice(from)
      .filter((f): f is Of<"activity"> | Of<"chat"> => f.type === "activity" || f.type === "chat");
    expect(replayed.map((f) => f.seq)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3, lastSeen + 4]);
    // Publishes from the API are asynchronous: the room's sequence, not the request order, is the order.
    expect(replayed.map((f) => (f.type === "activity" ? f.activity.description : f.message.text)).sort()).toEqual([
      "Missed 1",
      "Missed 2",
      "Missed 3",
      "during the gap",
    ]);
    expect(
      replayed
        .filter((f) => f.type === "activity")
        .map((f) => f.activity.id)
        .sort(),
    ).toEqual([...posted].sort());

    // Then live again: the renter confirms the entry waiting for them, both see it once, with the next seq.
    const confirmed = await api(renter).activities[":id"].confirm.$post({ param: { id: posted[1]! } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const live = await back.waitFor(
      "activity",
      (f) => f.activity.id === posted[1] && f.activity.status === "confirmed",
      from,
    );
    expect(live.seq).toBe(seqAfterGap + 1);
    await landlord.waitFor("activity", (f) => f.activity.id === posted[1] && f.activity.status === "confirmed");

    // Resuming from 0 replays the whole log, each event once.
    const all = back.frames.length;
    back.send({ type: "resume", afterSeq: 0 });
    await back.waitFor("activity", (f) => f.seq === seqAfterGap + 1, all);
    await sleep(100);
    const seqs = back.frames.slice(all).map((f) => ("seq" in f ? f.seq : null));
    expect(seqs).toEqual(Array.from({ length: seqAfterGap + 1 }, (_, i) => i + 1));
    back.close();
    landlord.close();
  });

  it("catches up from D1 what a failed publish missed", async () => {
    const { owner, renter, apartmentId } = await home();
    const c = await RoomClient.open(apartmentId, renter);
    const seq = c.hello.seq;
    c.close();
    // An activity committed to D1 whose publish never reached the room.
    const orgId = (await env.DB.prepare("select org_id from apartments where id = ?")
      .bind(apartmentId)
      .first<{ org_id: string }>())!.org_id;
    const lostPublish = (description: string) => {
      const now = new Date().toISOString();
      return env.DB.prepare(
        `insert into activities (id, org_id, apartment_id, kind, description, author_user_id, author_name, author_side, status, created_at, updated_at)
         values (?, ?, ?, 'note', ?, ?, 'Lena Landlord', 'landlord', 'posted', ?, ?)`,
      )
        .bind(`lost-${crypto.randomUUID()}`, orgId, apartmentId, description, owner.userId, now, now)
        .run();
    };
    await lostPublish("Written while the room was unreachable");
    const back = await RoomClient.open(apartmentId, renter);
    expect(back.hello.seq).toBe(seq + 1);
    const from = back.frames.length;
    back.send({ type: "resume", afterSeq: seq });
    const replayed = await back.waitFor("activity", () => true, from);
    expect(replayed).toMatchObject({
      seq: seq + 1,
      activity: { description: "Written while the room was unreachable", apartmentId },
    });
    // Exactly once for the reconnecting client: the catch-up on connect is covered by hello + resume.
    await sleep(100);
    expect(back.frames.map((f) => f.type)).toEqual(["hello", "activity"]);

    // While connected: a resume also catches up from D1, and the resuming client gets each event once.
    await sleep(5);
    await lostPublish("Another lost publish");
    const mark = back.frames.length;
    back.send({ type: "resume", afterSeq: seq + 1 });
    await back.waitFor("activity", (f) => f.activity.description === "Another lost publish", mark);
    await sleep(100);
    expect(
      back.frames.slice(mark).map((f) => (f.type === "activity" ? [f.seq, f.activity.description] : f.type)),
    ).toEqual([[seq + 2, "Another lost publish"]]);
    back.close();
  });

  it("activities posted and confirmed through the API arrive live on the other side", async () => {
    const { owner, renter, apartmentId } = await home();
    const landlord = await RoomClient.open(apartmentId, owner);
    const tenant = await RoomClient.open(apartmentId, renter);
    const reported = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Payment sent for 2026-05, 850.00 EUR", amount: 85000, period: "2026-05" },
    });
    expect(reported.status).toBe(201);
    const arrived = await landlord.waitFor("activity", (f) => f.activity.id === reported.json.id);
    expect(arrived.activity).toEqual(reported.json);
    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    const live = await tenant.waitFor(
      "activity",
      (f) => f.activity.id === reported.json.id && f.activity.status === "confirmed",
    );
    expect(live.activity).toEqual(confirmed.json);
    expect(live.seq).toBe(arrived.seq + 1);
    landlord.close();
    tenant.close();
  });

  it("GET messages returns chat history newest first, paged with `before`", async () => {
    const { owner, renter, apartmentId } = await home();
    const landlord = await RoomClient.open(apartmentId, owner);
    const seqs: number[] = [];
    for (let i = 1; i <= 5; i++) seqs.push((await landlord.chat(`Message ${i}`)).seq);
    // An activity in between is not chat history.
    await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Not a chat message" },
    });
    await landlord.waitFor("activity");
    const latest = await api(renter).apartments[":id"].messages.$get({
      param: { id: apartmentId },
      query: { limit: "2" },
    });
    expect(latest.status).toBe(200);
    expect(latest.json.seq).toBe(6);
    expect(latest.json.messages.map((m: { text: string; seq: number }) => [m.text, m.seq])).toEqual([
      ["Message 5", seqs[4]],
      ["Message 4", seqs[3]],
    ]);
    expect(latest.json.messages[0]).toMatchObject({
      userId: owner.userId,
      name: "Lena Landlord",
      side: "landlord",
      clientId: expect.any(String),
      createdAt: expect.any(String),
    });
    const older = await api(renter).apartments[":id"].messages.$get({
      param: { id: apartmentId },
      query: { before: seqs[3], limit: "2" },
    });
    expect(older.json.messages.map((m: { text: string }) => m.text)).toEqual(["Message 3", "Message 2"]);
    const oldest = await api(owner).apartments[":id"].messages.$get({
      param: { id: apartmentId },
      query: { before: seqs[1] },
    });
    expect(oldest.json.messages.map((m: { text: string }) => m.text)).toEqual(["Message 1"]);
    expect(
      (await api(owner).apartments[":id"].messages.$get({ param: { id: apartmentId }, query: { before: "0" } })).status,
    ).toBe(400);
    landlord.close();
  });

  it("a room woken from hibernation still knows who is connected and who they are", async () => {
    const { owner, renter, apartmentId } = await home();
    const landlord = await RoomClient.open(apartmentId, owner);
    const tenant = await RoomClient.open(apartmentId, renter);
    await tenant.chat("before sleep");
    const stub = roomStub(apartmentId);
    await runInDurableObject(stub, (room: ApartmentRoom) => {
      (room as unknown as { marker?: string }).marker = "first instance";
    });
    await evictDurableObject(stub);
    // A fresh instance: in-memory state is gone, the sockets stayed open.
    expect(
      await runInDurableObject(stub, (room: ApartmentRoom) => (room as unknown as { marker?: string }).marker),
    ).toBeUndefined();
    expect(landlord.closed || tenant.closed).toBe(false);

    // Identity from the connection state: the renter's chat carries who they are.
    const from = landlord.frames.length;
    const after = await tenant.chat("after sleep");
    expect(after.message).toMatchObject({ userId: renter.userId, name: "Rita Renter", side: "renter" });
    expect((await landlord.waitFor("chat", (f) => f.message.text === "after sleep", from)).seq).toBe(after.seq);
    tenant.send({ type: "typing" });
    expect(await landlord.waitFor("typing", () => true, from)).toEqual({ type: "typing", userId: renter.userId });

    // Presence after waking: a newcomer sees both sleepers online.
    await evictDurableObject(stub);
    const newcomer = await RoomClient.open(apartmentId, owner);
    expect(newcomer.hello.online.map((o) => o.userId).sort()).toEqual([owner.userId, renter.userId].sort());
    expect(newcomer.hello.seq).toBe(after.seq);
    // The room still writes the unread counter for the right apartment after waking.
    const counted = await env.DB.prepare("select messages from room_chat_counts where apartment_id = ?")
      .bind(apartmentId)
      .first<{ messages: number }>();
    expect(counted?.messages).toBe(2);
    for (const c of [landlord, tenant, newcomer]) c.close();
  });

  it("hello says when the room last announced a change (a notice, a chat message), across hibernation", async () => {
    const { owner, renter, apartmentId } = await home();
    const stub = roomStub(apartmentId);
    // A ledger notice (not logged, no sequence number) with nobody connected: a page whose loader read before
    // it learns it from its socket's hello, since the notice itself went out to no one.
    const before = Date.now();
    await runInDurableObject(stub, (room: ApartmentRoom) =>
      room.publishNotice({ type: "ledger", leaseId: "l-1", at: new Date().toISOString() }),
    );
    const noticed = (await RoomClient.open(apartmentId, owner)).hello.changedAt;
    expect(noticed).toBeGreaterThanOrEqual(before);
    // Presence (the newcomer's arrival) is no change; a chat message is.
    const tenant = await RoomClient.open(apartmentId, renter);
    expect(tenant.hello.changedAt).toBe(noticed);
    const sent = await tenant.chat("the boiler again");
    // Kept in the room's storage: a fresh instance (after hibernation) says the same.
    await evictDurableObject(stub);
    const later = await RoomClient.open(apartmentId, owner);
    expect(later.hello.changedAt).toBeGreaterThanOrEqual(Date.parse(sent.message.createdAt));
    for (const c of [tenant, later]) c.close();
  });

  it("limits chat per user: after the burst, an error frame rate_limited", async () => {
    const { owner, renter, apartmentId } = await home();
    const landlord = await RoomClient.open(apartmentId, owner);
    const tenant = await RoomClient.open(apartmentId, renter);
    for (let i = 0; i < 25; i++) landlord.send({ type: "chat", text: `spam ${i}`, clientId: `spam-${i}` });
    const limited = await landlord.waitFor("error", (f) => f.code === "rate_limited");
    expect(limited.detail.length).toBeGreaterThan(0);
    await sleep(200);
    expect(landlord.of("chat")).toHaveLength(20);
    expect(landlord.of("error").filter((f) => f.code === "rate_limited")).toHaveLength(5);
    // The limit is per user: the renter can still talk, and the landlord's socket stays open.
    await tenant.chat("my turn");
    expect(landlord.closed).toBe(false);
    await landlord.waitFor("chat", (f) => f.message.text === "my turn");
    landlord.close();
    tenant.close();
  });

  it("unread counts: chat raises the other side's count, POST read zeroes the caller's", async () => {
    const { owner, renter, apartmentId } = await home();
    const unreadOf = {
      landlord: async () => (await api(owner).apartments.$get()).json.results.find((a) => a.id === apartmentId)!.unread,
      renter: async () =>
        (await api(renter).me.homes.$get()).json.results.find((h) => h.apartmentId === apartmentId)!.unread,
    };
    const until = async (read: () => Promise<number | undefined>, value: number) => {
      for (let i = 0; i < 50; i++) {
        if ((await read()) === value) return;
        await sleep(50);
      }
      expect(await read()).toBe(value);
    };
    expect(await unreadOf.landlord()).toBe(0);
    expect(await unreadOf.renter()).toBe(0);

    const tenant = await RoomClient.open(apartmentId, renter);
    await tenant.chat("The heating is off");
    await tenant.chat("Since this morning");
    await until(unreadOf.landlord, 2);
    // Your own messages are not unread for you.
    expect(await unreadOf.renter()).toBe(0);
    const read = await api(owner).apartments[":id"].read.$post({ param: { id: apartmentId } });
    expect(read.status).toBe(204);
    expect(await unreadOf.landlord()).toBe(0);

    const landlord = await RoomClient.open(apartmentId, owner);
    await landlord.chat("On my way");
    await until(unreadOf.renter, 1);
    expect(await unreadOf.landlord()).toBe(0);
    expect((await api(renter).apartments[":id"].read.$post({ param: { id: apartmentId } })).status).toBe(204);
    expect(await unreadOf.renter()).toBe(0);
    // Reading is per person and per apartment: a stranger cannot mark it.
    expect(
      (await api(await signUpLandlord()).apartments[":id"].read.$post({ param: { id: apartmentId } })).status,
    ).toBe(404);
    tenant.close();
    landlord.close();
  });
});
