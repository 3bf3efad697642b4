import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { MAINTENANCE_EVENTS } from "../maintenance/schema";
import { LOCALES } from "../lib/i18n/locales";
import { devMail } from "./schema";

/**
 * A home as emails name it: street address, city and unit, worded by the recipient's language ("— logement
 * 4C"); a plain string is a name already written (an agreement's own address, a message queued before).
 */
const place = z.union([z.object({ street: z.string(), city: z.string(), unit: z.string() }), z.string()]);
export type EmailPlace = z.infer<typeof place>;

/**
 * What every message carries besides its template: the address, and the org the email is about (null for
 * account emails). The consumer writes in the recipient's language (worker/lib/i18n/locales.ts
 * `recipientLocale`): the account's own language when the address has one, else this org's, else French.
 * Resolved when sending, so a language chosen after the email was queued still counts.
 */
const envelope = {
  to: z.email(),
  orgId: z.string().nullable().default(null),
  /**
   * The language to write in, when the address has no account to read it from any more (an erased account's
   * confirmation, issue 16 §3); absent otherwise.
   */
  locale: z.enum(LOCALES).optional(),
};

/**
 * The email queue's message contract: every email Rentline sends, as a template name and the data it needs.
 * Features enqueue these (`enqueueEmail` below); the consumer validates them again when the queue delivers them.
 * Money is integer minor units plus an ISO 4217 currency; dates are ISO `YYYY-MM-DD`, periods `YYYY-MM`:
 * the template formats them in the recipient's language (worker/lib/i18n/format.ts).
 */
export const emailMessage = z.discriminatedUnion("template", [
  z.object({ template: z.literal("verify_email"), ...envelope, data: z.object({ name: z.string(), link: z.url() }) }),
  /** Someone signed up with an address that has an account: its owner is told, the sign-up answer is not. */
  z.object({
    template: z.literal("signup_existing_account"),
    ...envelope,
    data: z.object({ signInLink: z.url(), resetLink: z.url() }),
  }),
  z.object({
    template: z.literal("reset_password"),
    ...envelope,
    data: z.object({ name: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("staff_invitation"),
    ...envelope,
    data: z.object({ orgName: z.string(), inviterName: z.string(), role: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("lease_invitation"),
    ...envelope,
    data: z.object({ orgName: z.string(), address: place, startDate: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("confirmation_needed"),
    ...envelope,
    data: z.object({ authorName: z.string(), description: z.string(), address: place.nullable(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_ready_to_sign"),
    ...envelope,
    data: z.object({ landlordName: z.string(), address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_signed"),
    ...envelope,
    data: z.object({ address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("rent_reminder"),
    ...envelope,
    data: z.object({
      kind: z.enum(["before", "due", "overdue"]),
      address: place,
      amount: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      currency: z.string(),
      dueDate: z.string(),
      daysLate: z.number().int(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("payment_disputed"),
    ...envelope,
    data: z.object({
      stage: z.enum(["opened", "funds_withdrawn", "lost", "won", "funds_reinstated"]),
      address: place,
      amount: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      currency: z.string(),
      period: z.string().nullable(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("application_status"),
    ...envelope,
    data: z.object({
      audience: z.enum(["renter", "landlord"]),
      status: z.enum(["pending", "withdrawn", "rejected", "accepted_pending_payment", "confirmed"]),
      listingTitle: z.string(),
      applicantName: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
      link: z.url(),
    }),
  }),
  /** To each renter: their rent was revised by the IRL (leases/revision); in the renter's language, resolved at send. */
  z.object({
    template: z.literal("rent_revised"),
    ...envelope,
    data: z.object({
      landlord: z.string(),
      address: z.string(),
      anniversary: z.string(),
      previousRent: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      newRent: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      currency: z.string(),
      base: z.object({ quarter: z.string(), value: z.string() }),
      new: z.object({ quarter: z.string(), value: z.string() }),
      effectivePeriod: z.string(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("chat_digest"),
    ...envelope,
    data: z.object({
      name: z.string(),
      rooms: z.array(z.object({ address: place, unread: z.number().int(), link: z.url() })).min(1),
    }),
  }),
  /**
   * A maintenance request changed (issue 15): reported, a status change, a comment, an assignment, a visit
   * scheduled, an escalation. `audience` chooses the wording; `visit` is a day and an `HH:MM` window in the
   * named time zone; a vendor's `link` is their signed page.
   */
  z.object({
    template: z.literal("maintenance_update"),
    ...envelope,
    data: z.object({
      event: z.enum([...MAINTENANCE_EVENTS, "comment", "assigned", "escalated"]),
      audience: z.enum(["renter", "staff", "vendor"]),
      title: z.string(),
      address: place,
      urgency: z.enum(["low", "normal", "urgent", "emergency"]),
      actorName: z.string(),
      note: z.string().nullable(),
      visit: z.object({ date: z.string(), from: z.string(), to: z.string(), timezone: z.string() }).nullable(),
      link: z.url(),
    }),
  }),
  /**
   * To a landlord (each owner of the org): a platform admin took their listing down (worker/admin/listings.ts),
   * with the admin's reason as written; `restored` when it was put back. In the recipient's language.
   */
  z.object({
    template: z.literal("listing_moderated"),
    ...envelope,
    data: z.object({
      event: z.enum(["taken_down", "restored"]),
      title: z.string(),
      reason: z.string(),
      link: z.url(),
    }),
  }),
  /**
   * To a person whose data export is ready (worker/exports, GDPR art. 15 and 20): the signed `/files` link to
   * the ZIP (absolute) and when it expires (ISO instant, UTC; 7 days after it was built). Their language.
   */
  z.object({
    template: z.literal("data_export_ready"),
    ...envelope,
    data: z.object({ link: z.url(), expiresAt: z.string() }),
  }),
  /**
   * To the address an account had before it was erased (issue 16 §3, GDPR art. 12(3): the person is told what
   * was done): when (`erasedOn`, ISO date) and what the landlords keep. Carries the account's `locale`.
   */
  z.object({
    template: z.literal("account_erased"),
    ...envelope,
    data: z.object({ erasedOn: z.iso.date(), link: z.url() }),
  }),
  /**
   * To every member of a closed org and every renter of its running leases (issue 16 §3): when it closed
   * (`closedOn`), until when its data is kept (`purgeOn`, ISO dates), and whether the reader rents from it.
   */
  z.object({
    template: z.literal("org_closed"),
    ...envelope,
    data: z.object({
      orgName: z.string(),
      closedOn: z.iso.date(),
      purgeOn: z.iso.date(),
      renter: z.boolean(),
      link: z.url(),
    }),
  }),
]);
export type EmailMessage = z.infer<typeof emailMessage>;

/**
 * Sends an email: the message goes to the email queue (its consumer renders and delivers it, with retries),
 * so a slow or failing provider never blocks a request. Features call this, never a transport.
 */
export async function enqueueEmail(queue: Queue, message: EmailMessage): Promise<void> {
  await queue.send(message, { contentType: "json" });
}

/** A mail in the local dev mailbox (GET /api/dev/mail), newest first. */
export const devMailView = /* @__PURE__ */ createSelectSchema(devMail).meta({ id: "DevMail" });
/** The dev mailbox filter. */
export const devMailQuery = z.object({
  to: z.string().max(254).optional().meta({ description: "Only mail to this address" }),
});
