import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalInput } from "../../app/lib/decimal-input.server";
import { newListingForm } from "../../app/lib/listing-forms.server";
import { apiQuery, readFilters } from "../../app/lib/listing-search";
import { decimalToInput, parseDecimal } from "../../worker/lib/decimal";

/** A page request in `language` (the language cookie decides, as the switcher sets it). */
const requestIn = (language: string) =>
  new Request("https://rentline.test/manage/listings/new", { headers: { cookie: `rl_lang=${language}` } });

const NNBSP = "\u202f";

/**
 * Issue 13: every decimal field that is not money (living area in m², the search's area bounds, the IRL
 * index value, hours) reads either decimal mark and spaces as thousands separators in every language,
 * through one function (worker/lib/decimal.ts `parseDecimal`), and shows the format locale's mark.
 */
describe("decimal fields", () => {
  it.each(["fr", "en", "uk", "he"])("%s: 42,5 and 42.5 are 42.5; spaces group thousands", (locale) => {
    expect(parseDecimal("42,5", locale)).toBe(42.5);
    expect(parseDecimal("42.5", locale)).toBe(42.5);
    expect(parseDecimal(" 18,25 ", locale)).toBe(18.25);
    expect(parseDecimal("1 234,5", locale)).toBe(1234.5);
    expect(parseDecimal(`1${NNBSP}234,5`, locale)).toBe(1234.5);
    expect(parseDecimal("1\u00a0234.5", locale)).toBe(1234.5);
    expect(parseDecimal("1.234,5", locale)).toBe(1234.5);
    expect(parseDecimal("145,17", locale)).toBe(145.17);
    for (const garbage of ["", "abc", "42,", "4 2,5x", "-3", "42.555", "1,2,3,4"])
      expect(parseDecimal(garbage, locale), garbage).toBeNull();
  });

  it("three digits after a lone comma: a thousand where the comma groups (en, he), else too many decimals", () => {
    expect(parseDecimal("1,234", "en")).toBe(1234);
    expect(parseDecimal("1,234", "he")).toBe(1234);
    expect(parseDecimal("1,234", "fr")).toBeNull();
    expect(parseDecimal("1,234", "uk")).toBeNull();
  });

  it("prefills the format locale's way: 42,5 (fr, uk), 42.5 (en, he), padded for an index value", () => {
    expect(decimalToInput(42.5, "fr")).toBe("42,5");
    expect(decimalToInput(42.5, "uk")).toBe("42,5");
    expect(decimalToInput(42.5, "en")).toBe("42.5");
    expect(decimalToInput(42.5, "en-GB")).toBe("42.5");
    expect(decimalToInput(42.5, "he")).toBe("42.5");
    expect(decimalToInput(1234.5, "fr")).toBe("1234,5");
    expect(decimalToInput(145.1, "fr", 2)).toBe("145,10");
    for (const locale of ["fr", "en", "uk", "he"])
      expect(parseDecimal(decimalToInput(1234.56, locale), locale)).toBe(1234.56);
  });

  it("a field refuses garbage with a translated sentence, never a throw", () => {
    const area = decimalInput("fr", z.number().positive().max(100_000));
    expect(area.parse("42,5")).toBe(42.5);
    expect(area.safeParse("quarante").error?.issues[0]?.message).toBe("Saisissez un nombre");
    expect(decimalInput("uk", z.number()).safeParse("сорок").error?.issues[0]?.message).not.toMatch(/number/i);
    expect(decimalInput("en", z.number().max(10)).safeParse("1 000").error?.issues[0]?.message).toBe("At most 10");
  });

  it("the new-listing form takes a French landlord's 42,5 m² (and 1 234,5), and words a wrong area in French", () => {
    const base = { apartmentId: "a", title: "Studio lumineux", description: "Un studio", city: "Lyon" };
    const posted = { ...base, type: "studio", address: "3 rue des Lilas", rent: "850", availableFrom: "2027-01-01" };
    const form = newListingForm("EUR", requestIn("fr"));
    expect(form.parse({ ...posted, livingArea: "42,5" }).livingArea).toBe(42.5);
    expect(form.parse({ ...posted, livingArea: `1${NNBSP}234,5` }).livingArea).toBe(1234.5);
    expect(newListingForm("EUR", requestIn("en")).parse({ ...posted, livingArea: "42.5" }).livingArea).toBe(42.5);
    // A shared flat's rooms, one per line: the price keeps its decimal comma.
    const rooms = form.parse({ ...posted, rooms: "Chambre A, 1, 450,50\nChambre B, 2, 1 234,5" }).rooms;
    expect(rooms.map((r) => [r.name, r.capacity, r.rentAmount])).toEqual([
      ["Chambre A", 1, 45050],
      ["Chambre B", 2, 123450],
    ]);
    const refused = form.safeParse({ ...posted, livingArea: "quarante" });
    expect(refused.error?.issues.find((i) => i.path[0] === "livingArea")?.message).toBe(
      "Saisissez une surface en m², par exemple 42,5",
    );
  });

  it("the search keeps the area as typed in its form and sends the API a number", () => {
    const filters = readFilters(new URL("https://rentline.test/listings?areaMin=18,5&areaMax=1%20234,5"));
    expect(filters.areaMin).toBe("18,5");
    const query = apiQuery(filters, null, "fr");
    expect([query.areaMin, query.areaMax]).toEqual(["18.5", "1234.5"]);
    expect(apiQuery({ ...filters, areaMin: "x" }, null, "fr").areaMin).toBe("x");
  });
});
