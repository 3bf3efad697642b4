import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { saneMonth } from "../lib/date-input";
import { ledgerEntries } from "./schema";

/**
 * The rent feature's contract: what its API accepts and answers. Shared by the API routes, the services
 * (`z.infer` of the inputs) and the UI's forms. Amounts are integers in the minor unit of the lease's
 * currency (ISO 4217: cents for EUR); periods are calendar months `YYYY-MM`; dates are ISO `YYYY-MM-DD`.
 */

/** A rent period: a calendar month, `YYYY-MM`. */
export const month = saneMonth("The month");

// ---------------------------------------------------------------- inputs

/** A credit (negative) or a debit (positive) on a lease's ledger, with its reason. */
export const adjustmentInput = z
  .object({
    amount: z
      .number()
      .int()
      .min(-100_000_000)
      .max(100_000_000)
      .refine((n) => n !== 0, "must not be zero")
      .meta({ description: "Integer minor units: positive adds to what the renter owes, negative credits them" }),
    reason: z.string().trim().min(1).max(500),
  })
  .meta({ id: "AdjustmentInput" });
export type AdjustmentInput = z.infer<typeof adjustmentInput>;

/** What a renter pays online: one period's outstanding amount, or (no period) the whole balance. */
export const checkoutInput = z.object({ period: month.optional() }).meta({ id: "CheckoutInput" });
export type CheckoutInput = z.infer<typeof checkoutInput>;

export const remindersInput = z.object({ enabled: z.boolean() }).meta({ id: "RemindersInput" });
export type RemindersInput = z.infer<typeof remindersInput>;

export const dashboardQuery = z.object({
  month: month.optional().meta({ description: "The month shown (default: the current one, UTC)" }),
});

// ---------------------------------------------------------------- outputs

/** One ledger entry. The ledger is append-only: nothing is ever edited. */
export const ledgerEntry = /* @__PURE__ */ createSelectSchema(ledgerEntries, {
  amount: (schema) =>
    schema.meta({
      description: "Integer minor units owed by the renter: charges and debits positive, payments and credits negative",
    }),
})
  .omit({ orgId: true })
  .meta({ id: "LedgerEntry" });

const periodStatuses = ["paid", "partially_paid", "due", "overdue"] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

/** One period's rent: charged (`due`), paid against it, still outstanding, and how late (whole days). */
const periodSummary = z
  .object({
    period: z.string(),
    dueDate: z.string(),
    due: z.number().int(),
    paid: z.number().int(),
    outstanding: z.number().int(),
    status: z.enum(periodStatuses),
    daysLate: z.number().int(),
  })
  .meta({ id: "RentPeriod" });
export type PeriodSummary = z.infer<typeof periodSummary>;

/** A lease's ledger: entries newest first, the balance (their sum; positive means the renter owes), periods. */
export const ledger = z.object({
  entries: z.array(ledgerEntry),
  balance: z.number().int(),
  currency: z.string(),
  periods: z.array(periodSummary),
  remindersEnabled: z.boolean(),
  onlinePayments: z.boolean().meta({ description: "Stripe is configured: the renter may pay online" }),
  credit: z.number().int().meta({
    description:
      "Money received beyond every charged period (minor units, ≥ 0): it pays the next periods as they are charged",
  }),
});

export const checkoutResult = z.object({
  url: z.url().meta({ description: "Stripe Checkout page to send the renter to" }),
  paymentId: z.string(),
  amount: z.number().int(),
  currency: z.string(),
});

export const webhookResult = z.object({ received: z.boolean(), duplicate: z.boolean() });

export const receiptRendering = z.object({ status: z.literal("rendering") });

export const remindersResult = z.object({ remindersEnabled: z.boolean() });

const figures = { expected: z.number().int(), collected: z.number().int() };

/** The org's rent for a month, per currency, with the leases in arrears and a 12-month series. */
export const rentDashboard = z.object({
  month: z.string(),
  totals: z.array(z.object({ currency: z.string(), ...figures })),
  overdue: z.array(
    z.object({
      leaseId: z.string(),
      apartmentId: z.string(),
      unitNumber: z.string(),
      propertyName: z.string(),
      renters: z.string(),
      currency: z.string(),
      amount: z.number().int(),
      daysLate: z.number().int(),
      periods: z.array(z.string()),
    }),
  ),
  series: z.array(z.object({ currency: z.string(), months: z.array(z.object({ month: z.string(), ...figures })) })),
});

// ---------------------------------------------------------------- PDF queue job

/**
 * The rent feature's PDF queue message (worker/jobs composes it into the queue's union): render the receipt
 * of a lease's fully paid period (`YYYY-MM`), worker/rent/receipts.ts.
 */
export const receiptPdfJob = z.object({
  kind: z.literal("receipt"),
  leaseId: z.string(),
  period: z.string().regex(/^\d{4}-\d{2}$/),
  /** The receipt of a partial payment (loi 89-462 art. 21), not the quittance. */
  partial: z.boolean().optional(),
});
export type ReceiptPdfJob = z.infer<typeof receiptPdfJob>;

/** Ledger entries Stripe writes, by `sourceRef` (./stripe-events.ts, ./stripe-disputes.ts): shown by kind, translated. */
export const ledgerSystemReasons = [
  "stripe_payment",
  "stripe_refund",
  "stripe_dispute_withdrawn",
  "stripe_dispute_reinstated",
] as const;
export type LedgerSystemReason = (typeof ledgerSystemReasons)[number];

/**
 * The kind of a ledger entry the server wrote, from its `sourceRef`: `stripe:payment:<intent>`,
 * `stripe:refund:<charge>:<amount>`, `stripe:dispute:<id>:withdrawn|reinstated`; null for people's entries
 * (whose `reason` is their own words) and rent charges. The UI shows the kind in the reader's language, not
 * the English `reason` those rows store (kept for exports and the audit trail).
 */
export function ledgerSystemReasonOf(sourceRef: string | null): LedgerSystemReason | null {
  if (!sourceRef) return null;
  if (sourceRef.startsWith("stripe:payment:")) return "stripe_payment";
  if (sourceRef.startsWith("stripe:refund:")) return "stripe_refund";
  if (sourceRef.startsWith("stripe:dispute:") && sourceRef.endsWith(":withdrawn")) return "stripe_dispute_withdrawn";
  if (sourceRef.startsWith("stripe:dispute:") && sourceRef.endsWith(":reinstated")) return "stripe_dispute_reinstated";
  return null;
}

/**
 * Which receipt of a period `GET /leases/{id}/receipts/{period}` serves (loi n° 89-462 du 6 juillet 1989,
 * art. 21): `full`, the quittance of a fully paid period (the default); `partial`, the receipt ("reçu") of the
 * sum paid on a partly paid period, with what remains due.
 */
export const receiptQuery = z.object({
  kind: z.enum(["full", "partial"]).default("full").meta({
    description:
      "`full` (default): the quittance of a fully paid period; `partial`: the receipt of a partial payment (loi n° 89-462 art. 21: « en cas de paiement partiel … le bailleur est tenu de délivrer un reçu »)",
  }),
});
export type ReceiptKind = z.infer<typeof receiptQuery>["kind"];

/**
 * How long a rent Stripe Checkout stays open (./stripe.ts sets the session's `expires_at`; Stripe takes 30
 * minutes to 24 hours): a checkout started less than this ago may still be paid, so it holds its month like a
 * payment waiting for confirmation (rooms/pending-payment.ts).
 */
export const CHECKOUT_OPEN_SECONDS = 3600;
