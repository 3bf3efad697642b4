import { describe, expect, it } from "vitest";
import { readApartmentNotice } from "../../durable-objects/apartment-notice.frames";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import { readDocumentNotice } from "../../durable-objects/document-notice.frames";
import { readMaintenanceNotice } from "../../durable-objects/maintenance-notice.frames";
import { readMoneyNotice } from "../../durable-objects/money-notice.frames";
import { paymentActivity as payment } from "../setup/room-frames";

const at = "2026-12-03T10:00:00Z";

/** What the three page readers say of a message: a notice the apartment page reloads on, by its type. */
function byThePageReaders(value: unknown) {
  const document = readDocumentNotice(value);
  const notice =
    readMoneyNotice(value) ?? readMaintenanceNotice(value) ?? (document?.type === "document" ? document : null);
  return notice ? { type: notice.type } : null;
}

// Frames the room really sends (each read by the full check) and messages it never sends.
const SENT = [
  { type: "ledger", leaseId: "l-1", at },
  { type: "activity", seq: 4, activity: payment },
  { type: "activity", seq: 5, activity: { ...payment, status: "rejected" } },
  { type: "activity", seq: 6, activity: { ...payment, kind: "note", amount: null, currency: null } },
  { type: "document", event: { documentId: "doc-1", status: "signed", at, leaseId: "l-1" } },
  { type: "maintenance", requestId: "mr-1", leaseId: null, status: "triaged", at },
  { type: "hello", changedAt: 0, seq: 3, online: [] },
  { type: "presence", online: [{ userId: "u-1", name: "Lena", side: "landlord" }] },
  { type: "typing", userId: "u-1" },
  {
    type: "chat",
    seq: 7,
    message: { id: "m", userId: "u", name: "A", side: "renter", text: "hi", clientId: "c", createdAt: at },
  },
  { type: "error", code: "invalid_frame", detail: "bad frame" },
];
const MALFORMED = [
  null,
  "ledger",
  42,
  [],
  {},
  { type: "activity" },
  { type: "activity", activity: null },
  { type: "document", event: null },
  { type: "document", event: { documentId: 7 } },
  { type: "maintenance" },
  { type: "maintenance", requestId: 7 },
];

describe("readApartmentNotice (the landlord's apartment page outside Chat)", () => {
  it("reloads on the money, a document and a maintenance request, never on hello, presence, typing, chat or errors", () => {
    for (const frame of SENT) expect(readServerFrame(frame)).not.toBeNull();
    expect(SENT.map((frame) => readApartmentNotice(frame)?.type ?? null)).toEqual([
      "ledger",
      "activity",
      "activity",
      null,
      "document",
      "maintenance",
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("agrees with the money, document and maintenance readers on every message", () => {
    for (const value of [...SENT, ...MALFORMED]) expect(readApartmentNotice(value)).toEqual(byThePageReaders(value));
  });
});
