import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { leaseStartDate, saneDate } from "../lib/date-input";
import { idList } from "../lib/lists";
import { typedText } from "../lib/text";
import { chatMessageSchema } from "../../durable-objects/apartment-room.protocol";
import { PERMISSIONS } from "../auth/policy";
import { documentView, guarantorView, phone } from "../dossier/contract";
import { SIDES } from "../domain";
import { placeView } from "../listings/contract";
import { applicationActions } from "./state";
import { applications, applicationStatuses, applicationStatusHistory, type ProfileSnapshot } from "./schema";
import { firstPaymentView } from "./first-payment";
export type { FirstPayment } from "./first-payment";

/**
 * The applications contract: applying to a listing with one's dossier, the lifecycle actions, and what
 * each side reads. Dates are ISO `YYYY-MM-DD`, times ISO-8601 UTC; money is integer minor units. The place
 * applied for is `roomId` / `room` in the JSON (a place of the listing: worker/listings/schema.ts).
 */

const isoDate = saneDate();
const status = z.enum(applicationStatuses);

/** The profile as the landlord sees it on an application: the dossier's, with this application's overrides. */
const profileSnapshot = z
  .object({
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string(),
    birthDate: z.string(),
    nationality: z.string().nullable(),
    education: z.string().nullable(),
    budgetAmount: z.number().int().nullable().meta({ description: "Monthly budget, integer minor units" }),
    budgetCurrency: z.string().nullable(),
  })
  .meta({ id: "ApplicationProfile" }) satisfies z.ZodType<ProfileSnapshot>;
export type { ProfileSnapshot };

/** Profile details overridden for this application only. */
const profileOverride = z
  .object({
    firstName: typedText(80).min(1),
    lastName: typedText(80).min(1),
    phone,
    birthDate: isoDate,
    nationality: z.string().trim().min(2).max(80),
    education: z.string().trim().min(2).max(200),
    budgetAmount: z.number().int().min(0).max(100_000_000),
    budgetCurrency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO currency code"),
  })
  .partial()
  .meta({ description: "Profile details overridden for this application only" });

export const applyInput = z
  .object({
    listingId: z.string().min(1).max(64),
    roomId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: "The place applied for; may be left out when the listing has one" }),
    moveInDate: leaseStartDate("The move-in date"),
    durationMonths: z.number().int().min(1).max(120),
    guarantorIds: idList(z.string().min(1).max(64), "guarantor").max(50).default([]),
    message: z.string().trim().max(2000).optional(),
    profile: profileOverride.optional(),
    incomeAmount: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .optional()
      .meta({ description: "The applicant's monthly income, integer minor units of the listing's currency" }),
  })
  .meta({ id: "ApplyInput" });
export type ApplyInput = z.infer<typeof applyInput>;

/** The optional body of a lifecycle action: a note for the other side. */
export const noteInput = z.object({ note: z.string().trim().min(1).max(1000).optional() });

// ---------------------------------------------------------------- outputs

export { SYSTEM_PAYMENTS_ACTOR } from "./vocabulary";

const historyEntry = /* @__PURE__ */ createSelectSchema(applicationStatusHistory, { actorSide: z.enum(SIDES) })
  .omit({ orgId: true })
  .meta({ id: "ApplicationHistoryEntry" });

export const applicationView = /* @__PURE__ */ createSelectSchema(applications, {
  guarantorIds: z.array(z.string()),
  profile: profileSnapshot,
})
  .omit({ orgId: true, transitionId: true })
  .meta({ id: "Application" });

/** One of the renter's own applications, with its listing and place, and its history. */
export const myApplication = applicationView
  .pick({
    id: true,
    status: true,
    listingId: true,
    moveInDate: true,
    durationMonths: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({
    listingTitle: z.string(),
    city: z.string(),
    roomName: z.string(),
    apartmentId: z.string(),
    history: z.array(historyEntry),
  });

/** Who reads an application, and what they may do with it now. */
export const applicationViewer = z.object({
  side: z.enum(SIDES),
  role: z.string().nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  actions: z.array(z.enum(applicationActions)),
  canChat: z.boolean(),
  canPayOnline: z.boolean(),
});

/** One application for either side, with the dossier as applied. */
export const applicationDetail = z.object({
  application: applicationView.extend({
    listingTitle: z.string(),
    apartmentId: z.string(),
    currency: z.string(),
    renterName: z.string(),
    renterEmail: z.string(),
  }),
  room: placeView.pick({ id: true, name: true, capacity: true, filled: true, rentAmount: true }),
  history: z.array(historyEntry),
  documents: z.array(documentView),
  guarantors: z.array(guarantorView),
  viewer: applicationViewer,
  firstPayment: firstPaymentView.nullable().meta({
    description:
      "What the applicant pays to get the place, once accepted (`accepted_pending_payment`): the first month as the lease will charge it (pro-rated from a mid-month move-in), the deposit, the total, the due date, the org's bank details and the transfer reference; null in any other status",
  }),
});

export const transitionResult = z.object({
  id: z.string(),
  status,
  leaseId: z.string().nullable(),
  history: historyEntry,
});

/** Rent plus charges over a monthly income (0.33: a third of it), two decimals; null without an income. */
const rentToIncome = z
  .number()
  .nullable()
  .meta({ description: "(rent + charges) / monthly income, two decimals; null when no income is stated" });

/** A listing's applications, for its reviewers: per applicant, income, rent-to-income ratio and the dossier. */
export const listingApplications = z.object({
  listing: z.object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    city: z.string(),
    guarantorsRequired: z.number().int(),
    requiredDocuments: z.array(z.string()),
    rentAmount: z.number().int().meta({ description: "The cheapest place's rent, integer minor units" }),
    chargesAmount: z.number().int(),
    currency: z.string(),
  }),
  rooms: z.array(placeView.pick({ id: true, name: true, capacity: true, filled: true })),
  results: z.array(
    applicationView
      .pick({
        id: true,
        status: true,
        roomId: true,
        moveInDate: true,
        durationMonths: true,
        message: true,
        incomeAmount: true,
        createdAt: true,
        updatedAt: true,
      })
      .extend({
        renterName: z.string(),
        renterEmail: z.string(),
        roomName: z.string(),
        rentAmount: z.number().int().meta({ description: "The place's monthly rent, integer minor units" }),
        rentToIncome,
        guarantors: z.number().int().meta({ description: "How many guarantors the renter chose" }),
        documents: z.array(documentView),
        guarantorDossiers: z.array(guarantorView.extend({ rentToIncome })),
      }),
  ),
});

export const roomTicket = z.object({
  ticket: z.string(),
  url: z.string(),
  expiresIn: z.number().int().meta({ description: "Seconds" }),
});

export const messagesQuery = z.object({
  before: z.coerce.number().int().min(1).optional().meta({ description: "A sequence number: older messages" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const messagesView = z.object({
  messages: z.array(chatMessageSchema.extend({ seq: z.number().int() })),
  seq: z.number().int(),
});

export const checkoutView = z.object({
  url: z.string(),
  amount: z.number().int().meta({ description: "Integer minor units" }),
  currency: z.string(),
});
export type { ApplicationStatus } from "./schema";
