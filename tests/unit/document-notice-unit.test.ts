import { describe, expect, it } from "vitest";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import { readDocumentNotice } from "../../durable-objects/document-notice.frames";

const at = "2026-12-03T10:00:00Z";
const online = [
  { userId: "u-1", name: "Ана", side: "renter", viewing: ["doc-1"] },
  { userId: "u-2", name: "Lena", side: "landlord" },
];

describe("readDocumentNotice (a document page's check of an apartment-room message)", () => {
  it("reads who is online from hello and presence, and which document changed", () => {
    const frames: [unknown, unknown][] = [
      [
        { type: "hello", changedAt: 0, seq: 3, online },
        { type: "presence", online },
      ],
      [
        { type: "presence", online: [] },
        { type: "presence", online: [] },
      ],
      [
        { type: "document", event: { documentId: "doc-1", status: "signed", at, leaseId: "l-1" } },
        { type: "document", documentId: "doc-1" },
      ],
    ];
    for (const [frame, notice] of frames) {
      expect(readServerFrame(frame)).not.toBeNull(); // frames the room really sends
      expect(readDocumentNotice(frame)).toEqual(notice);
    }
  });

  it("answers null for the room's other frames and for what is malformed", () => {
    const others = [
      { type: "typing", userId: "u-1" },
      { type: "ledger", leaseId: "l-1", at },
      {
        type: "chat",
        seq: 4,
        message: { id: "m", userId: "u", name: "A", side: "renter", text: "hi", clientId: "c", createdAt: at },
      },
    ];
    for (const frame of others) expect(readServerFrame(frame)).not.toBeNull();
    const malformed = [
      { type: "presence", online: [{ userId: "u-1", name: "Ана", side: "admin" }] },
      { type: "presence", online: [{ userId: "u-1", side: "renter" }] },
      { type: "presence", online: [{ userId: "u-1", name: "Ана", side: "renter", viewing: "doc-1" }] },
      { type: "presence", online: "everyone" },
      { type: "document", event: { documentId: 7 } },
      { type: "document" },
    ];
    for (const frame of malformed) expect(readServerFrame(frame)).toBeNull(); // the full check refuses them too
    for (const value of [...others, ...malformed, null, "presence", 42, [], {}])
      expect(readDocumentNotice(value)).toBeNull();
  });
});
