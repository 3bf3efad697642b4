import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatTime } from "../../worker/lib/i18n/format";
import { isFormatLocale, negotiateFormatLocale } from "../../worker/lib/i18n/regions";

/**
 * Issue 13 §4 (a tester's find): an en-GB visitor got US dates ("Dec 2, 2026", 2:05 PM). Dates, times and
 * numbers follow the negotiated region; messages follow the language.
 */

const DAY = "2026-12-02";
const INSTANT = "2026-12-02T13:05:00Z"; // 14:05 in Paris

describe("the formatting locale: the page's language with the browser's region", () => {
  it("takes the region of the best entry naming the language", () => {
    expect(negotiateFormatLocale("en", "en-GB,en;q=0.9")).toBe("en-GB");
    expect(negotiateFormatLocale("en", "fr-FR, en-US;q=0.8, en-GB;q=0.5")).toBe("en-US");
    expect(negotiateFormatLocale("fr", "fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr-CA");
    expect(negotiateFormatLocale("he", "iw-IL")).toBe("he-IL");
    expect(negotiateFormatLocale("fr", "en-GB")).toBe("fr");
    expect(negotiateFormatLocale("en", "en")).toBe("en");
    expect(negotiateFormatLocale("en", undefined)).toBe("en");
    expect(negotiateFormatLocale("en", "en-GB;q=0, en-AU;q=0.3, ???")).toBe("en-AU");
  });

  it("accepts loader data only for the page's language", () => {
    expect(isFormatLocale("en-GB", "en")).toBe(true);
    expect(isFormatLocale("fr-BE", "en")).toBe(false);
    expect(isFormatLocale("fr", "fr")).toBe(true);
    expect(isFormatLocale(42, "fr")).toBe(false);
  });
});

describe("a date, a time and money per region", () => {
  it("en-GB: 2 Dec 2026, 24-hour", () => {
    expect(formatDate(DAY, "en-GB")).toBe("2 Dec 2026");
    expect(formatTime(INSTANT, "en-GB", "Europe/Paris")).toBe("14:05");
    expect(formatDateTime(INSTANT, "en-GB", "Europe/Paris")).toMatch(/^2 Dec 2026, 14:05/);
    expect(formatMoney(72050, "EUR", "en-GB")).toBe("€720.50");
  });

  it("en-US: Dec 2, 2026, 12-hour", () => {
    expect(formatDate(DAY, "en-US")).toBe("Dec 2, 2026");
    expect(formatTime(INSTANT, "en-US", "Europe/Paris")).toMatch(/^2:05\sPM$/);
    expect(formatMoney(72050, "USD", "en-US")).toBe("$720.50");
  });

  it("fr-FR and fr-CA: French words, each its own clock", () => {
    expect(formatDate(DAY, "fr-FR")).toBe("2 déc. 2026");
    expect(formatDate("2026-12-01", "fr-FR", "long")).toBe("1er décembre 2026");
    expect(formatTime(INSTANT, "fr-FR", "Europe/Paris")).toBe("14:05");
    expect(formatMoney(72050, "EUR", "fr-FR")).toMatch(/^720,50\s€$/);
    expect(formatDate(DAY, "fr-CA")).toMatch(/2 déc\.? 2026/);
    expect(formatTime(INSTANT, "fr-CA", "America/Montreal")).toMatch(/^8\sh\s05$/);
    expect(formatMoney(72050, "CAD", "fr-CA")).toMatch(/^720,50\s\$/);
  });

  it("he-IL: Hebrew month, 24-hour", () => {
    expect(formatDate(DAY, "he-IL")).toMatch(/^2 בדצמ׳ 2026$/);
    expect(formatTime(INSTANT, "he-IL", "Asia/Jerusalem")).toBe("15:05");
    expect(formatMoney(72050, "ILS", "he-IL")).toContain("720.50");
  });
});
