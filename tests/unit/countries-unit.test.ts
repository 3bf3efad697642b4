import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode, resolveCountry } from "../../worker/lib/countries";
import { isFrenchJurisdiction } from "../../worker/lib/french-lease-law";
import { LOCALES } from "../../worker/lib/i18n/locales";

// Issue 13: one list of countries (current ISO 3166-1 alpha-2 codes) for every select and every check.

const WITHDRAWN = ["FX", "DD", "UK", "SU", "CS", "YU", "ZR", "TP", "AN", "BU", "NT", "DY", "HV", "VD", "YD", "RH"];

describe("the country list", () => {
  it("has the 249 current codes and none withdrawn or made up by CLDR", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    for (const code of [...WITHDRAWN, "EU", "UN", "XK", "ZZ", "QO", "AC", "IC", "fr"])
      expect(isCountryCode(code)).toBe(false);
    for (const code of ["FR", "GP", "DE", "GB", "RU", "RS", "UA", "IL", "SS", "BQ"])
      expect(isCountryCode(code)).toBe(true);
  });

  it.each([...LOCALES])("in %s: no name twice, no withdrawn code, sorted by the language's collation", (locale) => {
    const options = countryOptions(locale);
    const labels = options.map((o) => o.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(options.map((o) => o.value).filter((v) => WITHDRAWN.includes(v))).toEqual([]);
    const collator = new Intl.Collator(locale);
    for (let i = 1; i < labels.length; i++) expect(collator.compare(labels[i - 1]!, labels[i]!)).toBeLessThanOrEqual(0);
    expect(labels.filter((l) => l === countryName("FR", locale))).toHaveLength(1);
  });

  it("names a code in the reader's language, and legacy text as stored", () => {
    expect(countryName("FR", "uk")).toBe("Франція");
    expect(countryName("FR", "he")).toBe("צרפת");
    expect(countryName("Atlantis", "fr")).toBe("Atlantis");
  });
});

describe("resolveCountry", () => {
  it.each([
    ["FR", "FR"],
    ["fr", "FR"],
    ["france", "FR"],
    ["  FRANCE ", "FR"],
    ["République française", "FR"],
    ["republique  francaise", "FR"],
    ["French Republic", "FR"],
    ["Франція", "FR"],
    ["ФРАНЦИЯ", "FR"],
    ["צרפת", "FR"],
    ["Frankreich", "FR"],
    ["Francia", "FR"],
    ["França", "FR"],
    ["フランス", "FR"],
    ["法国", "FR"],
    ["فرنسا", "FR"],
    ["Guadeloupe", "GP"],
    ["la réunion", "RE"],
    ["Guyane française", "GF"],
    ["Deutschland", "DE"],
    ["UK", "GB"],
    ["Україна", "UA"],
    ["ישראל", "IL"],
  ])("%j → %s", (typed, code) => {
    expect(resolveCountry(typed)).toBe(code);
  });

  it.each(["", "FX", "DD", "SU", "Atlantis", "Fra nce", "123"])("%j → null", (typed) => {
    expect(resolveCountry(typed)).toBeNull();
  });
});

describe("isFrenchJurisdiction (loi n° 89-462 art. 2)", () => {
  it("is metropolitan France and the overseas departments, by code only", () => {
    for (const code of ["FR", "GP", "MQ", "GF", "RE", "YT"]) expect(isFrenchJurisdiction(code)).toBe(true);
    for (const code of ["PM", "NC", "PF", "BE", "FX", "France", "fr", "", null, undefined])
      expect(isFrenchJurisdiction(code)).toBe(false);
  });
});
