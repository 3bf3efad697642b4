import { z } from "zod";

/** Interim copy of worker/rooms' inputs (see README.md). Amounts are integer minor units. */
export const activityInput = z.object({
  description: z.string().trim().min(1).max(2000),
  amount: z.number().int().min(1).max(100_000_000).optional(),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
    .optional(),
  needsConfirmation: z.boolean().optional(),
});

export const activityRejection = z.object({ reason: z.string().trim().min(3).max(500) });
