import { createScheduledController } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { EmailMessage } from "../../worker/email/contract";
import { sendChatDigests } from "../../worker/jobs/chat-digest";
import { runScheduled } from "../../worker/jobs/scheduled";
import { createLogger } from "../../worker/lib/log";
import { api, BASE } from "../setup/client";
import { addMember, addRenter, createApartment, env, mailTo, signUpLandlord, waitForMail } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * The unread-chat digest (hourly cron): one email per person listing their rooms with unread chat, only
 * once a room has been quiet for 10 minutes, and not again until new messages arrive. Chat goes through
 * real room sockets so the counters are the ones the room keeps.
 */
const MIN = 60_000;
const log = createLogger({ test: "chat-digest" });
type Digest = Extract<EmailMessage, { template: "chat_digest" }>;

/** Runs the digest with a queue that records what it would send. */
async function digest(now: number) {
  const sent: EmailMessage[] = [];
  const queue = {
    send: (message: EmailMessage) => Promise.resolve(void sent.push(message)),
    sendBatch: () => Promise.resolve(),
  } as unknown as Queue;
  const people = await sendChatDigests({ ...env, EMAIL_QUEUE: queue }, log, now);
  return { people, sent: sent as Digest[], to: (email: string) => (sent as Digest[]).filter((m) => m.to === email) };
}

async function chat(apartmentId: string, who: { token: string }, ...texts: string[]) {
  const c = await RoomClient.open(apartmentId, who);
  for (const text of texts) await c.chat(text);
  c.close();
}

/** Waits until the room's counter in D1 reached `n` messages (the room writes it after broadcasting). */
async function counted(apartmentId: string, n: number) {
  for (let i = 0; i < 50; i++) {
    const row = await env.DB.prepare("select messages from room_chat_counts where apartment_id = ?")
      .bind(apartmentId)
      .first<{ messages: number }>();
    if ((row?.messages ?? 0) >= n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`room ${apartmentId} never counted ${n} messages`);
}

describe("unread chat digest", () => {
  it("one email per person listing every room with unread chat, once the rooms are quiet, and not again", async () => {
    const owner = await signUpLandlord("Digest Lettings");
    const manager = await addMember(owner, "manager");
    const maintenance = await addMember(owner, "maintenance");
    const one = await createApartment(owner, "D1");
    const two = await createApartment(owner, "D2");
    const { renter: rita } = await addRenter(owner, one.apartmentId);
    const { renter: rob } = await addRenter(owner, two.apartmentId);

    await chat(one.apartmentId, rita, "The heating is off", "Since this morning", "Any news?");
    await chat(two.apartmentId, rob, "Parcel for me?", "Thanks");
    await counted(one.apartmentId, 3);
    await counted(two.apartmentId, 2);
    // The manager has read everything; the owner has not.
    expect((await api(manager).apartments[":id"].read.$post({ param: { id: one.apartmentId } })).status).toBe(204);
    expect((await api(manager).apartments[":id"].read.$post({ param: { id: two.apartmentId } })).status).toBe(204);

    // Not while the conversation is live: the newest message is less than 10 minutes old.
    const early = await digest(Date.now() + 5 * MIN);
    for (const who of [owner, manager, rita, rob]) expect(early.to(who.email)).toEqual([]);

    const quiet = await digest(Date.now() + 11 * MIN);
    const [ownerDigest, ...extra] = quiet.to(owner.email);
    expect(extra).toEqual([]);
    expect(ownerDigest!.data.name).toBe("Lena Landlord");
    expect(ownerDigest!.data.rooms.map((r) => [r.address, r.unread])).toHaveLength(2);
    expect(ownerDigest!.data.rooms.map((r) => [r.address, r.unread])).toEqual(
      expect.arrayContaining([
        [{ street: "12 Rue des Lilas", city: "Lyon", unit: "D1" }, 3],
        [{ street: "12 Rue des Lilas", city: "Lyon", unit: "D2" }, 2],
      ]),
    );
    expect(ownerDigest!.data.rooms.map((r) => r.link).sort()).toEqual(
      // Locally, links go to the origin the app is served from (the requests above), not APP_URL.
      [`${BASE}/apartments/${one.apartmentId}?tab=chat`, `${BASE}/apartments/${two.apartmentId}?tab=chat`].sort(),
    );
    // Read everything, wrote everything, or not a chat participant: nothing.
    for (const who of [manager, maintenance, rita, rob]) expect(quiet.to(who.email)).toEqual([]);

    // Not again until new messages arrive.
    expect((await digest(Date.now() + 12 * MIN)).to(owner.email)).toEqual([]);
    expect((await digest(Date.now() + 70 * MIN)).to(owner.email)).toEqual([]);

    // A new message from the landlord side: the renter of that room and the owner (unread) hear about it.
    await chat(two.apartmentId, manager, "Yes, at the front desk");
    await counted(two.apartmentId, 3);
    const next = await digest(Date.now() + 11 * MIN);
    expect(next.to(owner.email).map((m) => m.data.rooms.map((r) => [r.address, r.unread]))).toEqual([
      [[{ street: "12 Rue des Lilas", city: "Lyon", unit: "D2" }, 3]],
    ]);
    expect(next.to(rob.email).map((m) => m.data.rooms)).toEqual([
      [
        {
          address: { street: "12 Rue des Lilas", city: "Lyon", unit: "D2" },
          unread: 1,
          link: `${BASE}/homes/${two.apartmentId}?tab=chat`,
        },
      ],
    ]);
    for (const who of [manager, rita]) expect(next.to(who.email)).toEqual([]);
  });

  it("the hourly cron queues the digest through the email queue to the mailbox", async () => {
    const owner = await signUpLandlord("Cron Lettings");
    const { apartmentId } = await createApartment(owner, "C1");
    const { renter } = await addRenter(owner, apartmentId);
    await chat(apartmentId, renter, "Hello from the cron test");
    await counted(apartmentId, 1);
    const before = (await mailTo(owner.email)).map((m) => m.id);

    await runScheduled(createScheduledController({ cron: "30 * * * *", scheduledTime: Date.now() + 11 * MIN }), env);
    const mail = await waitForMail(owner.email, "chat_digest", before);
    expect(mail.subject).toBe("1 message non lu sur Rentline");
    expect(mail.text).toContain("12 Rue des Lilas, Lyon — logement C1 : 1 non lu");
    expect(mail.text).toContain(`/apartments/${apartmentId}?tab=chat`);
    // The renter wrote the only message: no digest for them.
    expect((await mailTo(renter.email)).filter((m) => m.template === "chat_digest")).toEqual([]);
  });

  it("skips renters whose lease ended and people who read everything", async () => {
    const owner = await signUpLandlord("Quiet Lettings");
    const { apartmentId } = await createApartment(owner, "Q1");
    const { renter: former } = await addRenter(owner, apartmentId, {
      startDate: "2024-01-01",
      endDate: "2025-06-30",
      kind: "furnished",
    });
    const { renter: current } = await addRenter(owner, apartmentId);
    await chat(apartmentId, owner, "Welcome to your new home");
    await counted(apartmentId, 1);
    expect((await api(current).apartments[":id"].read.$post({ param: { id: apartmentId } })).status).toBe(204);

    const run = await digest(Date.now() + 11 * MIN);
    expect(run.to(former.email)).toEqual([]);
    expect(run.to(current.email)).toEqual([]);
    expect(run.to(owner.email)).toEqual([]);
  });
});
