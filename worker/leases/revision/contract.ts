import { z } from "zod";
import { energyClassChoices } from "../../listings/schema";
import { saneDate } from "../../lib/date-input";

/**
 * The rent revision (IRL, loi n° 89-462 art. 17-1) contract: what /api/leases/{id}/rent-revision and
 * /api/admin/rent-index answer and accept. Amounts are integer minor units of the lease's currency; dates
 * `YYYY-MM-DD` in the org's time zone; quarters `YYYY-Qn`; index values decimal text as INSEE publishes them.
 */

const quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, "A quarter such as 2024-Q2")
  .meta({ description: "A quarter `YYYY-Qn`", example: "2024-Q2" });
const indexValue = z
  .string()
  .regex(/^\d{1,4}\.\d{2}$/, "An index value with two decimals, such as 145.17")
  .meta({ description: "The index value exactly as INSEE publishes it (two decimals)", example: "145.17" });
const minorUnits = z.number().int().meta({ description: "Integer minor units of the lease's currency" });

/** One index value used: its quarter and value. */
const rentIndexPoint = z.object({ quarter, value: indexValue }).meta({ id: "RentIndexPoint" });

/** A confirmed revision, as the lease's history shows it. */
export const rentRevision = z
  .object({
    id: z.string(),
    anniversary: z.string().meta({ description: "The anniversary (`YYYY-MM-DD`) this revision is for" }),
    previousRent: minorUnits,
    newRent: minorUnits,
    currency: z.string(),
    base: rentIndexPoint,
    new: rentIndexPoint,
    effectivePeriod: z.string().meta({ description: "The first period (`YYYY-MM`) charged the new rent" }),
    confirmedAt: z.string(),
  })
  .meta({ id: "RentRevision" });

/** What the landlord confirms: the revised rent from the index values, applied from `effectivePeriod`. */
const rentRevisionProposal = z
  .object({
    anniversary: z.string(),
    currentRent: minorUnits,
    newRent: minorUnits,
    base: rentIndexPoint,
    new: rentIndexPoint,
    effectivePeriod: z.string(),
  })
  .meta({ id: "RentRevisionProposal" });

/**
 * Where a lease's revision stands today: `not_applicable` (not a lease in France), `no_clause`, `not_due`
 * (before the first anniversary), `due` (a proposal to confirm), `done` (this anniversary's revision is
 * confirmed), `index_missing` (the index of `missingQuarter` is not in the table yet), `lease_ended`,
 * `frozen` (the dwelling's DPE class, `energyClass`, is F or G: no revision since 24 August 2022, loi n° 89-462
 * art. 17-1 as amended by loi n° 2021-1104 « Climat et résilience » art. 159).
 */
const rentRevisionStatuses = [
  "not_applicable",
  "no_clause",
  "not_due",
  "due",
  "done",
  "index_missing",
  "lease_ended",
  "frozen",
] as const;

export const rentRevisionState = z
  .object({
    status: z.enum(rentRevisionStatuses),
    clause: z.object({
      enabled: z.boolean(),
      referenceQuarter: quarter.nullable(),
      baseValue: indexValue.nullable(),
    }),
    currentRent: minorUnits,
    currency: z.string(),
    energyClass: z.enum(energyClassChoices).nullable().meta({
      description:
        "The dwelling's DPE energy class (A–G or `not_required`) from the apartment's most recent listing stating one; null when unknown (the revision is then proposed as usual). F or G: status `frozen`.",
    }),
    anniversary: z.string().nullable().meta({ description: "The current anniversary, null before the first" }),
    nextAnniversary: z.string(),
    proposal: rentRevisionProposal.nullable(),
    missingQuarter: quarter.nullable(),
    revisions: z.array(rentRevision).meta({ description: "Confirmed revisions, newest first" }),
    canConfirm: z.boolean().meta({ description: "Whether the viewer may confirm (`lease.manage`) and one is due" }),
  })
  .meta({ id: "RentRevisionState" });
export type RentRevisionState = z.infer<typeof rentRevisionState>;

/** The confirmation: the anniversary and new rent the landlord saw (a stale proposal answers 409). */
export const rentRevisionConfirmInput = z
  .object({ anniversary: saneDate("The anniversary"), newRent: minorUnits.min(0) })
  .meta({ id: "RentRevisionConfirmInput" });

/** The lease's revision clause. Enabling it needs the reference quarter; its value defaults to the table's. */
export const rentRevisionClauseInput = z
  .object({
    enabled: z.boolean(),
    referenceQuarter: quarter.nullable().default(null),
    baseValue: indexValue.nullable().default(null),
  })
  .refine((c) => !c.enabled || c.referenceQuarter !== null, {
    message: "The reference quarter is required",
    path: ["referenceQuarter"],
  })
  .meta({ id: "RentRevisionClauseInput" });
export type RentRevisionClauseInput = z.infer<typeof rentRevisionClauseInput>;

/** A published index value, as a platform admin records it. */
export const rentIndexInput = z
  .object({ value: indexValue, publishedAt: saneDate("The publication date").nullable().default(null) })
  .meta({ id: "RentIndexInput" });
export type RentIndexInput = z.infer<typeof rentIndexInput>;

export const rentIndexValue = z
  .object({
    series: z.string(),
    quarter,
    value: indexValue,
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "RentIndexValue" });

/** A PDF being rendered: retry after the Retry-After delay. */
export const letterRendering = z.object({ status: z.literal("rendering") }).meta({ id: "RentRevisionLetterRendering" });

/** The PDF queue job that renders a confirmed revision's letter to the renters (jobs/pdf-consumer.ts). */
export const rentRevisionLetterJob = z.object({
  kind: z.literal("rent_revision_letter"),
  leaseId: z.string(),
  revisionId: z.string(),
});
export type RentRevisionLetterJob = z.infer<typeof rentRevisionLetterJob>;
