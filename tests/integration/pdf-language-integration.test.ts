import { env } from "cloudflare:workers";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderAgreementPdf, renderSignedPdf, type Signer } from "../../worker/documents/render";
import { agreementFields } from "../../worker/documents/fields";
import { templateByName } from "../../worker/documents/templates";
import { formatMoney } from "../../worker/lib/i18n/format";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { renderReceiptPdf, type ReceiptInput } from "../../worker/rent/receipt";
import { pdfText, SIGNATURE } from "../setup/documents";

// Every PDF's own words in the language asked (issue 13): the receipt (the lease's language, its org's) and
// the signatures page and certificate (the agreement's), rendered with the real fonts and read back with
// unpdf. Cyrillic is drawn, Hebrew is drawn right to left (its lines end at the right margin).

const fonts = assetFonts(env.ASSETS);
const receipt = (locale: ReceiptInput["locale"]): ReceiptInput => ({
  locale,
  landlord: { name: "Agence Lilas", legalForm: null, companyNumber: null, address: "1 Place Bellecour, 69002 Lyon" },
  renters: ["Олена Коваленко", "Noa Levi"],
  propertyAddress: "12 Rue des Lilas, 69003 Lyon (4C)",
  period: "2026-01",
  from: "2026-01-01",
  to: "2026-01-31",
  amount: 85000,
  rent: 80000,
  charges: 5000,
  currency: "EUR",
  paidOn: "2026-01-05",
  issuedOn: "2026-02-10",
  receiptId: "0193abcd-2026-01",
});

/** The text items of page `n`, with where each starts and how wide it is (points). */
async function pageItems(bytes: Uint8Array, n: number) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  const right = page.view[2]!;
  return content.items.flatMap((i) =>
    "str" in i && i.str.trim() ? [{ str: i.str, end: right - (i.transform[4] as number) - i.width }] : [],
  );
}

const png = Uint8Array.from(atob(SIGNATURE.split(",")[1]!), (c) => c.charCodeAt(0));
const signers: Signer[] = [
  {
    name: "Олена Коваленко",
    signedName: "Олена Коваленко",
    side: "renter",
    signedAt: "2026-11-30T23:30:12.345Z",
    ip: "203.0.113.9",
    userAgent: "Mozilla/5.0",
    signaturePng: png,
  },
  {
    name: "Agence Lilas",
    signedName: "Lena Martin",
    side: "landlord",
    signedAt: "2026-12-01T08:00:00.000Z",
    ip: "203.0.113.10",
    userAgent: "Mozilla/5.0",
    signaturePng: png,
  },
];

async function signedIn(locale: "uk" | "he") {
  const template = templateByName("standard-en-unfurnished")!;
  const fields = agreementFields.parse({
    date: "2026-08-20",
    landlord: { name: "Agence Lilas", address: "1 Place Bellecour" },
    renters: [{ userId: "u1", name: "Олена Коваленко", address: "Kyiv" }],
    property: { address: "12 Rue des Lilas", unit: "2B" },
    lease: { startDate: "2026-09-01", endDate: "2027-08-31" },
    rent: { amount: 92000 },
  });
  const unsignedPdf = await renderAgreementPdf({ documentId: "doc-1", template, fields, fonts });
  return renderSignedPdf({
    documentId: "doc-1",
    template,
    locale,
    // The org's zone: 23:30 UTC on 30 November is 1 December, 01:30 in Kyiv (UTC+2).
    timeZone: "Europe/Kyiv",
    unsignedPdf,
    unsignedSha256: "ab".repeat(32),
    signers,
    fonts,
  });
}

describe("PDFs in the reader's language", () => {
  it("a Ukrainian receipt: Ukrainian words, dates and money formatted for Ukrainian, no ISO date", async () => {
    const { pages, text } = await pdfText(await renderReceiptPdf(receipt("uk"), fonts));
    expect(pages).toBe(1);
    expect(text).toContain("Квитанція про сплату орендної плати — січень 2026 р.");
    expect(text).toContain("Орендодавець: Agence Lilas, 1 Place Bellecour, 69002 Lyon");
    expect(text).toContain("Олена Коваленко і Noa Levi");
    expect(text).toContain("за період з 1 січня 2026 р. по 31 січня 2026 р. включно");
    expect(text).toContain(`Отримана сума: ${formatMoney(85000, "EUR", "uk").replace(/\s/g, " ")}`);
    expect(text).toContain("Сторінка 1 з 1");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("a Hebrew receipt: Hebrew words, right-aligned lines", async () => {
    const bytes = await renderReceiptPdf(receipt("he"), fonts);
    const { text } = await pdfText(bytes);
    // pdf.js reads lines in drawn (visual) order: each Hebrew run reads back in logical order, runs right to left.
    expect(text).toContain("קבלה על תשלום שכר דירה");
    expect(text).toContain("2026 בינואר 5התשלום האחרון התקבל ב-");
    expect(text).toContain("850.00");
    const title = (await pageItems(bytes, 1)).find((i) => i.str.includes("קבלה"));
    // The heading ends at the right margin (56 pt), as a right-to-left paragraph does.
    expect(title, "the Hebrew heading").toBeDefined();
    expect(Math.abs(title!.end - 56)).toBeLessThan(2);
  });

  it("the French receipt stays a quittance, with its legal sentence", async () => {
    const { text } = await pdfText(await renderReceiptPdf(receipt("fr"), fonts));
    expect(text).toContain("Quittance de loyer — janvier 2026");
    expect(text).toContain("Олена Коваленко et Noa Levi");
    // Loi n° 89-462 art. 21: the rent and the charges told apart.
    expect(text).toContain(
      "pour la période du 1er janvier 2026 au 31 janvier 2026, dont loyer 800,00 € et charges 50,00 €, et lui en donne quittance",
    );
  });

  it("the signatures page and certificate in Ukrainian and in Hebrew", async () => {
    const uk = await pdfText(await signedIn("uk"));
    expect(uk.text).toContain("Підписи");
    expect(uk.text).toContain("Сертифікат підписання");
    expect(uk.text).toContain("Підписант: Олена Коваленко (орендар) — «Олена Коваленко»");
    expect(uk.text).toContain("Час: 1 груд. 2026 р., 01:30 GMT+2 (2026-11-30T23:30:12.345Z)");
    const heBytes = await signedIn("he");
    const he = await pdfText(heBytes);
    expect(he.text).toContain("תעודת חתימה");
    expect(he.text).toContain("נחתם באופן אלקטרוני בהסכמה מפורשת");
    expect(he.text).toContain("(ת/שוכר) Олена Коваленко");
    const certificatePage = (await getDocumentProxy(new Uint8Array(heBytes))).numPages;
    const heading = (await pageItems(heBytes, certificatePage)).find((i) => i.str.includes("תעודת חתימה"));
    expect(heading, "the Hebrew certificate heading").toBeDefined();
    expect(Math.abs(heading!.end - 56)).toBeLessThan(2);
  });
});
