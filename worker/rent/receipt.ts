import { PDFDocument } from "pdf-lib";
import { periodBounds } from "../lib/calendar";
import { formatMoney } from "../lib/money";
import { embedFonts, isolate, numberPages, savePdf, Writer, type FontSource } from "../lib/pdf/writer";

/**
 * A rent receipt for one fully paid period, rendered on the PDF queue: a "quittance de loyer" for French
 * orgs (the wording French law expects: received from, for the period, rent and charges), an English
 * receipt otherwise. Uses the shared PDF writer (worker/lib/pdf): names and addresses in any script people
 * write them in render; text no font draws throws `UndrawableTextError`.
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

/** What a person typed that a receipt prints: names and addresses (to check before queueing a render). */
export const receiptTexts = (r: ReceiptInput) => [r.landlord.name, r.landlord.address, ...r.renters, r.propertyAddress];

/**
 * The receipt's PDF bytes (one page, numbered, titled "Quittance de loyer <period>" or "Rent receipt <period>"),
 * with the fonts read from `fonts` (the static assets).
 */
export async function renderReceiptPdf(r: ReceiptInput, fonts: FontSource): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fr = r.locale === "fr";
  const title = fr ? "Quittance de loyer" : "Rent receipt";
  pdf.setTitle(`${title} ${r.period}`);
  pdf.setCreator("Rentline");
  const amount = formatMoney(r.amount, r.currency, fr ? "fr-FR" : "en-GB");
  const [from, to] = periodBounds(r.period);
  // Names and addresses as bidi isolates: a Hebrew name does not reorder the words around it.
  const renters = r.renters.map(isolate).join(fr ? " et " : " and ");
  const landlord = isolate(r.landlord.name);
  const lines: [string, Parameters<Writer["text"]>[1]][] = [
    [`${title} — ${r.period}`, { size: 16, bold: true, gapAfter: 12 }],
    [`${fr ? "Bailleur" : "Landlord"}: ${landlord}${r.landlord.address ? `, ${isolate(r.landlord.address)}` : ""}`, {}],
    [`${fr ? "Locataire(s)" : "Renter(s)"}: ${renters}`, {}],
    [`${fr ? "Logement" : "Property"}: ${isolate(r.propertyAddress)}`, { gapAfter: 12 }],
    [
      fr
        ? `Je soussigné(e), ${landlord}, bailleur du logement désigné ci-dessus, déclare avoir reçu de ${renters} la somme de ${amount} au titre du loyer et des charges pour la période du ${from} au ${to}, et lui en donne quittance, sous réserve de tous mes droits.`
        : `${landlord}, landlord of the property above, confirms having received from ${renters} the sum of ${amount} for the rent and charges of the period from ${from} to ${to}.`,
      { gapAfter: 10 },
    ],
    [`${fr ? "Montant reçu" : "Amount received"}: ${amount}`, { bold: true, gapAfter: 2 }],
    [`${fr ? "Dernier paiement reçu le" : "Last payment received on"} ${r.paidOn}`, { gapAfter: 12 }],
    [
      `${fr ? "Fait le" : "Issued on"} ${r.issuedOn} · ${fr ? "Quittance n°" : "Receipt no."} ${r.receiptId}`,
      { size: 9, gapAfter: 2 },
    ],
  ];
  const page = (n: number, total: number) => (fr ? `Page ${n} / ${total}` : `Page ${n} of ${total}`);
  const footer = `Rentline · ${r.receiptId}`;
  const embedded = await embedFonts(pdf, fonts, [...lines.map(([text]) => text), page(1, 1), footer]);
  const w = new Writer(pdf, embedded);
  for (const [text, options] of lines) w.text(text, options);
  numberPages(pdf.getPages(), embedded, page, footer);
  return savePdf(pdf, embedded);
}
