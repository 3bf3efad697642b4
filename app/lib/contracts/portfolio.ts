import { z } from "zod";

/** Interim copy of worker/portfolio's inputs (see README.md). Amounts are integer minor units. */
const text = (max: number) => z.string().trim().min(1).max(max);

export const propertyInput = z.object({
  name: text(120),
  address: text(200),
  city: text(100),
  postalCode: text(20),
  country: text(60),
});

export const apartmentInput = z.object({
  propertyId: text(64),
  unitNumber: text(20),
  roomsCount: z.number().int().min(1).max(50),
  rentAmount: z.number().int().min(0).max(100_000_000),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code"),
});
