import { leaseHandle } from "../db/scoped";
import type { Period } from "../lib/calendar";
import { Conflict, NotFound } from "../lib/errors";
import { translator } from "../lib/i18n/translate";
import { undrawableCharacters } from "../lib/pdf/coverage";
import { describeCharacters, pdfBytes, UndrawableTextError } from "../lib/pdf/text";
import type { Ports } from "../lib/ports";
import type { ReceiptKind, ReceiptPdfJob } from "./contract";
import { receiptTexts, type ReceiptDrawer } from "./receipt-input";
import { receiptFacts, receiptQueries } from "./receipt-facts";

/**
 * Rent receipts (loi n° 89-462 du 6 juillet 1989, art. 21): a quittance for a fully paid period, and for a
 * partly paid one a receipt of the sum paid ("reçu", ./partial-receipt.ts). Rendered on the PDF queue the
 * first time they are asked for and kept in R2 for the next downloads: a quittance at
 * `orgs/<orgId>/receipts/<leaseId>/<period>-v2.pdf`; a partial receipt under a key naming the amount received
 * and its last day, so a later payment (which changes what it says) gets a new one.
 */
type Facts = NonNullable<ReturnType<typeof receiptFacts>>;
function receiptKey(kind: ReceiptKind, facts: Facts, leaseId: string, period: Period) {
  const base = `orgs/${facts.lease.orgId}/receipts/${leaseId}/${period}`;
  if (kind === "full") return `${base}-v2.pdf`;
  return `${base}-partial-${facts.input.amount}-${facts.paymentDays.at(-1) ?? "none"}.pdf`;
}

/** The org's logo from R2 (its settings), if it has one and it is still there. */
async function logoOf(docs: R2Bucket, org: { logoKey: string | null; logoType: string | null }) {
  if (!org.logoKey) return null;
  const object = await docs.get(org.logoKey);
  if (!object) return null;
  return { bytes: new Uint8Array(await object.arrayBuffer()), type: org.logoType ?? "image/jpeg" };
}

/**
 * The PDF queue job: renders the quittance if the period is (still) fully paid, or with `partial` the receipt
 * of a partial payment if it is (still) partly paid, and stores it in R2 (`receiptKey`). `draw` is the render
 * worker (workers/render), which reads the fonts through `ports.fonts`.
 */
export async function renderReceiptJob(
  ports: Pick<Ports, "db" | "docs" | "fonts">,
  job: { leaseId: string; period: Period; partial?: boolean | undefined },
  draw: ReceiptDrawer,
) {
  const l = leaseHandle(ports.db, job.leaseId);
  const facts = receiptFacts(await l.batch([...receiptQueries(l)]), job.leaseId, job.period);
  const kind: ReceiptKind = job.partial ? "partial" : "full";
  if (!facts?.identityComplete || !(kind === "full" ? facts.paid : facts.partlyPaid)) return null;
  const logo = await logoOf(ports.docs, facts.lease);
  const input = { ...facts.input, ...(logo ? { logo } : {}) };
  let bytes: Uint8Array;
  try {
    bytes = pdfBytes(
      kind === "full"
        ? await draw.receipt(input, ports.fonts)
        : await draw.partialReceipt(
            { ...input, due: facts.due, outstanding: facts.outstanding, paymentDays: facts.paymentDays },
            ports.fonts,
          ),
    );
  } catch (error) {
    // No retry prints it: the download answers 409 `unprintable_text` naming the characters (storedReceipt).
    if (error instanceof UndrawableTextError) return null;
    throw error;
  }
  await ports.docs.put(receiptKey(kind, facts, job.leaseId, job.period), bytes, {
    httpMetadata: { contentType: "application/pdf" },
  });
  return null;
}

/**
 * The receipt PDF of `period` from R2, from the facts of `receiptFacts`: `kind` "full" is the quittance of a
 * fully paid period, "partial" the receipt of the sum paid on a partly paid one (loi 89-462 art. 21). When it
 * is not rendered yet, queues its rendering and answers null (ask again shortly). Errors: 404 (no such lease,
 * or `period` outside the lease's months), 409 `not_paid` (a quittance of a period not fully paid), 409
 * `not_partly_paid` (a partial receipt of a period paid in full — its quittance is due instead — or with
 * nothing paid), 409 `org_identity_missing` while the org has no legal name or registered address (its
 * settings), 409 `unprintable_text` when a name or address has characters no PDF font draws (named).
 */
export async function storedReceipt(
  ports: Pick<Ports, "docs" | "queues" | "fonts">,
  facts: ReturnType<typeof receiptFacts>,
  { leaseId, period, kind }: { leaseId: string; period: Period; kind: ReceiptKind },
) {
  if (!facts) throw new NotFound("Lease");
  // A month outside the lease (or any month of a cancelled one) has no rent, hence no receipt: 404, not "not paid yet".
  const { startDate, endDate, cancelledAt } = facts.lease;
  if (cancelledAt || period < startDate.slice(0, 7) || (endDate && period > endDate.slice(0, 7)))
    throw new NotFound("Rent period");
  if (kind === "full" && !facts.paid)
    throw new Conflict(`${period} is not fully paid: a receipt is issued once it is`, "not_paid");
  if (kind === "partial" && !facts.partlyPaid)
    throw new Conflict(
      `${period} is not partly paid: ${facts.paid ? "its quittance is issued instead" : "nothing was received for it"}`,
      "not_partly_paid",
    );
  if (!facts.identityComplete)
    throw new Conflict(
      "Receipts name the landlord: the organization's legal name and registered address (street, postcode, city) are missing from its settings",
      "org_identity_missing",
    );
  const object = await ports.docs.get(receiptKey(kind, facts, leaseId, period));
  if (!object) {
    const unprintable = await undrawableCharacters(ports.fonts, receiptTexts(facts.input));
    if (unprintable.length)
      throw new Conflict(
        `This receipt cannot be printed: ${describeCharacters(unprintable)} in a name or address. Edit it (renter profile, organisation or property) and ask again.`,
        "unprintable_text",
      );
    const job: ReceiptPdfJob = { kind: "receipt", leaseId, period, ...(kind === "partial" ? { partial: true } : {}) };
    await ports.queues.pdf.send(job, { contentType: "json" });
    return null;
  }
  const t = translator(facts.input.locale, "pdf");
  const file = kind === "full" ? t("receipt.file") : t("partialReceipt.file");
  return { body: object.body, filename: `${file}-${period}.pdf` };
}
