import { describe, expect, it } from "vitest";
import {
  dateIn,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPeriod,
  formatPeriodShort,
} from "../../worker/lib/i18n/format";

// Intl output uses narrow no-break spaces (U+202F) and no-break spaces (U+00A0): compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u200f/g, "");

describe("the one formatter", () => {
  it("prints money per language and currency, exactly in minor units", () => {
    expect(plain(formatMoney(72000, "EUR", "fr"))).toBe("720,00 €");
    expect(plain(formatMoney(72000, "EUR", "en"))).toBe("€720.00");
    // Ukrainian CLDR says "EUR"; every screen says € (a tester saw "540,00 EUR" next to "540,00 €").
    expect(plain(formatMoney(72000, "EUR", "uk"))).toBe("720,00 €");
    expect(plain(formatMoney(72000, "GBP", "uk"))).toBe("720,00 £");
    expect(plain(formatMoney(8500000, "JPY", "fr"))).toBe("8 500 000 JPY");
    expect(plain(formatMoney(123456, "EUR", "he"))).toBe("1,234.56 €");
  });

  it("prints calendar dates without shifting them, and periods as month names", () => {
    expect(plain(formatDate("2026-12-01", "fr", "long"))).toBe("1er décembre 2026");
    expect(plain(formatDate("2026-12-01", "uk", "long"))).toBe("1 грудня 2026 р.");
    expect(formatPeriod("2026-11", "fr")).toBe("novembre 2026");
    expect(formatPeriod("2026-11", "en")).toBe("November 2026");
    expect(formatDate("not a date", "fr")).toBe("not a date");
    // A chart's axis: short month names, never "01…12"; January names its year.
    expect(["2026-11", "2027-01"].map((p) => formatPeriodShort(p, "fr"))).toEqual(["nov.", "janv. 27"]);
    expect(["2026-11", "2027-01"].map((p) => formatPeriodShort(p, "en"))).toEqual(["Nov", "Jan 27"]);
  });

  it("prints instants in the org's time zone around midnight, labelled", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris (UTC+1 in winter), and still 30 November in New York.
    expect(plain(formatDateTime("2026-11-30T23:30:00Z", "fr", "Europe/Paris"))).toBe("1er déc. 2026, 00:30 UTC+1");
    expect(dateIn("2026-11-30T23:30:00Z", "Europe/Paris")).toBe("2026-12-01");
    expect(dateIn("2026-11-30T23:30:00Z", "America/New_York")).toBe("2026-11-30");
    expect(plain(formatDateTime("2026-07-01T22:15:00Z", "en", "Europe/Paris"))).toBe("Jul 2, 2026, 12:15 AM GMT+2");
  });

  it("writes a 12-hour clock's hour as Chromium does, so pages hydrate the server's text", () => {
    // workerd printed "01:34 AM" for a 2-digit hour where Chromium prints "1:34 AM" (React hydration error #418).
    expect(plain(formatDateTime("2026-12-01T00:34:00Z", "en", "Europe/Paris"))).toBe("Dec 1, 2026, 1:34 AM GMT+1");
    expect(plain(formatDateTime("2026-12-01T00:34:00Z", "fr", "Europe/Paris"))).toBe("1er déc. 2026, 01:34 UTC+1");
  });
});
