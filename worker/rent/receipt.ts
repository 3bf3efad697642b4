import { PDFDocument } from "pdf-lib";
import { periodBounds } from "../lib/calendar";
import { formatMoney } from "../lib/money";
import { embedFonts, numberPages, Writer } from "../lib/pdf/writer";

/**
 * A rent receipt for one fully paid period, rendered on the PDF queue: a "quittance de loyer" for French
 * orgs (the wording French law expects: received from, for the period, rent and charges), an English
 * receipt otherwise. Uses the shared subset font (worker/lib/pdf), so accented and Cyrillic names render.
 */
export type ReceiptInput = {
  locale: "fr" | "en";
  landlord: { name: string; address: string };
  renters: string[];
  propertyAddress: string;
  /** `YYYY-MM`. */
  period: string;
  /** Minor units of `currency` (ISO 4217). */
  amount: number;
  currency: string;
  /** `YYYY-MM-DD`: the last payment of the period. */
  paidOn: string;
  /** `YYYY-MM-DD`, in the org's time zone. */
  issuedOn: string;
  receiptId: string;
};

/** The receipt's PDF bytes (one page, numbered, titled "Quittance de loyer <period>" or "Rent receipt <period>"). */
export async function renderReceiptPdf(r: ReceiptInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fr = r.locale === "fr";
  const title = fr ? "Quittance de loyer" : "Rent receipt";
  pdf.setTitle(`${title} ${r.period}`);
  pdf.setCreator("Rentline");
  const fonts = await embedFonts(pdf);
  const w = new Writer(pdf, fonts);
  const amount = formatMoney(r.amount, r.currency, fr ? "fr-FR" : "en-GB");
  const [from, to] = periodBounds(r.period);
  const renters = r.renters.join(fr ? " et " : " and ");
  w.text(`${title} — ${r.period}`, { size: 16, bold: true, gapAfter: 12 });
  w.text(`${fr ? "Bailleur" : "Landlord"}: ${r.landlord.name}${r.landlord.address ? `, ${r.landlord.address}` : ""}`, {
    gapAfter: 4,
  });
  w.text(`${fr ? "Locataire(s)" : "Renter(s)"}: ${renters}`, { gapAfter: 4 });
  w.text(`${fr ? "Logement" : "Property"}: ${r.propertyAddress}`, { gapAfter: 12 });
  w.text(
    fr
      ? `Je soussigné(e), ${r.landlord.name}, bailleur du logement désigné ci-dessus, déclare avoir reçu de ${renters} la somme de ${amount} au titre du loyer et des charges pour la période du ${from} au ${to}, et lui en donne quittance, sous réserve de tous mes droits.`
      : `${r.landlord.name}, landlord of the property above, confirms having received from ${renters} the sum of ${amount} for the rent and charges of the period from ${from} to ${to}.`,
    { gapAfter: 10 },
  );
  w.text(`${fr ? "Montant reçu" : "Amount received"}: ${amount}`, { bold: true, gapAfter: 2 });
  w.text(`${fr ? "Dernier paiement reçu le" : "Last payment received on"} ${r.paidOn}`, { gapAfter: 12 });
  w.text(`${fr ? "Fait le" : "Issued on"} ${r.issuedOn} · ${fr ? "Quittance n°" : "Receipt no."} ${r.receiptId}`, {
    size: 9,
    gapAfter: 2,
  });
  numberPages(
    pdf.getPages(),
    fonts.regular,
    (n, total) => (fr ? `Page ${n} / ${total}` : `Page ${n} of ${total}`),
    `Rentline · ${r.receiptId}`,
  );
  return pdf.save();
}
