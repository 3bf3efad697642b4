import { z } from "zod";
import { saneDate } from "../lib/date-input";
import { ANNEXES, CHARGES_MODES, LANDLORD_KINDS, LEASE_KINDS } from "../lib/french-lease-law";
import { MOBILITY_REASONS } from "../lib/mobility-reasons";
import { placeNameOrEmpty, typedText } from "../lib/text";
import { MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "./clause-limits";

/**
 * The fields of a rental agreement, as stored (JSON) and as the landlord edits them. Every field is
 * present with an empty default so a draft can be saved half-filled; `missingFields` says what must be
 * completed before it can be sent for signature.
 */
/** A field typed by a person: NFC, trimmed, bounded (worker/lib/text.ts); empty until filled. */
const text = (max = 200) => typedText(max).default("");
/** An address typed into the agreement: empty until filled, then holding a letter (lib/text.ts `placeName`). */
const address = (max: number) => placeNameOrEmpty(max).default("");
const date = z.union([saneDate(), z.literal("")]).default("");
const money = z.number().int().min(0).max(100_000_000).default(0);

export const partyFields = z.object({
  name: text(),
  idNumber: text(60),
  phone: text(40),
  email: z.union([z.email(), z.literal("")]).default(""),
  address: address(300),
});

const renterFields = partyFields.extend({
  /** The renter's account, so they can complete their own entry and sign. */
  userId: z.string().max(64),
});

export const agreementFields = z
  .object({
    date: date,
    landlord: partyFields
      .extend({
        /** Individual or company (art. 10); absent on agreements drafted before migration 0021: individual. */
        kind: z.enum(LANDLORD_KINDS).optional(),
        /** A company's legal form (SAS, SCI…), from the org's settings; printed next to its name. */
        legalForm: text(60),
        /** The country of the landlord's registration (ISO alpha-2): `FR` prints a company's number as SIRET. */
        country: z.string().max(2).default(""),
        /**
         * Who the landlord is in law (the org's legal kind): a company is named as a personne morale even when
         * it lets as a person (`kind` individual: an SCI familiale, art. 13). Absent on older drafts: `kind`.
         */
        entity: z.enum(LANDLORD_KINDS).optional(),
        /** Who signs for a company landlord (name and capacity, "Marie Dupont, gérante"). */
        representative: text(200),
      })
      .prefault({}),
    renters: z.array(renterFields).min(1, "an agreement needs at least one renter").max(10),
    property: z
      .object({
        address: address(300),
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
        /** The kind of lease (lib/french-lease-law.ts); absent before migration 0021: the template's. */
        kind: z.enum(LEASE_KINDS).optional(),
        /** Why the renter takes a bail mobilité (art. 25-13; lib/mobility-reasons.ts); "" until chosen. */
        mobilityReason: z.union([z.enum(MOBILITY_REASONS), z.literal("")]).default(""),
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
        /** Provision adjusted yearly, or flat (art. 23, 25-10); absent before migration 0021: provision. */
        chargesMode: z.enum(CHARGES_MODES).optional(),
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
    /** The annexes attached to the lease (art. 3, 3-3, 25-5; décret 2015-587), printed under "Annexes". */
    annexes: z
      .array(z.enum(ANNEXES))
      .max(ANNEXES.length)
      .transform((list) => [...new Set(list)])
      .optional(),
    /** Up to 30 clauses of up to 2,000 characters: what a render handles in bounded time (issue 12). */
    freeClauses: z
      .array(typedText(MAX_CLAUSE_LENGTH).min(1))
      .max(MAX_CLAUSES, `At most ${MAX_CLAUSES} clauses`)
      .default([]),
  })
  .meta({ id: "AgreementFields" });
export type AgreementFields = z.infer<typeof agreementFields>;
export type AgreementFieldsInput = z.input<typeof agreementFields>;

/** Who the landlord is in law: its `entity`, else (drafts before it) the kind it lets as, else a person. */
export function landlordEntity(l: AgreementFields["landlord"]): "individual" | "company" {
  return l.entity ?? l.kind ?? "individual";
}

/** What still blocks sending for signature, as `path: message` pairs for the form. */
export function missingFields(fields: AgreementFields): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  const need = (value: unknown, path: string, label: string) => {
    if (value === "" || value === 0 || value === undefined) missing.push({ path, message: `${label} is required` });
  };
  need(fields.date, "date", "The agreement date");
  need(fields.landlord.name, "landlord.name", "The landlord's name");
  need(fields.landlord.address, "landlord.address", "The landlord's address");
  if (landlordEntity(fields.landlord) === "company")
    need(fields.landlord.representative, "landlord.representative", "The company's representative");
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

/**
 * The fields whose text contains any of `chars`, as a person reads them (`renter 2 name`, `special clause 3`),
 * for a failure reason that says what to edit.
 */
export function fieldsContaining(fields: AgreementFields, chars: string[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      const text = value.normalize("NFC");
      if (chars.some((ch) => text.includes(ch))) found.push(fieldLabel(path));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(fields, []);
  return found;
}

/** `["renters", 1, "name"]` → `renter 2 name`; `["freeClauses", 2]` → `special clause 3`. */
function fieldLabel(path: (string | number)[]): string {
  const words = path.map((part) =>
    typeof part === "number"
      ? String(part + 1)
      : ({ renters: "renter", freeClauses: "special clause", idNumber: "ID number" }[part] ??
        part.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)),
  );
  return words.join(" ");
}
