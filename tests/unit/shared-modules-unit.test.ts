import { describe, expect, it } from "vitest";
import { can, permissionsOf, rolesWith } from "../../worker/auth/policy";
import { isUniqueViolation } from "../../worker/db/errors";
import {
  addMonths,
  dueDateOf,
  leaseEnd,
  monthsBetween,
  monthsEndingAt,
  nextPeriod,
  periodBounds,
  todayIn,
} from "../../worker/lib/calendar";
import { formatMoney, minorUnitDigits } from "../../worker/lib/money";
import { minorToInput, parseMoney } from "../../worker/lib/money-input";

describe("calendar", () => {
  it("today depends on the time zone around midnight", () => {
    const justBeforeMidnightUtc = Date.UTC(2026, 10, 4, 23, 30); // 4 Nov 23:30 UTC = 5 Nov 00:30 in Paris
    expect(todayIn("UTC", justBeforeMidnightUtc)).toBe("2026-11-04");
    expect(todayIn("Europe/Paris", justBeforeMidnightUtc)).toBe("2026-11-05");
    expect(todayIn("America/New_York", justBeforeMidnightUtc)).toBe("2026-11-04");
  });
  it("periods", () => {
    expect(nextPeriod("2026-12")).toBe("2027-01");
    expect(periodBounds("2028-02")).toEqual(["2028-02-01", "2028-02-29"]);
    expect(monthsBetween("2026-01-15", "2027-03")).toBe(14);
    expect(monthsEndingAt("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(dueDateOf("2026-02", 31)).toBe("2026-02-28");
  });
  it("lease ends the day before the same date months later", () => {
    expect(leaseEnd("2026-09-01", 12)).toBe("2027-08-31");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  });
});

describe("money", () => {
  it("uses the ISO 4217 exponent of each currency", () => {
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
    expect(parseMoney("850,50", "EUR")).toBe(85050);
    expect(parseMoney("85000", "JPY")).toBe(85000);
    expect(parseMoney("85000.5", "JPY")).toBeNull();
    expect(parseMoney("1.234", "KWD")).toBe(1234);
    expect(parseMoney("abc", "EUR")).toBeNull();
    expect(minorToInput(85050, "EUR")).toBe("850.50");
    expect(minorToInput(85000, "JPY")).toBe("85000");
    expect(formatMoney(85000, "JPY", "en")).toBe("¥85,000");
    expect(formatMoney(72000, "EUR", "fr").replace(/\s/g, " ")).toBe("720,00 €");
  });
});

describe("policy", () => {
  it("maintenance never writes money or contracts; renters report payments and sign", () => {
    expect(can({ role: "maintenance" }, "ledger.write")).toBe(false);
    expect(can({ role: "maintenance" }, "payment.confirm")).toBe(false);
    expect(can({ role: "manager" }, "payment.confirm")).toBe(true);
    expect(can({ role: "manager" }, "team.manage")).toBe(false);
    expect(can({ role: "owner" }, "team.manage")).toBe(true);
    expect(permissionsOf({ role: null, side: "renter" })).toEqual(["payment.report", "agreement.sign", "room.post"]);
    expect(rolesWith("payment.confirm")).toEqual(["owner", "manager"]);
  });
});

describe("isUniqueViolation", () => {
  const d1 = new Error(
    "D1_ERROR: UNIQUE constraint failed: lease_renters.lease_id, lease_renters.user_id: SQLITE_CONSTRAINT",
  );
  const wrapped = Object.assign(new Error("Failed query: insert into ..."), { cause: d1 });
  it("names the table or a column of the violated key, through drizzle's wrapper", () => {
    expect(isUniqueViolation(wrapped, "lease_renters")).toBe(true);
    expect(isUniqueViolation(wrapped, "lease_renters.user_id")).toBe(true);
    expect(isUniqueViolation(wrapped, "users.email")).toBe(false);
    expect(isUniqueViolation(new Error("boom"), "lease_renters")).toBe(false);
  });
});
