import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import {
  assetFonts,
  embedFonts,
  savePdf,
  undrawableCharacters,
  UndrawableTextError,
  Writer,
} from "../../worker/lib/pdf/writer";
import { renderReceiptPdf } from "../../worker/rent/receipt";
import { pdfText } from "../setup/documents";
import { env } from "../setup/helpers";

// Issue 12 §1, what was left (worker/lib/pdf): numbers inside right-to-left text read left to right,
// zero-width characters take no width and draw nothing, noncharacters and unassigned code points fail
// visibly, and a face is embedded only when something is drawn with it. Real fonts, read back with unpdf.

const fonts = assetFonts(env.ASSETS);

async function render(lines: { text: string; bold?: boolean }[]) {
  const pdf = await PDFDocument.create();
  const f = await embedFonts(
    pdf,
    fonts,
    lines.map((l) => l.text),
  );
  const w = new Writer(pdf, f);
  for (const l of lines) w.text(l.text, { bold: l.bold ?? false });
  return savePdf(pdf, f);
}

/** The text items of page 1 (pdf.js): string, x and width. */
async function items(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.flatMap((i) =>
    "str" in i ? [{ str: i.str, x: i.transform[4] as number, width: i.width }] : [],
  );
}

/** The PostScript names of the fonts embedded in a PDF (subset prefix dropped). */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects())
    if (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Font")) {
      const base = object.get(PDFName.of("BaseFont"));
      if (base instanceof PDFName && object.get(PDFName.of("Subtype")) === PDFName.of("Type0"))
        // pdf-lib names a subset `<PostScript name>-<random number>`.
        names.push(base.decodeText().replace(/-\d+$/, ""));
    }
  return names.sort();
}

describe("PDF text: numbers in right-to-left text, invisible characters, lazy faces", () => {
  it("Arabic-Indic and Extended Arabic-Indic digits read left to right inside Arabic, Persian and Latin text", async () => {
    const bytes = await render([{ text: "رقم ١٢٣ هنا" }, { text: "Loyer ١٢٣ €" }]);
    const { text } = await pdfText(bytes);
    expect(text).toContain("رقم ١٢٣ هنا");
    expect(text).not.toContain("٣٢١");
    expect(text).toContain("Loyer ١٢٣ €");
    // Noto Sans Arabic draws ۱ and ١ (and ۳, ٣) with one glyph, which the PDF maps back to one character only:
    // the order is what is checked here, digit by digit value.
    const persian = (await pdfText(await render([{ text: "شماره ۱۲۳ اینجا" }]))).text;
    const digitValues = (t: string) =>
      t.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) % 16));
    expect(digitValues(persian)).toContain("شماره 123 اینجا");
    // Drawn left to right: in the Latin line the number's glyph run starts after "Loyer".
    const row = (await items(bytes)).filter((i) => i.str.trim());
    const loyer = row.find((i) => i.str === "Loyer");
    const number = row.find((i) => i.str === "١٢٣");
    expect(number && loyer && number.x > loyer.x).toBe(true);
  });

  it("zero width space, joiners, word joiner, BOM and soft hyphen take no width and draw nothing", async () => {
    const plain = await render([{ text: "ab cd ef gh ij" }]);
    const invisible = await render([{ text: "a\u200bb c\u200dd e\u00adf g\u2060h i\ufeffj" }]);
    expect((await pdfText(invisible)).text).toContain("ab cd ef gh ij");
    const width = async (bytes: Uint8Array) => (await items(bytes)).reduce((sum, i) => sum + i.width, 0);
    expect(await width(invisible)).toBeCloseTo(await width(plain), 3);
    // ZWNJ keeps the Persian letters apart (shaping) without a gap of its own: "علی" reads as typed, no space.
    const { text } = await pdfText(await render([{ text: "عل\u200cی" }]));
    expect(text).not.toMatch(/عل\s+ی/);
    expect(text.replace(/\s/g, "")).toContain("علی");
  });

  it("a zero width space is a break opportunity: a long run of words joined by it wraps within the margins", async () => {
    const bytes = await render([{ text: Array.from({ length: 200 }, () => "mot").join("\u200b") }]);
    const row = await items(bytes);
    const { text } = await pdfText(bytes);
    // Each line breaks between words, never inside "mot".
    expect(text.replace(/\s/g, "")).toBe("mot".repeat(200));
    expect(row.every((i) => i.x + i.width <= 595.28 - 56 + 0.5)).toBe(true);
    expect(row.filter((i) => i.str.trim()).length).toBeGreaterThan(1);
  });

  it("U+FFFF, other noncharacters and unassigned code points are unprintable, named, never a blank", async () => {
    const texts = ["x\uffffy", "p\ufdd0q", "r\ufff0s", "t\u{e0080}u"];
    expect(await undrawableCharacters(fonts, texts)).toEqual(["\uffff", "\ufdd0", "\ufff0", "\u{e0080}"]);
    const receipt = renderReceiptPdf(
      {
        locale: "fr",
        landlord: {
          name: "Agence Lumière",
          legalForm: null,
          companyNumber: null,
          address: "1 Place Bellecour, 69002 Lyon",
        },
        renters: ["Léa\uffff Martin"],
        propertyAddress: "12 Rue des Lilas, 69003 Lyon (lot 2B)",
        period: "2026-09",
        from: "2026-09-01",
        to: "2026-09-30",
        amount: 92000,
        rent: 85000,
        charges: 7000,
        currency: "EUR",
        paidOn: "2026-09-03",
        issuedOn: "2026-09-04",
        receiptId: "abcd1234-2026-09",
      },
      fonts,
    );
    await expect(receipt).rejects.toThrow(UndrawableTextError);
    await expect(receipt).rejects.toThrow("U+FFFF");
    // Assigned invisible characters are not unprintable.
    expect(await undrawableCharacters(fonts, ["a\u200bb\u00ad\u2060\ufeff\u200c\u200d"])).toEqual([]);
  });

  it("embeds only the faces drawn with: no bold face for a script written only in regular", async () => {
    const hebrewRegular = await render([{ text: "Title", bold: true }, { text: "נועה לוי" }]);
    // Title in bold Latin, the name in regular Hebrew (the Hebrew regular instance is named "…Thin-Regular").
    const [latin, hebrew, ...more] = await embeddedFonts(hebrewRegular);
    expect([latin, more]).toEqual(["NotoSans-Bold", []]);
    expect(hebrew).toMatch(/^NotoSansHebrew.*-Regular$/);
    const hebrewBold = await render([{ text: "נועה לוי", bold: true }]);
    // Only the face drawn with: no Latin face (loaded for labels, never drawn here), no Hebrew regular.
    const bold = await embeddedFonts(hebrewBold);
    expect(bold).toHaveLength(1);
    expect(bold[0]).toMatch(/^NotoSansHebrew.*-Bold$/);
    expect((await pdfText(hebrewBold)).text).toContain("נועה לוי");
  });
});
