/** What the rule reads of a month (the ledger's period summary; `status` as the API spells it). */
export type ReceiptPeriod = { period: string; status: string; paid: number; outstanding: number };

/**
 * What a month of the rent offers as its receipt: THE one rule, read by the renter's balance card and the
 * landlord's ledger table alike (loi n° 89-462 du 6 juillet 1989, art. 21).
 * - `full`: the month is paid in full → its quittance (`/leases/:id/receipts/:period`);
 * - `partial`: money was received for it but some is still due → the receipt of the sum paid ("reçu",
 *   `?kind=partial`);
 * - `identity_missing`: either of the above, but the org has no legal name or registered address yet
 *   (`receiptsAvailable` false): the API would refuse it (409 `org_identity_missing`), so no link is shown —
 *   the landlord is prompted to complete the org's settings instead;
 * - null: nothing received, no receipt.
 */
export type ReceiptOffer =
  { kind: "full" | "partial"; href: string } | { kind: "identity_missing"; would: "full" | "partial" } | null;

export function receiptOffer(leaseId: string, p: ReceiptPeriod, receiptsAvailable: boolean): ReceiptOffer {
  const kind = p.status === "paid" ? "full" : p.paid > 0 && p.outstanding > 0 ? "partial" : null;
  if (!kind) return null;
  if (!receiptsAvailable) return { kind: "identity_missing", would: kind };
  const href = `/leases/${leaseId}/receipts/${p.period}${kind === "partial" ? "?kind=partial" : ""}`;
  return { kind, href };
}
