import { describe, expect, it } from "vitest";
import { changedSince, readHello } from "../../app/lib/live-socket";

// A page's data against its room (app/components/use-live-socket.ts): the room's hello says when it last
// announced a change; the page reloads when that is after its loader started reading (less the clock skew).
describe("catching up with the room on connect", () => {
  it("reads the changedAt of either room's hello, nothing else", () => {
    expect(readHello({ type: "hello", seq: 3, online: [], changedAt: 1_764_000_000_000 })).toBe(1_764_000_000_000);
    expect(readHello({ type: "hello", changedAt: 0 })).toBe(0);
    for (const other of [
      { type: "hello", seq: 3, online: [] },
      { type: "hello", changedAt: "1764000000000" },
      { type: "hello", changedAt: 1.5 },
      { type: "changed", what: "payments" },
      { type: "ledger", leaseId: "l", at: "2026-12-04T09:00:00.000Z" },
      null,
      "hello",
      undefined,
    ])
      expect(readHello(other)).toBeNull();
  });

  it("reloads for a change after the read, or up to 2 s before it; not for an older one or none", () => {
    const readAt = Date.parse("2026-12-04T09:00:00.000Z");
    expect(changedSince(readAt, readAt + 1)).toBe(true);
    expect(changedSince(readAt, readAt)).toBe(true);
    expect(changedSince(readAt, readAt - 2_000)).toBe(true);
    expect(changedSince(readAt, readAt - 2_001)).toBe(false);
    expect(changedSince(readAt, 0)).toBe(false);
  });
});
