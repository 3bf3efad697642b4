import { z } from "zod";

/** Interim copy of worker/leases' inputs (see README.md). Amounts are integer minor units; dates YYYY-MM-DD. */
const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const money = z.number().int().min(0).max(100_000_000);

export const leaseInput = z.object({
  renterEmail: z.email().trim().toLowerCase().max(254),
  startDate: isoDate,
  endDate: isoDate.optional(),
  rentAmount: money,
  dueDay: z.number().int().min(1).max(28),
  depositAmount: money.optional(),
});

export const coRenterInput = z.object({ email: z.email().trim().toLowerCase().max(254) });
