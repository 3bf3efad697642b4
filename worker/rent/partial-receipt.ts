import { PDFDocument } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import { translator } from "../lib/i18n/translate";
import { isolate, type FontSource } from "../lib/pdf/writer";
import { landlordLine, writeReceiptLines, type ReceiptLine } from "./receipt";
import type { PartialReceiptInput } from "./receipt-input";

/**
 * A receipt for a partly paid period ("reçu de paiement partiel"): loi n° 89-462 du 6 juillet 1989, art. 21 —
 * the landlord gives a quittance free of charge when the renter asks, and "en cas de paiement partiel du montant
 * dû par le locataire, le bailleur est tenu de délivrer un reçu". It states the sum received, the day(s) it was
 * received, the period and what remains due; it never calls itself a quittance nor discharges the renter (a
 * quittance is only issued once the period is fully paid, ./receipt.ts). Rendered on the PDF queue in the
 * lease's language (its org's, like the quittance), through the shared PDF writer (worker/lib/pdf).
 */
/** The partial receipt's PDF bytes (one page, numbered, "Reçu de paiement partiel — février 2026" in French). */
export async function renderPartialReceiptPdf(r: PartialReceiptInput, fonts: FontSource): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const t = translator(r.locale, "pdf");
  const heading = t("partialReceipt.heading", { period: formatPeriod(r.period, r.locale) });
  pdf.setTitle(heading);
  pdf.setCreator("Rentline");
  const money = (minor: number) => formatMoney(minor, r.currency, r.locale);
  const [amount, due, outstanding] = [money(r.amount), money(r.due), money(r.outstanding)];
  const [from, to] = [r.from, r.to].map((d) => formatDate(d, r.locale, "long"));
  const renters = new Intl.ListFormat(r.locale, { type: "conjunction" }).format(r.renters.map(isolate));
  const days = new Intl.ListFormat(r.locale, { type: "conjunction" }).format(
    r.paymentDays.map((d) => formatDate(d, r.locale, "long")),
  );
  const lines: ReceiptLine[] = [
    [heading, { size: 16, bold: true, gapAfter: 12 }],
    [t("receipt.landlord", { name: landlordLine(r.landlord, t) }), {}],
    [t("receipt.renters", { names: renters }), {}],
    [t("receipt.property", { address: isolate(r.propertyAddress) }), { gapAfter: 12 }],
    [
      t("partialReceipt.statement", {
        landlord: isolate(r.landlord.name),
        renters,
        amount,
        due,
        outstanding,
        from: from ?? "",
        to: to ?? "",
      }),
      { gapAfter: 10 },
    ],
    [t("partialReceipt.due", { amount: due }), { gapAfter: 2 }],
    [t("partialReceipt.received", { amount }), { bold: true, gapAfter: 2 }],
    [t("partialReceipt.outstanding", { amount: outstanding }), { bold: true, gapAfter: 2 }],
    [t("partialReceipt.days", { count: r.paymentDays.length, dates: days }), { gapAfter: 12 }],
    [
      t("partialReceipt.issued", { date: formatDate(r.issuedOn, r.locale, "long"), number: r.receiptId }),
      { size: 9, gapAfter: 2 },
    ],
  ];
  return writeReceiptLines(pdf, fonts, lines, t, r);
}
