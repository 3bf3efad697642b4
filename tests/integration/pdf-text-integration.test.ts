import { describe, expect, it } from "vitest";
import { agreementFields } from "../../worker/documents/fields";
import { renderAgreementPdf } from "../../worker/documents/render";
import { templateByName } from "../../worker/documents/templates";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { renderReceiptPdf } from "../../worker/rent/receipt";
import { api } from "../setup/client";
import { pdfText, waitForDocument } from "../setup/documents";
import { addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";
import { getDocumentProxy } from "unpdf";

// Every character a person types reaches the PDF (issue 12 §1): names and addresses in Hebrew, Arabic,
// Vietnamese, Chinese, a combining accent, rendered with the real fonts from the static assets (ASSETS) and
// read back with unpdf; text no font can draw fails the document with the characters named; a 2,000-character
// word wraps.

const fonts = assetFonts(env.ASSETS);
const template = templateByName("standard-en-unfurnished")!;
const HEBREW = "נועה לוי";
const ARABIC = "محمد العلي";
const VIETNAMESE = "Trần Thị Hoa";
const CHINESE_ADDRESS = "北京市朝阳区建国路88号";
const GREEK = "Ελένη Παπαδοπούλου";
const JAPANESE = "山田 さくら";
const KOREAN = "김민준";

const fieldsWith = (over: Record<string, unknown>) =>
  agreementFields.parse({
    date: "2026-08-20",
    landlord: { name: ARABIC, address: "شارع الملك فهد 12، الرياض" },
    renters: [
      { userId: "u1", name: HEBREW, address: "רחוב הרצל 5, תל אביב" },
      { userId: "u2", name: VIETNAMESE, address: CHINESE_ADDRESS },
      { userId: "u3", name: "Le\u0301a Martin", address: GREEK },
      { userId: "u4", name: JAPANESE, address: KOREAN },
    ],
    property: { address: CHINESE_ADDRESS, unit: "2B" },
    lease: { startDate: "2026-09-01", endDate: "2027-08-31" },
    rent: { amount: 92000 },
    ...over,
  });

/** The text items of page `n` (pdf.js), one per line or run as drawn. */
async function pageItems(bytes: Uint8Array, n: number) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const content = await (await pdf.getPage(n)).getTextContent();
  return content.items.flatMap((i) => ("str" in i ? [{ str: i.str, y: i.transform[5] as number }] : []));
}

describe("PDF text in every script", () => {
  it("an agreement prints Hebrew, Arabic, Vietnamese, Chinese, Greek, Japanese and Korean names and NFC accents", async () => {
    const bytes = await renderAgreementPdf({ documentId: "doc-scripts", template, fields: fieldsWith({}), fonts });
    const { text } = await pdfText(bytes);
    for (const expected of [HEBREW, ARABIC, VIETNAMESE, CHINESE_ADDRESS, GREEK, JAPANESE, KOREAN, "Léa Martin"])
      expect(text).toContain(expected);
    expect(text).not.toContain("Le a");
    // Nothing but the characters: no stray control characters from glyphs that stand for none (Arabic dots).
    expect(text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  });

  it("a receipt prints the renters' names in Hebrew and Vietnamese", async () => {
    const bytes = await renderReceiptPdf(
      {
        locale: "fr",
        landlord: { name: "Agence Lumière", address: "1 Place Bellecour, 69002 Lyon" },
        renters: [HEBREW, VIETNAMESE, "Le\u0301a Martin"],
        propertyAddress: `${CHINESE_ADDRESS} (lot 2B)`,
        period: "2026-09",
        amount: 92000,
        currency: "EUR",
        paidOn: "2026-09-03",
        issuedOn: "2026-09-04",
        receiptId: "abcd1234-2026-09",
      },
      fonts,
    );
    const { text } = await pdfText(bytes);
    for (const expected of [HEBREW, VIETNAMESE, "Léa Martin", CHINESE_ADDRESS]) expect(text).toContain(expected);
  });

  it("a 2,000-character clause without spaces renders and wraps onto lines within the margins", async () => {
    const word = "abcdefghij".repeat(200);
    const bytes = await renderAgreementPdf({
      documentId: "doc-long",
      template,
      fields: fieldsWith({ freeClauses: [word, "清".repeat(300)] }),
      fonts,
    });
    // The page footers sit between the two pages' parts of the clause.
    const joined = (await pdfText(bytes)).text.replace(/Page \d of \d Rentline · doc-long/g, "").replace(/\s/g, "");
    expect(joined).toContain(word);
    expect(joined).toContain("清".repeat(300));
    const items = (await pageItems(bytes, 1)).filter((i) => /^[a-j]{20,}$/.test(i.str));
    // Wrapped: many lines, each shorter than the whole word, on distinct baselines.
    expect(items.length).toBeGreaterThan(15);
    expect(new Set(items.map((i) => i.y)).size).toBe(items.length);
    expect(Math.max(...items.map((i) => i.str.length))).toBeLessThan(120);
  });
});

describe("text no font can draw", () => {
  it("fails the document with the characters named; fixing the field renders it", async () => {
    const owner = await signUpLandlord("Agence Hiéroglyphe");
    const { apartmentId } = await createApartment(owner, "3C");
    const { leaseId } = await addRenter(owner, apartmentId, { startDate: "2026-09-01", endDate: "2027-08-31" });
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-en-furnished" },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.json.document.id;
    const patch = (freeClauses: string[]) =>
      api(owner).documents[":id"].$patch({ param: { id }, json: { templateFields: { freeClauses } } });
    expect((await patch(["The garden is maintained by 𓀀 the renter."])).status).toBe(200);
    expect((await api(owner).documents[":id"].render.$post({ param: { id } })).status).toBe(202);
    const failed = await waitForDocument(id, owner, (d) => d.status !== "rendering");
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toContain("“𓀀” (U+13000)");
    expect(failed.failureReason).toContain("Found in: special clause 1.");

    expect((await patch(["The garden is maintained by the renter."])).status).toBe(200);
    expect((await api(owner).documents[":id"].render.$post({ param: { id } })).status).toBe(202);
    const done = await waitForDocument(id, owner, (d) => d.status !== "rendering");
    expect(done).toMatchObject({ status: "ready", failureReason: null });
  });
});
