import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { LOCALES } from "../lib/i18n/locales";
import { devMail } from "./schema";

/**
 * The email queue's message contract: every email Rentline sends, as a template name and the data it needs.
 * Features enqueue these (`enqueueEmail` below); the consumer validates them again when the queue delivers them.
 * Money is integer minor units plus an ISO 4217 currency; dates are ISO `YYYY-MM-DD`.
 */
export const emailMessage = z.discriminatedUnion("template", [
  z.object({ template: z.literal("verify_email"), to: z.email(), data: z.object({ name: z.string(), link: z.url() }) }),
  /** Someone signed up with an address that has an account: its owner is told, the sign-up answer is not. */
  z.object({
    template: z.literal("signup_existing_account"),
    to: z.email(),
    data: z.object({ signInLink: z.url(), resetLink: z.url() }),
  }),
  z.object({
    template: z.literal("reset_password"),
    to: z.email(),
    data: z.object({ name: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("staff_invitation"),
    to: z.email(),
    data: z.object({ orgName: z.string(), inviterName: z.string(), role: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("lease_invitation"),
    to: z.email(),
    data: z.object({ orgName: z.string(), address: z.string(), startDate: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("confirmation_needed"),
    to: z.email(),
    data: z.object({ authorName: z.string(), description: z.string(), address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_ready_to_sign"),
    to: z.email(),
    data: z.object({ landlordName: z.string(), address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_signed"),
    to: z.email(),
    data: z.object({ address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("rent_reminder"),
    to: z.email(),
    data: z.object({
      kind: z.enum(["before", "due", "overdue"]),
      address: z.string(),
      amount: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      currency: z.string(),
      dueDate: z.string(),
      daysLate: z.number().int(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("payment_disputed"),
    to: z.email(),
    data: z.object({
      stage: z.enum(["opened", "funds_withdrawn", "lost", "won", "funds_reinstated"]),
      address: z.string(),
      amount: z.number().int().meta({ description: "Integer minor units of `currency`" }),
      currency: z.string(),
      period: z.string().nullable(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("application_status"),
    to: z.email(),
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
  /** To each renter: their rent was revised by the IRL (leases/revision), in the renter's language. */
  z.object({
    template: z.literal("rent_revised"),
    to: z.email(),
    data: z.object({
      locale: z.enum(LOCALES),
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
    to: z.email(),
    data: z.object({
      name: z.string(),
      rooms: z.array(z.object({ address: z.string(), unread: z.number().int(), link: z.url() })).min(1),
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
