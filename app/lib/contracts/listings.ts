import { z } from "zod";
import { documentKinds, listingTypes } from "../../../worker/listings/schema";

/** Interim copy of worker/listings' inputs (see README.md). Money is integer minor units; dates YYYY-MM-DD. */
const money = z.number().int().min(0).max(100_000_000);

export const placeInput = z.object({
  name: z.string().trim().min(1).max(100),
  capacity: z.number().int().min(1).max(20),
  rentAmount: money,
});

const listingFields = z.object({
  apartmentId: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(1).max(5000),
  city: z.string().trim().min(1).max(80),
  address: z.string().trim().min(1).max(200),
  type: z.enum(listingTypes),
  chargesAmount: money,
  depositAmount: money,
  availableFrom: z.iso.date("a date (YYYY-MM-DD)"),
  guarantorsRequired: z.number().int().min(0).max(50),
  requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length),
  rooms: z.array(placeInput).min(1, "at least one room (the whole place for a flat)").max(30),
});

export const listingInput = listingFields.extend({
  chargesAmount: money.default(0),
  depositAmount: money.default(0),
  guarantorsRequired: z.number().int().min(0).max(50).default(0),
  requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length).default([]),
});

export const listingPatch = listingFields
  .omit({ apartmentId: true })
  .partial()
  .extend({ photoOrder: z.array(z.string().max(64)).max(20).optional() });
