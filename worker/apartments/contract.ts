import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { PERMISSIONS } from "../auth/policy";
import { documents } from "../documents/schema";
import { leaseRenters, leases } from "../leases/schema";
import { bankDetails } from "../orgs/contract";
import { ROLES, SIDES } from "../domain";
import { apartments } from "../portfolio/schema";
import { ledgerSystemReasons } from "../rent/contract";
import { ledgerEntries } from "../rent/schema";
import { listingStatuses } from "../listings/schema";
import { MAINTENANCE_CATEGORIES, MAINTENANCE_STATUSES, MAINTENANCE_URGENCIES } from "../maintenance/schema";
import { activitySchema, chatHistorySchema } from "../rooms/contract";

/**
 * The apartment page's read model (`GET /apartments/{id}/room`): everything one apartment page shows, for
 * either side. Amounts are integers in minor units of their `currency`; dates `YYYY-MM-DD`; times ISO-8601 UTC.
 * zod from "zod" only: the UI may import this.
 */

const apartmentSummarySchema = /* @__PURE__ */ createSelectSchema(apartments)
  .pick({ id: true, unitNumber: true, roomsCount: true, currency: true, propertyId: true })
  .extend({
    rentAmount: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Monthly rent (minor units); null for maintenance staff" }),
    propertyName: z.string(),
    address: z.string(),
    city: z.string(),
    orgName: z.string(),
    timezone: z.string().meta({ description: "The org's IANA time zone: the page shows times and days in it" }),
    country: z
      .string()
      .meta({ description: "The property's country, ISO 3166-1 alpha-2 (its law governs the leases)" }),
    landlordKind: z.enum(["individual", "company"]).nullable().meta({
      description:
        "Who lets, from the org's legal identity (null until set): a person or an SCI familiale lets as `individual`, any other company as `company` (in France its unfurnished lease runs 6 years, not 3). A new lease follows it",
    }),
  });

/** Who looks at the page. `permissions` is what the UI shows actions by (it never derives them from roles). */
const viewerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  side: z.enum(SIDES),
  role: z.enum(ROLES).nullable(),
  /** False for a renter whose lease has ended (the history stays readable). */
  canPost: z.boolean(),
  /** May settle entries waiting for the viewer's side (see worker/rooms/service.ts `canSettle`). */
  canConfirm: z.boolean(),
  permissions: z.array(z.enum(PERMISSIONS)),
});

const overviewRenterSchema = /* @__PURE__ */ createSelectSchema(leaseRenters)
  .pick({ id: true, email: true, joinedAt: true })
  .extend({ name: z.string().nullable() });

/** A lease shown on the page: every lease for the landlord side; for a renter, their own (without renters). */
const overviewLeaseSchema = /* @__PURE__ */ createSelectSchema(leases)
  .omit({ orgId: true, apartmentId: true, createdBy: true, createdAt: true })
  .extend({ status: z.enum(["upcoming", "current", "ended", "cancelled"]), renters: z.array(overviewRenterSchema) });

const overviewDocumentSchema = /* @__PURE__ */ createSelectSchema(documents)
  .pick({ id: true, leaseId: true, status: true, createdAt: true, signedAt: true })
  .extend({ title: z.string() });

const overviewPeriodSchema = z.object({
  period: z.string(),
  dueDate: z.string(),
  due: z.number().int(),
  paid: z.number().int(),
  outstanding: z.number().int(),
  status: z.string().meta({ description: "paid, partially_paid, due or overdue" }),
  daysLate: z.number().int(),
});

/** The ledger of a lease shown: balance (positive: the renter owes), per-period status, the latest 50 entries. */
const overviewLedgerSchema = z.object({
  leaseId: z.string(),
  balance: z.number().int(),
  currency: z.string(),
  remindersEnabled: z.boolean(),
  transferReference: z
    .string()
    .meta({ description: "The reference to write on a bank transfer for this lease (e.g. RL-3F9A0C12)" }),
  periods: z.array(overviewPeriodSchema),
  entries: z.array(
    /* @__PURE__ */ createSelectSchema(ledgerEntries)
      .pick({
        id: true,
        kind: true,
        amount: true,
        period: true,
        reason: true,
        createdAt: true,
      })
      .extend({
        reasonKind: z.enum(ledgerSystemReasons).nullable().meta({
          description:
            "For an entry the server wrote (Stripe payment, refund, dispute), its kind: the UI shows it in the reader's language instead of the stored English `reason`; null for people's entries",
        }),
      }),
  ),
  credit: z.number().int().meta({
    description: "Money received beyond every charged period (minor units, ≥ 0): it pays the next periods",
  }),
});

/** One of the apartment's maintenance requests, as the page's Maintenance tab lists it. */
const apartmentMaintenanceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    category: z.enum(MAINTENANCE_CATEGORIES),
    urgency: z.enum(MAINTENANCE_URGENCIES),
    status: z.enum(MAINTENANCE_STATUSES),
    overdue: z.boolean().meta({
      description: "Urgent or emergency, still open past the time to acknowledge it (4 h; an emergency 1 h)",
    }),
    scheduledFor: z
      .object({ date: z.string(), from: z.string(), to: z.string() })
      .nullable()
      .meta({ description: "The visit: a day (`YYYY-MM-DD`) and a window (`HH:MM`), in the org's time zone" }),
    createdAt: z.string().meta({ description: "When it was reported (ISO-8601 UTC)" }),
  })
  .meta({ id: "ApartmentMaintenanceRequest" });
export type ApartmentMaintenance = z.infer<typeof apartmentMaintenanceSchema>;

const apartmentListingSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(listingStatuses).meta({ description: "Never `closed`: the page names open ads and drafts" }),
    availableFrom: z.string().meta({ description: "The day it is available from (`YYYY-MM-DD`)" }),
    pendingApplications: z.number().int().meta({ description: "Applications waiting for a decision" }),
  })
  .meta({ id: "ApartmentListing" });
export type ApartmentListing = z.infer<typeof apartmentListingSchema>;

export const apartmentOverviewSchema = z
  .object({
    apartment: apartmentSummarySchema,
    bankDetails: bankDetails.nullable().meta({
      description:
        "The org's bank details for transfers: for staff and for renters whose lease has not ended; null otherwise or when the org has none",
    }),
    receiptsAvailable: z.boolean().meta({
      description:
        "Whether receipts can be issued: the org's legal name and registered address are set (409 `org_identity_missing` otherwise)",
    }),
    viewer: viewerSchema,
    leases: z.array(overviewLeaseSchema),
    /**
     * The shown leases money may name today, newest first (worker/rooms/lease-choice.ts `isCurrentLease`: not
     * ended, UTC, not cancelled). With two or more, a payment or adjustment must say which (`leaseId`), else 422
     * `lease_required`; a renter sees only their own lease here.
     */
    currentLeaseIds: z.array(z.string()).meta({
      description:
        "The shown leases a payment may name today (not ended, UTC; not cancelled), newest first. With two or more, money posted on the apartment must carry `leaseId` (else 422 lease_required).",
    }),
    activities: z.object({
      results: z.array(activitySchema),
      total: z.number().int(),
      page: z.number().int(),
      limit: z.number().int(),
    }),
    chat: chatHistorySchema,
    pendingPayments: z.array(activitySchema).meta({
      description:
        "Payments waiting for a confirmation (either side's), oldest first, at most 50: the page lists them at its top",
    }),
    documents: z.array(overviewDocumentSchema),
    ledgers: z.array(overviewLedgerSchema),
    /** Whether online (Stripe) payments are configured. */
    onlinePayments: z.boolean(),
    maintenance: z.array(apartmentMaintenanceSchema).meta({
      description:
        "The apartment's maintenance requests the viewer may see (owners and managers all, a maintenance member those assigned to them, a renter their lease's), unfinished first, then newest; at most 50",
    }),
    listings: z.array(apartmentListingSchema).meta({
      description:
        "The apartment's listings that are not closed (drafts, published, taken down), newest first, at most 5, with their applications waiting for a decision: for members who manage listings (owners, managers); empty for everyone else",
    }),
  })
  .meta({ id: "ApartmentOverview" });
export type ApartmentOverview = z.infer<typeof apartmentOverviewSchema>;
