import { getServerByName } from "partyserver";
import { beforeAll, describe, expect, it } from "vitest";
import { serverFrame } from "../../durable-objects/apartment-room.protocol";
import { api } from "../setup/client";
import { leaseWithTwoRenters } from "../setup/documents";
import { addMember, addRenter, env, type Caller, type Renter } from "../setup/helpers";
import { RoomClient, type Frame } from "../setup/room-client";

/**
 * Every frame type the apartment room sends × every kind of viewer (issue 11 §2): who receives a frame
 * about one lease, as the feed's sight rules say. The subject is Élodie, a renter of lease L1, in an
 * apartment that also has Ben's current lease L2 and Ernest's lease that ended; Олена is Élodie's co-renter.
 * The table is written out by hand, one row per frame type of the protocol: a new frame type fails the
 * first test until it has a row here (and a rule in durable-objects/room-sight.ts `FRAME_RULES`).
 *
 * A maintenance member (no lease-private permission: worker/auth/policy.ts `seesLeasePrivate`) gets no money,
 * ledger or agreement frame, and maintenance notices like staff.
 *
 * What a cell says: `yes` the viewer received it; `no` nothing; for presence, `listed` (Élodie is shown
 * online, without the document she has open) or `document` (shown with it).
 */
const VIEWERS = ["thisLease", "otherLease", "otherLeaseShared", "former", "staff", "maintenance"] as const;
type Viewer = (typeof VIEWERS)[number];
type Cell = "yes" | "no" | "listed" | "document";
type FrameType = Frame["type"];

const EXPECTED: Record<FrameType, Record<Viewer, Cell>> = {
  // Does the viewer's hello list Élodie online?
  hello: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "yes",
    former: "no",
    staff: "yes",
    maintenance: "yes",
  },
  // Élodie opens one of her lease's documents.
  presence: {
    thisLease: "document",
    otherLease: "no",
    otherLeaseShared: "listed",
    former: "no",
    staff: "document",
    // Maintenance sees no agreement (issue 15 §4): Élodie online, not what she has open.
    maintenance: "listed",
  },
  // The chat is the lease's: maintenance staff neither read it nor see who types (issue 15 §4).
  typing: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "yes",
    former: "no",
    staff: "yes",
    maintenance: "no",
  },
  chat: { thisLease: "yes", otherLease: "no", otherLeaseShared: "yes", former: "no", staff: "yes", maintenance: "no" },
  // Money on L1 (the landlord records cash received from Élodie).
  activity: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "no",
    former: "no",
    staff: "yes",
    maintenance: "no",
  },
  // L1's agreement changed status.
  document: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "no",
    former: "no",
    staff: "yes",
    maintenance: "no",
  },
  ledger: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "no",
    former: "no",
    staff: "yes",
    maintenance: "no",
  },
  // A maintenance request of L1 changed (issue 15): like the ledger, its lease's renters and staff.
  maintenance: {
    thisLease: "yes",
    otherLease: "no",
    otherLeaseShared: "no",
    former: "no",
    staff: "yes",
    maintenance: "yes",
  },
  // Élodie sent a malformed frame: the answer is hers alone.
  error: { thisLease: "no", otherLease: "no", otherLeaseShared: "no", former: "no", staff: "no", maintenance: "no" },
};

type World = {
  owner: Caller;
  apartmentId: string;
  leaseId: string;
  documentId: string;
  subject: Renter;
  viewers: Record<"thisLease" | "otherLease" | "former" | "staff" | "maintenance", Caller & { userId: string }>;
};

async function world(): Promise<World> {
  const { owner, apartmentId, leaseId, elodie, olena } = await leaseWithTwoRenters("Frames Lettings");
  const { renter: ben } = await addRenter(owner, apartmentId, { startDate: "2026-10-01" });
  const { renter: ernest, leaseId: old } = await addRenter(owner, apartmentId, { startDate: "2025-01-01" });
  const ended = await api(owner).leases[":id"].end.$post({ param: { id: old }, json: { endDate: "2025-12-31" } });
  expect(ended.status, ended.text).toBe(200);
  const maintenance = await addMember(owner, "maintenance");
  const doc = await api(owner).leases[":id"].documents.$post({
    param: { id: leaseId },
    json: { templateName: "standard-fr-furnished" },
  });
  expect(doc.status, doc.text).toBe(201);
  return {
    owner,
    apartmentId,
    leaseId,
    documentId: doc.json.document.id,
    subject: elodie,
    viewers: { thisLease: olena, otherLease: ben, former: ernest, staff: owner, maintenance },
  };
}

/** Waits until the room has sent `client` everything it sent before this call (the room answers in order). */
async function settled(client: RoomClient) {
  const from = client.frames.length;
  client.ws.send(new Uint8Array([0]));
  await client.waitFor("error", (f) => f.code === "frame_too_large", from);
  return client.frames.length - 1;
}

/** The frames of `type` a viewer received between `from` and the fence at `to`, fences excluded. */
const between = (client: RoomClient, from: number, to: number, type: FrameType) =>
  client.frames.slice(from, to).filter((f) => f.type === type);

/** What one viewer's cell reads, from the frames of the trigger. */
function cellOf(type: FrameType, frames: Frame[], subjectId: string, documentId: string): Cell {
  if (type === "hello" || type === "presence") {
    const lists = frames.flatMap((f) => (f.type === "hello" || f.type === "presence" ? [f.online] : []));
    const entries = lists.flat().filter((e) => e.userId === subjectId);
    if (type === "hello") return entries.length ? "yes" : "no";
    if (entries.some((e) => e.viewing?.includes(documentId))) return "document";
    return entries.length ? "listed" : "no";
  }
  return frames.length ? "yes" : "no";
}

/**
 * Runs every trigger once with every viewer connected and answers the table as observed. `otherLease` is
 * reported under `column` (the flat shared or not).
 */
async function observe(w: World, otherLeaseColumn: "otherLease" | "otherLeaseShared") {
  const subject = await RoomClient.open(w.apartmentId, w.subject);
  const named = Object.entries(w.viewers) as [keyof World["viewers"], Caller][];
  const clients = new Map<Viewer, RoomClient>();
  for (const [name, who] of named)
    clients.set(name === "otherLease" ? otherLeaseColumn : name, await RoomClient.open(w.apartmentId, who));
  const observed = {} as Record<FrameType, Partial<Record<Viewer, Cell>>>;
  const record = async (type: FrameType, trigger: () => Promise<void>) => {
    const marks = new Map([...clients].map(([v, c]) => [v, c.frames.length]));
    await trigger();
    observed[type] = {};
    for (const [viewer, client] of clients) {
      const from = marks.get(viewer)!;
      const to = await settled(client);
      const frames =
        type === "hello" ? client.frames.filter((f) => f.type === "hello") : between(client, from, to, type);
      observed[type][viewer] = cellOf(type, frames, w.subject.userId, w.documentId);
    }
  };
  await record("hello", async () => {});
  await record("presence", async () => {
    const from = subject.frames.length;
    subject.send({ type: "viewing", documentId: w.documentId });
    await subject.waitFor("presence", (f) => f.online.some((e) => e.viewing?.includes(w.documentId)), from);
  });
  await record("typing", async () => {
    subject.send({ type: "typing" });
    await settled(subject);
  });
  await record("chat", async () => void (await subject.chat("Élodie here: the boiler makes a noise")));
  const staff = clients.get("staff")!;
  await record("activity", async () => {
    const from = staff.frames.length;
    const posted = await api(w.owner).apartments[":id"].activities.$post({
      param: { id: w.apartmentId },
      json: { description: "Cash received from Élodie", amount: 45000, leaseId: w.leaseId },
    });
    expect(posted.status, posted.text).toBe(201);
    await staff.waitFor("activity", (f) => f.activity.id === posted.json.id, from);
  });
  const room = await getServerByName(env.APARTMENT_ROOM, w.apartmentId);
  await record("document", async () => {
    await room.publishDocument({ documentId: w.documentId, status: "ready", at: new Date().toISOString() });
  });
  await record("ledger", async () =>
    room.publishNotice({ type: "ledger", leaseId: w.leaseId, at: new Date().toISOString() }),
  );
  await record("maintenance", async () =>
    room.publishNotice({
      type: "maintenance",
      requestId: "r-1",
      leaseId: w.leaseId,
      status: "open",
      at: "2026-01-01T00:00:00.000Z",
    }),
  );
  await record("error", async () => {
    const from = subject.frames.length;
    subject.send("{not json");
    await subject.waitFor("error", (f) => f.code === "invalid_frame", from);
  });
  for (const client of [subject, ...clients.values()]) client.close();
  return observed;
}

describe("every frame type × every kind of viewer (issue 11 §2)", () => {
  let w: World;
  const observed = {} as Record<FrameType, Partial<Record<Viewer, Cell>>>;

  beforeAll(async () => {
    w = await world();
    const apart = await observe(w, "otherLease");
    const shared = await api(w.owner).apartments[":id"].$patch({
      param: { id: w.apartmentId },
      json: { sharedChat: true },
    });
    expect(shared.status, shared.text).toBe(200);
    const together = await observe(w, "otherLeaseShared");
    for (const type of Object.keys(EXPECTED) as FrameType[]) {
      observed[type] = { ...apart[type], otherLeaseShared: together[type]?.otherLeaseShared };
      // Sharing the chat changes nothing for the others.
      for (const viewer of VIEWERS.filter((v) => v !== "otherLease" && v !== "otherLeaseShared"))
        expect(together[type]?.[viewer], `${type} × ${viewer} once shared`).toBe(apart[type]?.[viewer]);
    }
  });

  it("the table has a row for every frame type of the protocol, and nothing else", () => {
    const types = serverFrame.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(types);
  });

  it.each(Object.keys(EXPECTED) as FrameType[])("%s frames reach exactly who the sight rules say", (type) => {
    expect(observed[type]).toEqual(EXPECTED[type]);
  });
});
