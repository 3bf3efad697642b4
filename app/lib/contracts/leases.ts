import { z } from "zod";

/** Interim copy of worker/leases' inputs (see README.md). Amounts are integer minor units; dates YYYY-MM-DD. */
const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const money = z.number().int().min(0).max(100_000_000);
const phone = z
  .string()
  .trim()
  .min(5)
  .max(30)
  .regex(/^[+0-9 ().-]+$/, "digits, spaces and + ( ) . - only");

export const leaseInput = z.object({
  renterEmail: z.email().trim().toLowerCase().max(254),
  startDate: isoDate,
  endDate: isoDate.optional(),
  rentAmount: money,
  dueDay: z.number().int().min(1).max(28),
  depositAmount: money.optional(),
});

export const coRenterInput = z.object({ email: z.email().trim().toLowerCase().max(254) });

/** The renter's own details; the dossier part (nationality, education, budget) is optional. */
export const renterProfileInput = z.object({
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  phone,
  birthDate: isoDate,
  address: z.string().trim().min(5).max(300),
  nationality: z.string().trim().min(2).max(80).nullish(),
  education: z.string().trim().min(2).max(200).nullish(),
  budgetAmount: money.nullish(),
  budgetCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO currency code")
    .nullish(),
});

/** A saved profile, as GET /me/profile and the dossier answer it. */
export const renterProfileView = z.object({
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  birthDate: z.string(),
  address: z.string(),
  nationality: z.string().nullable(),
  education: z.string().nullable(),
  budgetAmount: z.number().int().nullable(),
  budgetCurrency: z.string().nullable(),
});
export type RenterProfileView = z.infer<typeof renterProfileView>;
