import { z } from "zod";

/** Interim copy of worker/rent's inputs (see README.md). Amounts are integer minor units. */
export const adjustmentInput = z.object({
  amount: z
    .number()
    .int()
    .min(-100_000_000)
    .max(100_000_000)
    .refine((n) => n !== 0, "must not be zero"),
  reason: z.string().trim().min(1).max(500),
});

export const checkoutInput = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
    .optional(),
});

export const remindersInput = z.object({ enabled: z.boolean() });
