import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { agreementFields } from "../../worker/documents/fields";
import { renderAgreementPdf } from "../../worker/documents/render";
import { templateByName } from "../../worker/documents/templates";
import { assetFonts, embedFonts, savePdf, Writer } from "../../worker/lib/pdf/writer";
import { pdfText } from "../setup/documents";
import { env } from "../setup/helpers";

// Issue 13: the text layer of a PDF reads back every character drawn, whatever was rendered before in the
// same isolate. Fonts are shared across documents (worker/lib/pdf/fonts.ts), and fontkit once kept the
// components of composite glyphs (É = E + acute, Й = И + breve) as glyphs standing for no character: the
// next document drew "Entre" with an E outline outside the text, so copying gave "ntre".

const fonts = assetFonts(env.ASSETS);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

/** Composed letters only: subsetting them pulls in their bases (E, I, И, …) as components. */
const COMPOSED = ["ÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŸàâäçèéêëîïôöùûüÿ", "ЁЇЙЎёїйў", "שׁשׂבּכּפּ"];
/** Every letter French, Ukrainian and Hebrew text uses, one script per paragraph. */
const LETTERS = [
  range(0x41, 0x5a) + range(0x61, 0x7a),
  "ÀÂÆÇÈÉÊËÎÏÔŒÙÛÜŸàâæçèéêëîïôœùûüÿ«»€",
  range(0x410, 0x44f) + "ҐґЄєІіЇїʼ",
  range(0x5d0, 0x5ea),
];

async function render(paragraphs: string[]): Promise<string> {
  const pdf = await PDFDocument.create();
  const set = await embedFonts(pdf, fonts, paragraphs);
  const writer = new Writer(pdf, set);
  for (const p of paragraphs) {
    writer.text(p);
    writer.text(p, { bold: true });
  }
  return (await pdfText(await savePdf(pdf, set))).text;
}

const bare = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
const sorted = (text: string) => [...bare(text)].sort().join("");

describe("PDF text layer", () => {
  it("reads back every letter after a document that drew only composed letters (regular and bold)", async () => {
    const first = await render(COMPOSED);
    expect(sorted(first)).toBe(sorted(COMPOSED.join("").repeat(2)));
    const second = await render(LETTERS);
    // Hebrew may come back in visual order: compare the letters, then the Latin and Cyrillic runs as written.
    expect(sorted(second)).toBe(sorted(LETTERS.join("").repeat(2)));
    for (const p of LETTERS.slice(0, 3)) expect(bare(second)).toContain(p);
  });

  it("a French agreement rendered twice reads the same both times, capitals and accents included", async () => {
    const template = templateByName("standard-fr-unfurnished")!;
    const fields = agreementFields.parse({
      date: "2026-08-20",
      landlord: { name: "Élodie Éluard", address: "12 rue de l’Église, 69003 Lyon" },
      renters: [{ userId: "u1", name: "Олена Коваленко", address: "Київ, вул. Хрещатик 1" }],
      property: { address: "12 rue de l’Église, 69003 Lyon", unit: "2B" },
      lease: { startDate: "2026-09-01", endDate: "2029-08-31" },
      rent: { amount: 92000 },
    });
    for (const id of ["doc-a", "doc-b"]) {
      const { text } = await pdfText(await renderAgreementPdf({ documentId: id, template, fields, fonts }));
      expect(text).toContain("Contrat de location vide 1. Les parties Le bailleur : Élodie Éluard");
      expect(text).toContain("Équipements");
      expect(text).toContain("Date de prise d’effet : 1er septembre 2026");
      expect(text).toContain("Élodie Éluard");
      expect(text).toContain("Олена Коваленко");
      expect(text).toContain("Église");
    }
  });
});
