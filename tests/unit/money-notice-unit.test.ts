import { describe, expect, it } from "vitest";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import { readMoneyNotice } from "../../durable-objects/money-notice.frames";
import { paymentActivity as payment } from "../setup/room-frames";

describe("readMoneyNotice (the renter's Rent tab's check of an apartment-room message)", () => {
  it("reads a ledger notice and a payment reported, confirmed or rejected", () => {
    const frames = [
      { type: "ledger", leaseId: "l-1", at: "2026-12-03T10:00:00Z" },
      { type: "activity", seq: 4, activity: payment },
      { type: "activity", seq: 5, activity: { ...payment, status: "confirmed", confirmedByName: "Lena" } },
    ];
    for (const frame of frames) {
      expect(readServerFrame(frame)).not.toBeNull(); // frames the room really sends
      expect(readMoneyNotice(frame)).toEqual({ type: frame.type });
    }
  });

  it("answers null for a note without an amount, the room's other frames and anything else", () => {
    const others = [
      { type: "activity", seq: 6, activity: { ...payment, kind: "note", amount: null, currency: null } },
      { type: "typing", userId: "u-1" },
      { type: "maintenance", requestId: "mr-1", leaseId: null, status: "triaged", at: "2026-12-03T10:00:00Z" },
      { type: "presence", online: [] },
    ];
    for (const frame of others) expect(readServerFrame(frame)).not.toBeNull();
    for (const value of [
      ...others,
      null,
      "ledger",
      42,
      [],
      {},
      { type: "activity" },
      { type: "activity", activity: null },
    ])
      expect(readMoneyNotice(value)).toBeNull();
  });
});
