import { describe, expect, it } from "vitest";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import { readMaintenanceNotice } from "../../durable-objects/maintenance-notice.frames";

describe("readMaintenanceNotice (a request page's check of an apartment-room message)", () => {
  const notice = {
    type: "maintenance",
    requestId: "mr-1",
    leaseId: null,
    status: "triaged",
    at: "2026-12-03T10:00:00Z",
  };

  it("reads the room's maintenance notice, keeping only type and requestId", () => {
    expect(readServerFrame(notice)).not.toBeNull(); // the frame the room really sends
    expect(readMaintenanceNotice(notice)).toEqual({ type: "maintenance", requestId: "mr-1" });
  });

  it("answers null for the room's other frames and for anything else", () => {
    const others = [
      { type: "typing", userId: "u-1" },
      { type: "ledger", leaseId: "l-1", at: "2026-12-03T10:00:00Z" },
      { type: "presence", online: [] },
    ];
    for (const frame of others) expect(readServerFrame(frame)).not.toBeNull();
    for (const value of [
      ...others,
      null,
      "maintenance",
      42,
      [],
      {},
      { type: "maintenance" },
      { type: "maintenance", requestId: 7 },
    ])
      expect(readMaintenanceNotice(value)).toBeNull();
  });
});
