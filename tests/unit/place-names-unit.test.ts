import { describe, expect, it } from "vitest";
import { formMessages } from "../../app/lib/forms.server";
import { agreementFields } from "../../worker/documents/fields";
import { invalidFromZod } from "../../worker/lib/errors";
import { placeName, placeNameOrEmpty } from "../../worker/lib/text";

// Issue 12 leftover: a city or address made only of punctuation, digits or spaces names no place.
describe("place names hold a letter", () => {
  it("accepts letters of any script, refuses text without one with the code a 422 carries", () => {
    for (const ok of ["Lyon", "Saint-Étienne", "L’Haÿ-les-Roses", "上海", "תל אביב", "Київ", "12 Rue X", "Le\u0301a"])
      expect(placeName(80).safeParse(ok).success, ok).toBe(true);
    for (const bad of ["---", "’’", "...", " - ", "12345", "‮-‬"]) {
      const parsed = placeName(80).safeParse(bad);
      expect(parsed.success, bad).toBe(false);
      expect(invalidFromZod(parsed.error!)).toMatchObject({ status: 422, code: "place_name_without_letter" });
    }
    expect(invalidFromZod(placeName(80).safeParse("---").error!).errors).toEqual([
      { path: "(body)", message: "Enter a place name: it must contain at least one letter." },
    ]);
    // A form says it in the page's language.
    const french = placeName(80).safeParse("’’", { error: formMessages({}, "fr") });
    expect(french.error!.issues[0]!.message).toBe("Saisissez un nom de lieu : au moins une lettre");
    const hebrew = placeName(80).safeParse("...", { error: formMessages({}, "he") });
    expect(hebrew.error!.issues[0]!.message).toBe("יש להזין שם מקום: לפחות אות אחת");
    // Empty stays a plain missing field (400), not a place without letters.
    expect(invalidFromZod(placeName(80).safeParse("  ").error!)).toMatchObject({ status: 400 });
  });

  it("agreement addresses: empty while drafting, else a letter", () => {
    expect(placeNameOrEmpty(300).safeParse("   ").data).toBe("");
    const draft = { renters: [{ userId: "u-1" }] };
    expect(agreementFields.safeParse({ ...draft, property: { address: "" } }).success).toBe(true);
    expect(agreementFields.safeParse({ ...draft, property: { address: "3 Quai du Rhône, Lyon" } }).success).toBe(true);
    for (const where of [{ property: { address: "--- ---" } }, { landlord: { address: "’’" } }]) {
      const parsed = agreementFields.safeParse({ ...draft, ...where });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]).toMatchObject({ params: { code: "place_name_without_letter" } });
    }
  });
});
