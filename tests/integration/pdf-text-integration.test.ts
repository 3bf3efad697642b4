import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { agreementFields } from "../../worker/documents/fields";
import { renderAgreementPdf } from "../../worker/documents/render";
import { templateByName } from "../../worker/documents/templates";
import { loadFonts } from "../../worker/lib/pdf/fonts";
import { layoutText, Measurer } from "../../worker/lib/pdf/layout";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { PDFDocument } from "pdf-lib";
import { renderReceiptPdf } from "../../worker/rent/receipt";
import { api } from "../setup/client";
import { pageItems, pdfText, waitForDocument } from "../setup/documents";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";

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

describe("PDF text in every script", () => {
  it("an agreement prints Hebrew, Arabic, Vietnamese, Chinese, Greek, Japanese and Korean names and NFC accents", async () => {
    const bytes = await renderAgreementPdf({ documentId: "doc-scripts", template, fields: fieldsWith({}), fonts });
    const { text } = await pdfText(bytes);
    for (const expected of [HEBREW, ARABIC, VIETNAMESE, CHINESE_ADDRESS, GREEK, JAPANESE, KOREAN, "Léa Martin"])
      expect(text).toContain(expected);
    expect(text).not.toContain("Le a");
    // Nothing but the characters: no stray control characters from glyphs that stand for none (Arabic dots).
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  });

  it("a receipt prints the renters' names in Hebrew and Vietnamese", async () => {
    const bytes = await renderReceiptPdf(
      {
        locale: "fr",
        landlord: {
          name: "Agence Lumière",
          legalForm: null,
          companyNumber: null,
          address: "1 Place Bellecour, 69002 Lyon",
        },
        renters: [HEBREW, VIETNAMESE, "Le\u0301a Martin"],
        propertyAddress: `${CHINESE_ADDRESS} (lot 2B)`,
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
    const { text } = await pdfText(bytes);
    for (const expected of [HEBREW, VIETNAMESE, "Léa Martin", CHINESE_ADDRESS]) expect(text).toContain(expected);
  });

  it("Chinese characters take the Japanese font beside kana, the Korean one beside Hangul, else Simplified Chinese", async () => {
    const texts = ["山田 さくら", "北京市朝阳区", "김 山田"];
    const measurer = new Measurer(await loadFonts(await PDFDocument.create(), fonts, texts));
    const fontsOf = (text: string) =>
      layoutText(measurer, text, false, 10, 500).flatMap((line) => line.runs.map((r) => r.font.pdf.name));
    expect(fontsOf("山田 さくら").every((name) => name.startsWith("NotoSansJP"))).toBe(true);
    expect(fontsOf("北京市朝阳区").every((name) => name.startsWith("NotoSansSC"))).toBe(true);
    expect(fontsOf("김 山田").every((name) => name.startsWith("NotoSansKR"))).toBe(true);
  });

  it("never breaks a line at a no-break space: a French amount stays whole (« -1 234,56 € »)", async () => {
    const amount = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(-1234.56);
    expect(amount).toMatch(/\u202f.*\u00a0/u); // narrow no-break space between groups, no-break space before €
    const text = `Résultat net du mois de novembre : ${amount}`;
    const measurer = new Measurer(await loadFonts(await PDFDocument.create(), fonts, [text]));
    const textOf = (line: { runs: { text: string }[] }) => line.runs.map((r) => r.text).join("");
    // At every width from too narrow for the sentence to wide enough, the amount is on one line, whole.
    for (let max = 60; max <= 260; max += 5) {
      const lines = layoutText(measurer, text, false, 10, max).map(textOf);
      expect(
        lines.filter((line) => line.includes(amount)),
        `${max} pt: ${JSON.stringify(lines)}`,
      ).toHaveLength(1);
    }
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
    const joined = (await pdfText(bytes)).text.replace(/\s/g, "").replace(/Page\dof\dRentline·doc-long/g, "");
    expect(joined).toContain(word);
    expect(joined).toContain("清".repeat(300));
    const pages = [await pageItems(bytes, 1), await pageItems(bytes, 2)];
    const items = pages.flatMap((page) => page.filter((i) => /^[a-j]{20,}$/.test(i.str)));
    // Wrapped: ~20 lines of ~100 characters (over two pages), each on its own baseline, none past the margin.
    expect(items.length).toBeGreaterThan(15);
    for (const page of pages) {
      const lines = page.filter((i) => /^[a-j]{20,}$/.test(i.str));
      expect(new Set(lines.map((i) => i.y)).size).toBe(lines.length);
    }
    expect(Math.max(...items.map((i) => i.str.length))).toBeLessThan(120);
    // A4 is 595.28 pt wide with 56 pt margins.
    expect(Math.max(...items.map((i) => i.x + i.width))).toBeLessThanOrEqual(595.28 - 56 + 0.5);
  });
});

describe("text no font can draw", () => {
  it("fails the document with the characters named; fixing the field renders it", async () => {
    const owner = await signUpLandlord("Agence Hiéroglyphe");
    const { apartmentId } = await createApartment(owner, "3C");
    const { leaseId } = await addRenter(owner, apartmentId, {
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      kind: "furnished",
    });
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

/** A lease whose renter signed up as `name`, with January 2026 charged and paid in full. */
async function paidJanuary(name: string) {
  const owner = await signUpLandlord("Agence Quittance");
  // Receipts name the org's legal identity (issue 13 §8): refused without it.
  const identity = await api(owner).orgs.current.settings.$patch({
    json: { legalName: "Agence Quittance", street: "1 Place Bellecour", postalCode: "69002", city: "Lyon" },
  });
  expect(identity.status, identity.text).toBe(200);
  const { apartmentId } = await createApartment(owner, "Q7");
  const who = await signUpRenter(name);
  const { leaseId, renter } = await addRenter(
    owner,
    apartmentId,
    { startDate: "2026-01-01", dueDay: 5, rentAmount: 85000 },
    who,
  );
  await chargeDueRent(createDb(env.DB), Date.parse("2026-01-10T12:00:00Z"));
  const paid = await api(owner).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { description: "Payment received", amount: 85000, period: "2026-01" },
  });
  expect(paid.status).toBe(201);
  return { leaseId, renter };
}

/** GET the January receipt until it is rendered (202 while the PDF queue works). */
async function januaryReceipt(leaseId: string, who: Caller) {
  for (let i = 0; i < 60; i++) {
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/leases/${leaseId}/receipts/2026-01`, {
        headers: { authorization: `Bearer ${who.token}` },
      }),
    );
    if (res.status !== 202) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("receipt never rendered");
}

describe("receipts through the API", () => {
  it("a renter who signed up as נועה לוי, or as Vietnamese typed with combining marks, is named on the receipt", async () => {
    for (const [typed, printed] of [
      [HEBREW, HEBREW],
      ["Tra\u0302\u0300n Thi\u0323 Hoa", VIETNAMESE],
    ] as const) {
      const { leaseId, renter } = await paidJanuary(typed);
      const res = await januaryReceipt(leaseId, renter);
      expect(res.status).toBe(200);
      const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain(printed);
    }
  });

  it("a name no font can print: 409 unprintable_text naming the character, never a receipt with a gap", async () => {
    const { leaseId, renter } = await paidJanuary("Sam 𓀀 Smith");
    const res = await api(renter).leases[":id"].receipts[":period"].$get({ param: { id: leaseId, period: "2026-01" } });
    expect(res.status).toBe(409);
    expect(res.problem.code).toBe("unprintable_text");
    expect(res.problem.detail).toContain("“𓀀” (U+13000)");
  });

  it("Hindi (Devanagari, no font shipped: fontkit's Indic shaper crashed in workerd) is refused at once, named", async () => {
    const { leaseId, renter } = await paidJanuary("प्रिया शर्मा");
    const res = await api(renter).leases[":id"].receipts[":period"].$get({ param: { id: leaseId, period: "2026-01" } });
    expect(res.status).toBe(409);
    expect(res.problem.code).toBe("unprintable_text");
    expect(res.problem.detail).toContain("(U+092A)");
  });
});
