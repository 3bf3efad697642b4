import { describe, expect, it } from "vitest";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import { serverFrame } from "../../durable-objects/apartment-room.protocol";
import { paymentActivity as activity } from "../setup/room-frames";

// The browser's check of the room's frames (Valibot, durable-objects/apartment-room.frames.ts) against the
// server's reference schema (zod, ./apartment-room.protocol.ts): the same frames pass both, the same fail both.

const at = "2026-12-03T10:00:00Z";
const message = {
  id: "m-1",
  userId: "u-1",
  name: "Ана",
  side: "renter",
  text: "Привіт",
  clientId: "c-1",
  createdAt: at,
};
const online = [{ userId: "u-1", name: "Ана", side: "renter", viewing: ["doc-1"] }];

const valid = [
  { type: "hello", changedAt: 0, seq: 0, online },
  { type: "activity", seq: 4, activity },
  {
    type: "activity",
    seq: 5,
    activity: { ...activity, kind: "note", amount: null, currency: null, method: undefined },
  },
  { type: "chat", seq: 6, message },
  { type: "chat", seq: 7, message: { ...message, leaseId: null } },
  { type: "presence", online: [{ userId: "u-2", name: "Lena", side: "landlord" }] },
  { type: "typing", userId: "u-1" },
  // Keys a newer server adds are dropped by both, never passed on nor refused.
  { type: "typing", userId: "u-1", extra: 1 },
  { type: "activity", seq: 8, activity: { ...activity, extra: "x" } },
  { type: "document", event: { documentId: "d-1", status: "signed", at, leaseId: "l-1" } },
  { type: "ledger", leaseId: "l-1", at },
  { type: "maintenance", requestId: "mr-1", leaseId: null, status: "triaged", at },
  { type: "error", code: "access_revoked", reason: "removed_from_org", detail: "Removed." },
  { type: "error", code: "rate_limited", detail: "Slow down." },
];

const invalid = [
  null,
  42,
  "hello",
  [],
  {},
  { type: "unknown" },
  { type: "hello", changedAt: 0, seq: 1.5, online },
  { type: "hello", changedAt: 0, seq: 2 ** 60, online },
  { type: "hello", changedAt: 0, seq: 1, online: [{ userId: "u-1", name: "Ана", side: "admin" }] },
  { type: "activity", seq: 4, activity: { ...activity, amount: "850.00" } },
  { type: "activity", seq: 4, activity: { ...activity, amount: 850.5 } },
  { type: "activity", seq: 4, activity: { ...activity, amount: 2 ** 60 } },
  { type: "activity", seq: 4.5, activity },
  { type: "chat", seq: 2 ** 60, message },
  { type: "activity", seq: 4, activity: { ...activity, status: "lost" } },
  { type: "activity", seq: 4, activity: { ...activity, method: "bitcoin" } },
  { type: "activity", seq: 4, activity: { ...activity, createdAt: undefined } },
  { type: "chat", seq: 6, message: { ...message, text: 7 } },
  { type: "document", event: { documentId: "d-1", status: "signed" } },
  { type: "maintenance", requestId: "mr-1", status: "triaged", at },
  { type: "error", code: "teapot", detail: "?" },
  { type: "error", code: "access_revoked", reason: "bored", detail: "?" },
];

describe("readServerFrame (the browser's check of the apartment room's frames)", () => {
  it("reads every frame the server's schema accepts, as the server's schema reads it", () => {
    for (const frame of valid) {
      const reference = serverFrame.safeParse(frame);
      expect(reference.success, JSON.stringify(frame)).toBe(true);
      expect(readServerFrame(frame)).toEqual(reference.data);
    }
  });

  it("answers null for what the server's schema refuses", () => {
    for (const value of invalid) {
      expect(serverFrame.safeParse(value).success, JSON.stringify(value)).toBe(false);
      expect(readServerFrame(value), JSON.stringify(value)).toBeNull();
    }
  });
});
