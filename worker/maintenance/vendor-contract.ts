import { z } from "zod";
import { typedText } from "../lib/text";

/** Vendors (external contractors) as `POST /vendors` takes them and every route shows them (./contract.ts). */

/** `POST /vendors`. */
export const vendorInput = z
  .object({
    name: typedText(140).min(1),
    trade: typedText(80).min(1),
    email: z.email().trim().toLowerCase().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,30}$/, "must be a phone number")
      .optional(),
  })
  .meta({ id: "VendorInput" });

export const vendorView = z
  .object({
    id: z.string(),
    name: z.string(),
    trade: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Vendor" });
