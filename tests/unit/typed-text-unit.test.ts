import { describe, expect, it } from "vitest";
import { agreementFields, fieldsContaining } from "../../worker/documents/fields";
import { cleanText, describeCharacters, isolate } from "../../worker/lib/pdf/text";
import { typedText } from "../../worker/lib/text";
import { propertyInput } from "../../worker/portfolio/contract";
import { signupInput } from "../../worker/auth/contract";

// Issue 12 §1: text that reaches a PDF is NFC when stored, bounded with a message a person reads, and
// cleaned again before drawing.
describe("typed text", () => {
  it("drops bidi overrides, embeddings, isolates and NUL: the printed text is the stored text", () => {
    expect(typedText(60).parse("Rent is \u202E0001\u202C EUR per month.")).toBe("Rent is 0001 EUR per month.");
    expect(typedText(60).parse("Eve \u202Egnp.exe\u202C Doe")).toBe("Eve gnp.exe Doe");
    expect(typedText(60).parse("\u2067שלום\u2069 a\u0000b")).toBe("שלום ab");
    expect(typedText(5).min(1).safeParse("\u202E").success).toBe(false);
  });

  it("is stored trimmed and NFC: a combining accent becomes the precomposed letter", () => {
    expect(typedText(20).parse("  Le\u0301a ")).toBe("Léa");
    expect(typedText(20).parse("Tra\u0302\u0300n Thi\u0323 Hoa")).toBe("Trần Thị Hoa");
    const stored = propertyInput.parse({
      name: "Maison",
      address: "3 rue de l'E\u0301glise",
      city: "Saint-E\u0301tienne",
      postalCode: "42000",
      country: "France",
    });
    expect(stored.city).toBe("Saint-Étienne");
    expect(stored.address).toBe("3 rue de l'Église");
    const signup = signupInput.parse({
      email: "a@example.com",
      password: "a-long-password-1",
      name: "Le\u0301a",
      accountType: "renter",
    });
    expect(signup.name).toBe("Léa");
  });

  it("counts characters after normalising and says the limit", () => {
    // 5 characters once composed, 10 code units before.
    expect(typedText(5).parse("e\u0301e\u0301e\u0301e\u0301e\u0301")).toBe("ééééé");
    const tooLong = typedText(5).safeParse("abcdef");
    expect(tooLong.error?.issues[0]?.message).toBe("At most 5 characters");
  });

  it("bounds agreement clauses: 2,000 characters each, 30 clauses", () => {
    const base = { renters: [{ userId: "u1" }] };
    expect(agreementFields.safeParse({ ...base, freeClauses: ["x".repeat(2000)] }).success).toBe(true);
    const long = agreementFields.safeParse({ ...base, freeClauses: ["x".repeat(2001)] });
    expect(long.error?.issues[0]).toMatchObject({ path: ["freeClauses", 0], message: "At most 2,000 characters" });
    const many = agreementFields.safeParse({ ...base, freeClauses: Array.from({ length: 31 }, () => "x") });
    expect(many.error?.issues[0]).toMatchObject({ path: ["freeClauses"], message: "At most 30 clauses" });
    expect(agreementFields.parse({ ...base, freeClauses: ["Le\u0301a"] }).freeClauses).toEqual(["Léa"]);
  });
});

describe("text before drawing", () => {
  it("is NFC with controls removed, tabs as spaces and CRLF as LF", () => {
    expect(cleanText("Le\u0301a\r\nB\u0007\tC")).toBe("Léa\nB C");
  });

  it("names undrawable characters by glyph and code point, and finds the fields holding them", () => {
    expect(describeCharacters(["𓀀", "😀"])).toBe("“𓀀” (U+13000), “😀” (U+1F600)");
    const fields = agreementFields.parse({
      renters: [
        { userId: "u1", name: "Noa" },
        { userId: "u2", name: "Sam 𓀀" },
      ],
      freeClauses: ["ok", "also 𓀀"],
    });
    expect(fieldsContaining(fields, ["𓀀"])).toEqual(["renter 2 name", "special clause 2"]);
  });

  it("isolates a typed value with FSI … PDI, and leaves an empty one empty", () => {
    expect(isolate("נועה")).toBe("\u2068נועה\u2069");
    expect(isolate("")).toBe("");
  });
});
