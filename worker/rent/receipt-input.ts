import type { Locale } from "../lib/i18n/locales";
import type { FontSource } from "../lib/pdf/coverage";
import type { DrawnPdf } from "../lib/pdf/text";

/**
 * What a rent receipt prints (./receipt.ts draws the quittance, ./partial-receipt.ts the receipt of a partial
 * payment): kept apart from the drawing code, which runs in the render worker (workers/render), so that the
 * request path checks the typed text (`receiptTexts`) and the queue consumer builds the input without loading
 * pdf-lib.
 */
export type ReceiptInput = {
  locale: Locale;
  /** The org's legal identity (its settings): legal name, form ("SCI"), company number (SIRET), address. */
  landlord: { name: string; legalForm: string | null; companyNumber: string | null; address: string };
  renters: string[];
  propertyAddress: string;
  /** `YYYY-MM`. */
  period: string;
  /** The days of `period` the lease covers, `YYYY-MM-DD` inclusive (15–30 September for a lease from the 15th). */
  from: string;
  to: string;
  /** Minor units of `currency` (ISO 4217): what was received, and of it the rent (excluding charges) and the charges. */
  amount: number;
  rent: number;
  charges: number;
  currency: string;
  /** `YYYY-MM-DD`: the last payment of the period. */
  paidOn: string;
  /** `YYYY-MM-DD`, in the org's time zone. */
  issuedOn: string;
  receiptId: string;
  /** The org's logo (its settings; PNG or JPEG once through the image path), drawn at the top right. */
  logo?: { bytes: Uint8Array; type: string };
};

/** What a person typed that a receipt prints: names and addresses (to check before queueing a render). */
export const receiptTexts = (r: ReceiptInput) => [
  r.landlord.name,
  r.landlord.legalForm ?? "",
  r.landlord.companyNumber ?? "",
  r.landlord.address,
  ...r.renters,
  r.propertyAddress,
];

export type PartialReceiptInput = Omit<ReceiptInput, "rent" | "charges" | "paidOn"> & {
  /** Minor units of `currency`: what the period was due in all (rent and charges) and what it still owes. */
  due: number;
  outstanding: number;
  /** `YYYY-MM-DD`, oldest first: the days money received went to the period. */
  paymentDays: string[];
};

/** What draws receipts: the render worker (workers/render `RenderService`), over the RENDER service binding. */
export type ReceiptDrawer = {
  receipt(input: ReceiptInput, fonts: FontSource): Promise<DrawnPdf>;
  partialReceipt(input: PartialReceiptInput, fonts: FontSource): Promise<DrawnPdf>;
};
