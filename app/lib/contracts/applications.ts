import { z } from "zod";
import { applicationActions } from "../../../worker/applications/state";

/** Interim copy of worker/applications' inputs (see README.md). Dates YYYY-MM-DD; amounts integer minor units. */
export const applicationInput = z.object({
  listingId: z.string().min(1).max(64),
  roomId: z.string().min(1).max(64).optional(),
  moveInDate: z.iso.date("must be a date (YYYY-MM-DD)"),
  durationMonths: z.number().int().min(1).max(120),
  guarantorIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  message: z.string().trim().max(2000).optional(),
  profile: z
    .object({
      phone: z
        .string()
        .trim()
        .min(5)
        .max(30)
        .regex(/^[+0-9 ().-]+$/, "digits, spaces and + ( ) . - only"),
      education: z.string().trim().min(2).max(200),
      budgetAmount: z.number().int().min(0).max(100_000_000),
    })
    .partial()
    .optional(),
});

/** A decision's optional note for the other side. */
export const decisionInput = z.object({ note: z.string().trim().min(1).max(1000).optional() });

/** The decisions, named in the path (`/applications/{id}/{action}`). */
export { applicationActions };
