import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { daysInPeriod, leaseDaysIn, leaseDueDate, leaseEnd, periodOf } from "../lib/calendar";
import { chargePartsOf, type RentTerms } from "../lib/rent-dates";
import { bankDetails } from "../orgs/contract";
import { orgs } from "../orgs/schema";
import { adTermsQuery, type AdTerms } from "./lease-law";
import { applications } from "./schema";

/**
 * What an accepted applicant pays to get the place (issue 14 §1): the lease the confirmation will create
 * (./transition.ts, from the same `leaseRentTermsOf`) charged its first period exactly as the ledger will
 * (lib/rent-dates.ts `chargePartsOf`: rent and charges pro-rated by days when the move-in is mid-month), plus
 * the ad's security deposit; due on that period's due date; paid online (Stripe) or by transfer to the
 * org's account with the application's reference.
 */

/** The rent terms of the lease an application becomes: from `moveInDate` for `durationMonths`, due on its day. */
export function leaseRentTermsOf(
  ad: Pick<AdTerms, "rentAmount" | "chargesAmount">,
  moveInDate: string,
  durationMonths: number,
): RentTerms & { endDate: string; chargesAmount: number } {
  return {
    startDate: moveInDate,
    endDate: leaseEnd(moveInDate, durationMonths),
    // The 29th–31st do not exist every month: the lease is due on the 28th at the latest.
    dueDay: Math.min(28, Number(moveInDate.slice(8, 10))),
    rentAmount: ad.rentAmount,
    chargesAmount: ad.chargesAmount,
  };
}

/**
 * The reference an applicant writes on their transfer so the landlord matches it: "RL-A" and the
 * application id's last 8 hex digits, upper case (a lease's own reference is "RL-" and its id's).
 */
const applicationTransferReference = (applicationId: string) =>
  `RL-A${applicationId.replace(/-/g, "").slice(-8).toUpperCase()}`;

export const firstPaymentView = z
  .object({
    period: z.string().meta({ description: "The first month charged, YYYY-MM (the move-in month)" }),
    days: z.number().int().meta({ description: "Days of that month the lease covers (a mid-month move-in: fewer)" }),
    daysInMonth: z.number().int(),
    rent: z.number().int().meta({ description: "First month's rent, minor units, pro-rated by days" }),
    charges: z.number().int().meta({ description: "First month's charges, minor units, pro-rated by days" }),
    deposit: z.number().int().meta({ description: "Security deposit, minor units (0: none)" }),
    total: z.number().int().meta({ description: "rent + charges + deposit, minor units: what to pay" }),
    currency: z.string(),
    dueDate: z.string().meta({ description: "YYYY-MM-DD: the first period's due date (the move-in day)" }),
    transferReference: z.string().meta({ description: "What to write on the transfer" }),
    bankDetails: bankDetails.nullable().meta({ description: "The org's account; null until the landlord sets it" }),
  })
  .meta({ id: "FirstPayment" });
export type FirstPayment = z.infer<typeof firstPaymentView>;

/**
 * The reads behind `firstPaymentOf`, keyed by the application id (they ride in the access check's batch):
 * the ad's terms for the place applied for, and the org's bank details.
 */
export function firstPaymentQueries(db: Db, applicationId: string) {
  const ofApplication = (column: "listing_id" | "room_id") =>
    sql`(select a.${sql.raw(column)} from applications a where a.id = ${applicationId})`;
  return [
    adTermsQuery(db, ofApplication("listing_id"), ofApplication("room_id")),
    db
      .select({ holder: orgs.bankHolder, iban: orgs.bankIban, bic: orgs.bankBic })
      .from(applications)
      .innerJoin(orgs, eq(orgs.id, applications.orgId))
      .where(eq(applications.id, applicationId)),
  ] as const;
}

/** An electronic IBAN in groups of 4, as printed (FR76 3000 6000 …), like the org settings show it. */
const printedIban = (electronic: string) => electronic.replace(/(.{4})(?=.)/g, "$1 ");

type Bank = { holder: string | null; iban: string | null; bic: string | null };

/** The first payment of `app` (minor units, in the ad's currency), or null when its ad or place is gone. */
export function firstPaymentOf(
  app: { id: string; moveInDate: string; durationMonths: number; currency: string },
  ad: AdTerms | undefined,
  bank: Bank | undefined,
): FirstPayment | null {
  if (!ad) return null;
  const terms = leaseRentTermsOf(ad, app.moveInDate, app.durationMonths);
  const period = periodOf(app.moveInDate);
  const { rent, charges } = chargePartsOf(period, terms);
  const deposit = ad.depositAmount ?? 0;
  return {
    period,
    days: leaseDaysIn(period, terms),
    daysInMonth: daysInPeriod(period),
    rent,
    charges,
    deposit,
    total: rent + charges + deposit,
    currency: app.currency,
    dueDate: leaseDueDate(period, terms),
    transferReference: applicationTransferReference(app.id),
    bankDetails:
      bank?.holder && bank.iban
        ? { holder: bank.holder, iban: bank.iban, ibanPrinted: printedIban(bank.iban), bic: bank.bic }
        : null,
  };
}
