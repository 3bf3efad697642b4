import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ApartmentRoom } from "../../durable-objects/apartment-room";
import { api } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * Visibility in time (issue 11 §2), over the real room: each renter sees their own tenure (their lease's
 * entries, and what the landlord posted while their lease ran), never the next tenant's messages or money;
 * staff see everything; `resume afterSeq: 0` replays only what the renter may see; renters of separate
 * current leases share the chat only in a shared flat, and never each other's payments.
 */

const roomStub = (apartmentId: string) => env.APARTMENT_ROOM.get(env.APARTMENT_ROOM.idFromName(apartmentId));

/** Writes a chat message into the room's log as it would have been logged at `createdAt` (data at rest). */
async function pastMessage(
  apartmentId: string,
  text: string,
  createdAt: string,
  who: { userId: string; side: string },
  leaseId: string | null,
) {
  const message = {
    id: crypto.randomUUID(),
    userId: who.userId,
    name: "Earlier",
    side: who.side,
    text,
    clientId: crypto.randomUUID(),
    createdAt,
    leaseId,
  };
  await runInDurableObject(roomStub(apartmentId), (_room: ApartmentRoom, state) => {
    state.storage.sql.exec(
      "insert into events (type, dedupe_key, payload, created_at) values ('chat', ?, ?, ?)",
      `chat:${who.userId}:${message.clientId}`,
      JSON.stringify(message),
      createdAt,
    );
  });
}

async function texts(apartmentId: string, who: Caller) {
  const res = await api(who).apartments[":id"].messages.$get({ param: { id: apartmentId } });
  expect(res.status, res.text).toBe(200);
  return res.json.messages.map((m) => m.text).sort();
}

async function feed(apartmentId: string, who: Caller) {
  const res = await api(who).apartments[":id"].activities.$get({ param: { id: apartmentId }, query: {} });
  expect(res.status, res.text).toBe(200);
  return res.json.results.map((a) => a.description).sort();
}

/** Everything the room has sent `client` up to now: a frame the room answers in order marks the end. */
async function settled(client: RoomClient) {
  const from = client.frames.length;
  client.send("{not json");
  await client.waitFor("error", (f) => f.code === "invalid_frame", from);
}

describe("a renter sees their own tenure only", () => {
  it("a former renter never sees what the current tenant wrote after they left (the new door code)", async () => {
    const owner = await signUpLandlord("Tenure Lettings");
    const { apartmentId } = await createApartment(owner, "T1");
    const { renter: olga, leaseId: olgaLease } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2024-01-01", endDate: "2025-06-30", kind: "furnished" },
      await signUpRenter("Olga Former"),
    );
    const { renter: nina } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2026-01-01" },
      await signUpRenter("Nina Now"),
    );

    const landlord = await RoomClient.open(apartmentId, owner);
    // History at rest: before Olga, during Olga's tenure (the landlord's and her own), then Nina's time.
    await pastMessage(
      apartmentId,
      "for the tenant before Olga",
      "2023-05-01T09:00:00.000Z",
      { userId: owner.userId, side: "landlord" },
      null,
    );
    await pastMessage(
      apartmentId,
      "welcome Olga, the code is 1111",
      "2024-01-02T09:00:00.000Z",
      { userId: owner.userId, side: "landlord" },
      null,
    );
    await pastMessage(
      apartmentId,
      "thanks, moving out in June",
      "2025-05-01T09:00:00.000Z",
      { userId: olga.userId, side: "renter" },
      olgaLease,
    );

    const former = await RoomClient.open(apartmentId, olga);
    const current = await RoomClient.open(apartmentId, nina);
    await current.chat("the new door code is 4242");
    await landlord.chat("welcome Nina");
    await settled(former);
    // Live: the former renter got none of it (the landlord's message after her tenure is not hers either).
    expect(former.of("chat")).toEqual([]);

    // REST, the handed case.
    expect(await texts(apartmentId, olga)).toEqual(["thanks, moving out in June", "welcome Olga, the code is 1111"]);
    expect(await texts(apartmentId, nina)).toEqual(["the new door code is 4242", "welcome Nina"]);
    expect(await texts(apartmentId, owner)).toHaveLength(5);
    // The apartment page's chat too.
    const page = await api(olga).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(page.json.chat.messages.map((m) => m.text).join(" ")).not.toContain("4242");

    // resume afterSeq 0 replays only her tenure.
    const from = former.frames.length;
    former.send({ type: "resume", afterSeq: 0 });
    // A replay is sent in one turn, in sequence order: once its last visible frame is here, so is the rest.
    await former.waitFor("chat", (f) => f.message.text === "thanks, moving out in June", from);
    await settled(former);
    expect(former.of("chat", from).map((f) => f.message.text)).toEqual([
      "welcome Olga, the code is 1111",
      "thanks, moving out in June",
    ]);
    for (const c of [landlord, former, current]) c.close();
  });

  it("the feed: the current tenant's entries stay theirs; staff see every entry", async () => {
    const owner = await signUpLandlord("Feed Tenure");
    const { apartmentId } = await createApartment(owner, "T2");
    const { renter: olga } = await addRenter(owner, apartmentId, {
      startDate: "2024-01-01",
      endDate: "2025-06-30",
      kind: "furnished",
    });
    const { renter: nina } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const former = await RoomClient.open(apartmentId, olga);
    for (const [who, description] of [
      [nina, "Heater broken, door code 4242 for the plumber"],
      [owner, "Plumber comes Tuesday"],
    ] as const) {
      const res = await api(who).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description },
      });
      expect(res.status, res.text).toBe(201);
    }
    const reported = await api(nina).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "November rent sent", amount: 85000, period: "2026-11" },
    });
    expect(reported.status, reported.text).toBe(201);
    expect(await feed(apartmentId, olga)).toEqual([]);
    expect(await feed(apartmentId, nina)).toEqual([
      "Heater broken, door code 4242 for the plumber",
      "November rent sent",
      "Plumber comes Tuesday",
    ]);
    expect(await feed(apartmentId, owner)).toHaveLength(3);
    await settled(former);
    expect(former.of("activity")).toEqual([]);
    const page = await api(olga).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(page.json.activities.results).toEqual([]);
    former.close();
  });
});

describe("two current leases in one apartment", () => {
  it("share the chat only in a shared flat, and never each other's payments", async () => {
    const owner = await signUpLandlord("Shared Flat");
    const { apartmentId } = await createApartment(owner, "S1");
    const { renter: ann } = await addRenter(owner, apartmentId, { startDate: "2026-02-01" }, await signUpRenter("Ann"));
    const { renter: ben } = await addRenter(owner, apartmentId, { startDate: "2026-03-01" }, await signUpRenter("Ben"));
    const annRoom = await RoomClient.open(apartmentId, ann);
    let benRoom = await RoomClient.open(apartmentId, ben);

    await annRoom.chat("hi from Ann");
    const paid = await api(ann).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Ann's rent sent", amount: 60000, period: "2026-11" },
    });
    expect(paid.status, paid.text).toBe(201);
    await annRoom.waitFor("activity", (f) => f.activity.description === "Ann's rent sent");
    await settled(benRoom);
    expect(benRoom.of("chat")).toEqual([]);
    expect(benRoom.of("activity")).toEqual([]);
    expect(await texts(apartmentId, ben)).toEqual([]);

    // The landlord marks the flat shared: the renters' sockets reconnect with the new view.
    const closed = new Promise<number>((resolve) => benRoom.ws.addEventListener("close", (e) => resolve(e.code)));
    const shared = await api(owner).apartments[":id"].$patch({
      param: { id: apartmentId },
      json: { sharedChat: true },
    });
    expect(shared.status, shared.text).toBe(200);
    expect(shared.json.sharedChat).toBe(true);
    expect(await closed).toBe(4003);
    benRoom = await RoomClient.open(apartmentId, ben);
    benRoom.send({ type: "resume", afterSeq: 0 });
    // A replay is sent in one turn, in sequence order (Ann's chat, then her payment): once the chat is here,
    // the payment would be too.
    await benRoom.waitFor("chat", (f) => f.message.text === "hi from Ann");
    await settled(benRoom);
    expect(benRoom.of("chat").map((f) => f.message.text)).toEqual(["hi from Ann"]);
    expect(benRoom.of("activity")).toEqual([]);
    expect(await texts(apartmentId, ben)).toEqual(["hi from Ann"]);
    expect(await feed(apartmentId, ben)).toEqual([]);
    // Ann's ledger is not Ben's.
    const leaseOfAnn = (await api(ann).me.homes.$get()).json.results[0]!.leaseId;
    expect((await api(ben).leases[":id"].ledger.$get({ param: { id: leaseOfAnn } })).status).toBe(404);
    annRoom.close();
    benRoom.close();
  });
});
