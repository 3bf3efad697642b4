import { describe, expect, it } from "vitest";
import { readOrgFrame } from "../../durable-objects/org-room.protocol";

describe("readOrgFrame (the dashboard's check of an org-room message)", () => {
  it("reads every change the room sends, keeping only type and what", () => {
    for (const what of ["payments", "applications", "leases", "maintenance"] as const)
      expect(readOrgFrame({ type: "changed", what, extra: 1 })).toEqual({ type: "changed", what });
  });

  it("answers null for anything else", () => {
    for (const value of [
      null,
      "changed",
      42,
      [],
      {},
      { type: "changed" },
      { type: "changed", what: "rent" },
      { type: "hello", what: "payments" },
      { what: "payments" },
    ])
      expect(readOrgFrame(value)).toBeNull();
  });
});
