import { describe, expect, it } from "vitest";
import { expenseMonth, expenseWindow } from "../../app/lib/expense-month";

/** Issue 15 §6: the expenses page's default month is the org's current month, not UTC's. */
describe("expenses page month", () => {
  // 31 March 2026, 22:30 UTC: already 1 April in Paris (UTC+2), still 31 March in New York and UTC.
  const nearMidnight = Date.parse("2026-03-31T22:30:00Z");

  it("is the org's month near midnight at a month's edge", () => {
    expect(expenseMonth(null, "Europe/Paris", nearMidnight)).toBe("2026-04");
    expect(expenseMonth(null, "America/New_York", nearMidnight)).toBe("2026-03");
    expect(expenseMonth(null, "UTC", nearMidnight)).toBe("2026-03");
    // 1 April 03:00 UTC: still 31 March in Los Angeles.
    expect(expenseMonth(null, "America/Los_Angeles", Date.parse("2026-04-01T03:00:00Z"))).toBe("2026-03");
  });

  it("keeps the month asked, and ignores a malformed one", () => {
    expect(expenseMonth("2025-12", "Europe/Paris", nearMidnight)).toBe("2025-12");
    expect(expenseMonth("2025-13", "Europe/Paris", nearMidnight)).toBe("2026-04");
    expect(expenseMonth("", "Europe/Paris", nearMidnight)).toBe("2026-04");
  });

  it("asks the API for every month today may be in somewhere, before the zone is known", () => {
    expect(expenseWindow(null, nearMidnight)).toEqual({ from: "2026-03-01", to: "2026-04-30" });
    expect(expenseWindow(null, Date.parse("2026-03-15T12:00:00Z"))).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(expenseWindow("2024-02", nearMidnight)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("the window always holds the org's month, in the zones furthest from UTC", () => {
    for (let h = 0; h < 48; h++) {
      const now = Date.parse("2026-12-31T00:00:00Z") + h * 3_600_000;
      const { from, to } = expenseWindow(null, now);
      for (const zone of ["Pacific/Kiritimati", "Etc/GMT+12", "Asia/Kolkata", "Europe/Paris"]) {
        const month = expenseMonth(null, zone, now);
        expect(`${month}-01` >= from && `${month}-01` <= to, `${zone} at +${h} h`).toBe(true);
      }
    }
  });
});
