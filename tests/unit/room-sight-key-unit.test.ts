import { describe, expect, it } from "vitest";
import type { Activity, Identity, ServerFrame } from "../../durable-objects/apartment-room.protocol";
import { frameContextOf } from "../../durable-objects/room-frames";
import { frameFor, sharedViewKey } from "../../durable-objects/room-sight";

// The room works a broadcast out once per view key (durable-objects/room-sight.ts `sharedViewKey`) and sends
// the same text to every viewer with that key. This holds only if the frame rules read nothing else of such a
// viewer: two landlord-side viewers with the same key but a different user, session, posting rights, lease
// and open document must receive every frame type alike. A new frame type fails to compile until it has a
// frame below.

const at = "2026-03-01T10:00:00.000Z";

const activity = (leaseId: string | null, amount: number | null, kind = "payment"): Activity => ({
  id: `a-${kind}-${leaseId}`,
  apartmentId: "apt",
  kind,
  description: "Rent",
  amount,
  currency: amount === null ? null : "EUR",
  period: null,
  authorUserId: "landlord",
  authorName: "Lena",
  authorSide: "landlord",
  leaseId,
  status: "posted",
  confirmBySide: null,
  confirmedAt: null,
  confirmedBy: null,
  confirmedByName: null,
  rejectedReason: null,
  createdAt: at,
  updatedAt: at,
});

const online = [
  { userId: "renter", name: "Élodie", side: "renter" as const, viewing: ["doc-l1"] },
  { userId: "staff-a", name: "Lena", side: "landlord" as const, viewing: [] },
];

/** Frames of every type, each in the shapes whose rule branches differ (a lease's, none, money, a note). */
const FRAMES: { [T in ServerFrame["type"]]: Extract<ServerFrame, { type: T }>[] } = {
  hello: [{ type: "hello", changedAt: 0, seq: 3, online }],
  presence: [{ type: "presence", online }],
  typing: [{ type: "typing", userId: "renter" }],
  chat: [
    {
      type: "chat",
      seq: 4,
      message: {
        id: "m",
        userId: "renter",
        name: "Élodie",
        side: "renter",
        text: "hi",
        clientId: "c",
        createdAt: at,
        leaseId: "L1",
      },
    },
  ],
  activity: [
    { type: "activity", seq: 5, activity: activity("L1", 80000) },
    { type: "activity", seq: 6, activity: activity(null, null, "note") },
    { type: "activity", seq: 7, activity: activity(null, null, "maintenance") },
  ],
  document: [
    { type: "document", event: { documentId: "doc-l1", status: "ready", at, leaseId: "L1" } },
    { type: "document", event: { documentId: "doc-x", status: "ready", at, leaseId: null } },
  ],
  ledger: [{ type: "ledger", leaseId: "L1", at }],
  maintenance: [
    { type: "maintenance", requestId: "r1", leaseId: "L1", status: "open", at },
    { type: "maintenance", requestId: "r2", leaseId: null, status: "open", at },
  ],
  error: [{ type: "error", code: "invalid_frame", detail: "frame: bad" }],
};

const renter: Identity = {
  userId: "renter",
  name: "Élodie",
  side: "renter",
  canPost: true,
  sid: "s-renter",
  orgId: "org",
  leaseId: "L1",
  postUntil: null,
  sees: { leases: [{ leaseId: "L1", from: "2026-01-01T00:00:00.000Z", until: null }], sharedChat: false },
  leasePrivate: true,
  viewing: "doc-l1",
  viewingLease: "L1",
};

/** Two landlord-side viewers alike in side and `leasePrivate`, different in everything else. */
function twins(side: Identity["side"], leasePrivate: boolean): [Identity, Identity] {
  const base = { side, leasePrivate, sees: null, orgId: "org" } as const;
  return [
    { ...base, userId: "staff-a", name: "Lena", canPost: true, sid: "s-a", leaseId: null, postUntil: null },
    {
      ...base,
      userId: "staff-b",
      name: "Marc",
      canPost: false,
      sid: "s-b",
      leaseId: "L9",
      postUntil: "2026-01-01T00:00:00.000Z",
      viewing: "doc-x",
      viewingLease: null,
    },
  ];
}

describe("room view keys (sharedViewKey)", () => {
  it("gives a renter no shared key: their sight is their own", () => {
    expect(sharedViewKey(renter)).toBeNull();
  });

  for (const side of ["landlord", "renter"] as const) {
    for (const leasePrivate of [true, false]) {
      it(`landlord-side viewers (${side}, leasePrivate ${leasePrivate}) with one key receive every frame alike`, () => {
        const [a, b] = twins(side, leasePrivate);
        expect(sharedViewKey(a)).not.toBeNull();
        expect(sharedViewKey(a)).toBe(sharedViewKey(b));
        const ctx = frameContextOf([renter, a, b]);
        for (const frame of Object.values(FRAMES).flat()) {
          expect(frameFor(b, frame, ctx), frame.type).toEqual(frameFor(a, frame, ctx));
        }
      });
    }
  }

  it("tells apart landlord-side viewers whose frames differ (leasePrivate)", () => {
    const [withMoney] = twins("landlord", true);
    const [without] = twins("landlord", false);
    expect(sharedViewKey(withMoney)).not.toBe(sharedViewKey(without));
    const ctx = frameContextOf([renter, withMoney, without]);
    expect(frameFor(withMoney, FRAMES.ledger[0]!, ctx)).not.toBeNull();
    expect(frameFor(without, FRAMES.ledger[0]!, ctx)).toBeNull();
  });
});
