import { z } from "zod";
import { saneDate } from "../lib/date-input";

/**
 * The fields of a rental agreement, as stored (JSON) and as the landlord edits them. Every field is
 * present with an empty default so a draft can be saved half-filled; `missingFields` says what must be
 * completed before it can be sent for signature.
 */
const text = (max = 200) => z.string().trim().max(max).default("");
const date = z.union([saneDate(), z.literal("")]).default("");
const money = z.number().int().min(0).max(100_000_000).default(0);

export const partyFields = z.object({
  name: text(),
  idNumber: text(60),
  phone: text(40),
  email: z.union([z.email(), z.literal("")]).default(""),
  address: text(300),
});

const renterFields = partyFields.extend({
  /** The renter's account, so they can complete their own entry and sign. */
  userId: z.string().max(64),
});

export const agreementFields = z
  .object({
    date: date,
    landlord: partyFields.prefault({}),
    renters: z.array(renterFields).min(1, "an agreement needs at least one renter").max(10),
    property: z
      .object({
        address: text(300),
        unit: text(60),
        roomsCount: z.number().int().min(0).max(100).default(1),
        includedServices: text(1000),
        equipment: text(2000),
      })
      .prefault({}),
    lease: z
      .object({
        periodMonths: z.number().int().min(1).max(600).default(12),
        startDate: date,
        endDate: date,
      })
      .prefault({}),
    rent: z
      .object({
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, "an ISO currency code such as EUR")
          .default("EUR"),
        amount: money,
        charges: money,
        paymentDay: z.number().int().min(1).max(31).default(1),
        monthsPaidUpFront: z.number().int().min(0).max(24).default(0),
        standingOrderStart: date,
      })
      .prefault({}),
    utilities: z.object({ waterLimit: text(100), electricityLimit: text(100) }).prefault({}),
    deposit: z.object({ required: z.boolean().default(true), amount: money }).prefault({}),
    guarantor: z
      .object({
        required: z.boolean().default(false),
        name: text(),
        idNumber: text(60),
        address: text(300),
        phone: text(40),
      })
      .prefault({}),
    freeClauses: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
  })
  .meta({ id: "AgreementFields" });
export type AgreementFields = z.infer<typeof agreementFields>;
export type AgreementFieldsInput = z.input<typeof agreementFields>;

/** What still blocks sending for signature, as `path: message` pairs for the form. */
export function missingFields(fields: AgreementFields): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  const need = (value: unknown, path: string, label: string) => {
    if (value === "" || value === 0 || value === undefined) missing.push({ path, message: `${label} is required` });
  };
  need(fields.date, "date", "The agreement date");
  need(fields.landlord.name, "landlord.name", "The landlord's name");
  need(fields.landlord.address, "landlord.address", "The landlord's address");
  fields.renters.forEach((r, i) => {
    need(r.name, `renters.${i}.name`, `Renter ${i + 1}'s name`);
    need(r.idNumber, `renters.${i}.idNumber`, `Renter ${i + 1}'s id number`);
  });
  need(fields.property.address, "property.address", "The property address");
  need(fields.lease.startDate, "lease.startDate", "The start date");
  need(fields.rent.amount, "rent.amount", "The rent");
  if (fields.deposit.required) need(fields.deposit.amount, "deposit.amount", "The deposit amount");
  if (fields.guarantor.required) need(fields.guarantor.name, "guarantor.name", "The guarantor's name");
  if (fields.lease.endDate && fields.lease.startDate && fields.lease.endDate <= fields.lease.startDate) {
    missing.push({ path: "lease.endDate", message: "The end date must be after the start date" });
  }
  return missing;
}
