import { describe, expect, it } from "vitest";
import { minorToInput, parseMoney } from "../../worker/lib/money-input";

// Issue 13: a money input shows the amount the viewer's way and reads back whatever way a person types it.

describe("money inputs in the viewer's locale", () => {
  it("prefills with the locale's decimal separator, no grouping, exactly", () => {
    expect(minorToInput(85000, "EUR", "fr")).toBe("850,00");
    expect(minorToInput(85000, "EUR", "uk")).toBe("850,00");
    expect(minorToInput(85000, "EUR", "he")).toBe("850.00");
    expect(minorToInput(85000, "EUR", "en")).toBe("850.00");
    expect(minorToInput(123456789, "EUR", "fr")).toBe("1234567,89");
    expect(minorToInput(5, "KWD", "fr")).toBe("0,005");
    expect(minorToInput(85000, "JPY", "fr")).toBe("85000");
    expect(minorToInput(-1250, "EUR", "uk")).toBe("-12,50");
  });

  it("reads back what it prefills, in every locale and currency", () => {
    for (const locale of ["fr", "en", "uk", "he"])
      for (const [minor, currency] of [
        [85000, "EUR"],
        [123456789, "EUR"],
        [5, "KWD"],
        [85000, "JPY"],
        [1, "GBP"],
      ] as const)
        expect(parseMoney(minorToInput(minor, currency, locale), currency, locale)).toBe(minor);
  });

  it.each([
    ["850,00", "fr", 85000],
    ["850.00", "fr", 85000],
    ["850", "fr", 85000],
    ["850,5", "fr", 85050],
    ["1 234,50", "fr", 123450],
    ["1\u00a0234,50", "fr", 123450],
    ["1\u202f234,50", "fr", 123450],
    [" 1 234 567,89 ", "fr", 123456789],
    ["1.234,50", "fr", 123450],
    ["1,234.50", "fr", 123450],
    ["850,00", "uk", 85000],
    ["1 234,50", "uk", 123450],
    ["850.00", "uk", 85000],
    ["850.00", "he", 85000],
    ["1,234.50", "he", 123450],
    ["850,50", "he", 85050],
    ["850.00", "en", 85000],
    ["850,00", "en", 85000],
    ["1,234.50", "en", 123450],
    ["1,234", "en", 123400],
    ["1,234,567", "en", 123456700],
    ["1.234.567,89", "fr", 123456789],
  ])("%j in %s → %i cents (EUR)", (typed, locale, minor) => {
    expect(parseMoney(typed, "EUR", locale)).toBe(minor);
  });

  it.each([
    ["850,001", "fr"],
    ["1,234", "fr"],
    ["1,2,3", "en"],
    ["1,23,456", "en"],
    ["1.234,5.6", "fr"],
    ["850.", "en"],
    [",50", "fr"],
    ["-5", "fr"],
    ["8 5O", "fr"],
    ["", "fr"],
    ["99999999999999999999", "en"],
  ])("refuses %j in %s", (typed, locale) => {
    expect(parseMoney(typed, "EUR", locale)).toBeNull();
  });

  it("knows each currency's decimals: JPY has none, KWD three", () => {
    expect(parseMoney("85 000", "JPY", "fr")).toBe(85000);
    expect(parseMoney("85000,5", "JPY", "fr")).toBeNull();
    expect(parseMoney("1,250", "KWD", "en")).toBe(1250);
    expect(parseMoney("1,250", "KWD", "fr")).toBe(1250);
  });
});
