import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { LAST_DAY_OF_MONTH, leaseStartDate, saneDate } from "../lib/date-input";
import { CHARGES_MODES, LANDLORD_KINDS, LEASE_KINDS } from "../lib/french-lease-law";
import { MOBILITY_REASONS } from "../lib/mobility-reasons";
import { leases } from "./schema";

/**
 * The leases feature's contract: what its API accepts and answers. Shared by the API routes, the services
 * (`z.infer` of the inputs) and the UI's forms. Dates are ISO `YYYY-MM-DD`; amounts are integers in the
 * minor unit of the lease's currency (the apartment's, ISO 4217).
 */

const minorUnits = z
  .number()
  .int()
  .min(0)
  .max(100_000_000)
  .meta({ description: "Integer minor units of the apartment's currency (cents for EUR)" });
const email = z.email().trim().toLowerCase().max(254);

/** `cancelled`: called off before it started (`cancelledAt`; it keeps its agreed dates, and no day of them counts). */
const leaseStatuses = ["upcoming", "current", "ended", "cancelled"] as const;
export type LeaseStatus = (typeof leaseStatuses)[number];

// ---------------------------------------------------------------- inputs

/** A new lease and its first renter's invitation. */
export const leaseInput = z
  .object({
    renterEmail: email.meta({ description: "Where the invitation goes; the renter accepts with this address" }),
    startDate: leaseStartDate("The start date").meta({
      description: "First day of the lease; within 10 years of today (422 `date_out_of_range` otherwise)",
    }),
    endDate: saneDate("The end date")
      .optional()
      .meta({ description: "Last day of the lease (inclusive, 1900–2200); open-ended when absent" }),
    rentAmount: minorUnits.meta({
      description:
        "Monthly rent excluding charges (loyer hors charges), integer minor units; the yearly IRL revision revises it alone",
    }),
    dueDay: z.number().int().min(1).max(LAST_DAY_OF_MONTH).meta({
      description:
        "Day of the month the rent is due (1–31, clamped to the month's length: 31 is the last day of every month). A due date never falls outside the lease: the first month is due on the start date when the due day came before it, the last on the end date",
    }),
    depositAmount: minorUnits.optional(),
    firstMonthAmount: minorUnits.optional().meta({
      description:
        "The first month's charge (rent and charges together), replacing the pro-rata (rent and charges each × days covered ÷ days in the month, rounded half up); at most `rentAmount` + `chargesAmount` (422 `partial_month_above_rent`)",
    }),
    lastMonthAmount: minorUnits.optional().meta({
      description:
        "The last month's charge (rent and charges together), replacing the pro-rata (rent and charges each × days covered ÷ days in the month, rounded half up); at most `rentAmount` + `chargesAmount` (422 `partial_month_above_rent`)",
    }),
    chargesAmount: minorUnits.default(0).meta({
      description:
        "Monthly charges (provision sur charges or forfait), integer minor units, default 0. Each month is charged `rentAmount` + `chargesAmount` (each pro-rated by days in a partial month), and rent receipts show the two apart (loi n° 89-462 art. 21)",
    }),
    kind: z.enum(LEASE_KINDS).default("unfurnished").meta({
      description:
        "unfurnished (location nue), furnished (meublée), student_furnished (9 months), mobility (bail mobilité, 1–10 months). For a dwelling in France, loi n° 89-462 applies: 422 with a code per broken rule (worker/lib/french-lease-law.ts)",
    }),
    landlordKind: z.enum(LANDLORD_KINDS).optional().meta({
      description:
        "Who lets: individual (a family SCI included) or company; in France an unfurnished lease lasts at least 3 or 6 years (art. 10). Absent: the org's legal kind from its settings (individual when unset)",
    }),
    mobilityReason: z.enum(MOBILITY_REASONS).optional().meta({
      description:
        "Why the renter takes a bail mobilité (loi n° 89-462 art. 25-13): vocational_training, higher_education, apprenticeship, internship, civic_service, job_transfer, temporary_assignment. Required for `kind` mobility on a dwelling in France (422 `mobility_reason_required`); ignored for other kinds",
    }),
  })
  .meta({ id: "LeaseInput" });
export type LeaseInput = z.infer<typeof leaseInput>;

/** A co-renter invited onto an existing lease. */
export const coRenterInput = z.object({ email }).meta({ id: "CoRenterInput" });
export type CoRenterInput = z.infer<typeof coRenterInput>;

// ---------------------------------------------------------------- outputs

/** A lease as the API shows it (the org id stays inside). */
/** The revision clause columns: read and set through /api/leases/{id}/rent-revision (leases/revision/). */
const REVISION_COLUMNS = {
  rentRevisionClause: true,
  rentIndexQuarter: true,
  rentIndexBaseValue: true,
  rentRevisedOn: true,
} as const;
const lease = /* @__PURE__ */ createSelectSchema(leases)
  .omit({ orgId: true, ...REVISION_COLUMNS })
  .meta({ id: "Lease" });

/** A renter's invitation onto a lease: valid until `expiresAt` (ISO timestamp, UTC). */
export const leaseInvitation = z
  .object({ id: z.string(), email: z.string(), expiresAt: z.string() })
  .meta({ id: "LeaseInvitation" });

export const createdLease = z.object({ lease, invitation: leaseInvitation });

/** A renter on a lease: invited (`joinedAt` null) or joined. */
const leaseRenter = z
  .object({ id: z.string(), email: z.string(), name: z.string().nullable(), joinedAt: z.string().nullable() })
  .meta({ id: "LeaseRenter" });

/** A lease of an apartment with its status (as of today in the org's time zone) and its renters. */
const apartmentLease = lease
  .extend({ status: z.enum(leaseStatuses), renters: z.array(leaseRenter) })
  .meta({ id: "ApartmentLease" });
export const apartmentLeases = z.object({ results: z.array(apartmentLease) });

/** One of a renter's homes: the apartment, its org and the renter's lease there, with unread chat. */
const home = z
  .object({
    apartmentId: z.string(),
    unitNumber: z.string(),
    propertyName: z.string(),
    address: z.string(),
    city: z.string(),
    orgName: z.string(),
    leaseId: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    rentAmount: z.number().int().meta({ description: "Monthly rent excluding charges, minor units" }),
    chargesAmount: z.number().int().meta({ description: "Monthly charges, minor units (due: rent + charges)" }),
    currency: z.string(),
    dueDay: z.number().int(),
    unread: z.number().int().meta({ description: "Chat messages in the apartment's room the renter has not read" }),
    status: z.enum(leaseStatuses).meta({ description: "As of today in the org's time zone" }),
    balance: z.number().int().meta({
      description: "What the renter owes on this lease's ledger, minor units: positive owes, negative paid ahead",
    }),
    timezone: z.string().meta({ description: "The org's IANA time zone (its dates, such as the next due date)" }),
  })
  .meta({ id: "Home" });
/**
 * An application of the renter that a landlord accepted and that waits for its first payment (rent and
 * deposit) before it becomes a lease: "My homes" points to it until then.
 */
const awaitingHome = z
  .object({
    applicationId: z.string(),
    listingTitle: z.string(),
    city: z.string(),
    orgName: z.string(),
    moveInDate: z.string().meta({ description: "The asked move-in day, YYYY-MM-DD" }),
  })
  .meta({ id: "AwaitingHome" });
export type AwaitingHome = z.infer<typeof awaitingHome>;

export const homes = z.object({
  results: z.array(home),
  awaitingPayment: z.array(awaitingHome).meta({
    description: "Accepted applications waiting for their first payment, newest first (no lease yet)",
  }),
});

/**
 * A lease whose renter has already joined (leases/service.ts `joinedLeaseStatements`, which a confirmed
 * application uses): the lease's columns (amounts in minor units, ISO dates) and its renter.
 */
export type JoinedLeaseInput = Omit<
  typeof leases.$inferSelect,
  | "id"
  | "remindersEnabled"
  | "createdAt"
  | "kind"
  | "landlordKind"
  | "mobilityReason"
  | "cancelledAt"
  | keyof typeof REVISION_COLUMNS
> &
  Partial<Pick<typeof leases.$inferSelect, "kind" | "landlordKind" | "mobilityReason">> & {
    renterUserId: string;
    renterEmail: string;
  };

/** A lease's move-out date (`YYYY-MM-DD`, on or after its start; the last day of the tenure, inclusive). */
export const leaseEndInput = z
  .object({ endDate: saneDate("The move-out date").meta({ description: "The last day of the lease, YYYY-MM-DD" }) })
  .meta({ id: "LeaseEndInput" });
export type LeaseEndInput = z.infer<typeof leaseEndInput>;

/** A lease's dates after a change, with its status. */
export const leaseDates = z
  .object({
    id: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    status: z.enum(leaseStatuses),
    cancelledAt: z
      .string()
      .optional()
      .meta({ description: "When the lease was called off (ISO timestamp): only on a cancellation" }),
  })
  .meta({ id: "LeaseDates" });

/**
 * New monthly charges for a lease (PATCH /api/leases/{id}/charges): from the next charge the cron posts on;
 * entries already on the ledger never change.
 */
export const leaseChargesInput = z
  .object({
    chargesAmount: minorUnits.meta({
      description: "The new monthly charges, integer minor units of the lease's currency (0–100,000,000)",
    }),
    chargesMode: z.enum(CHARGES_MODES).default("provision").meta({
      description:
        "How they are recovered: `provision` (a monthly advance adjusted yearly, art. 23) or `flat` (forfait, furnished leases only, art. 25-10; the only way for a bail mobilité). In France, 422 `flat_charges_unfurnished` / `mobility_flat_charges` otherwise",
    }),
    expectedChargesAmount: minorUnits.optional().meta({
      description:
        "The charges the form was filled from; when given and no longer the lease's, 409 `lease_charges_changed` (someone changed them meanwhile)",
    }),
  })
  .meta({ id: "LeaseChargesInput" });
export type LeaseChargesInput = z.infer<typeof leaseChargesInput>;

/** A lease's charges after a change: the new and the previous amount (minor units) in its currency. */
export const leaseCharges = z
  .object({
    id: z.string(),
    chargesAmount: z.number().int(),
    previousChargesAmount: z.number().int(),
    chargesMode: z.enum(CHARGES_MODES),
    currency: z.string(),
  })
  .meta({ id: "LeaseCharges" });
