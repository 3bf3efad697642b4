import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { saneDate } from "../lib/date-input";
import { placeName, typedText } from "../lib/text";
import { documentKinds } from "../listings/schema";
import { dossierDocuments, guarantors, renterProfiles } from "./schema";

/**
 * The dossier contract: a renter's profile, documents and guarantors, as the API accepts and answers them
 * (and as applications show them to landlords). Money is integer minor units with an ISO 4217 currency;
 * dates are ISO `YYYY-MM-DD`, times ISO-8601 UTC.
 */

/** At most 50 guarantors and 200 documents per dossier. */
export const MAX_GUARANTORS = 50;
export const MAX_DOCUMENTS = 200;

const money = z.number().int().min(0).max(100_000_000).meta({ description: "Integer minor units" });
const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO currency code");
export const phone = z
  .string()
  .trim()
  .min(5)
  .max(30)
  .regex(/^[+0-9 ().-]+$/, "digits, spaces and + ( ) . - only");

/** What a dossier document is (the `kind` form field of an upload). */
export const documentKind = z.enum(documentKinds);

/**
 * The renter's profile. Name, phone, birth date and address are what agreements need; nationality,
 * education and budget are the dossier's part, optional so the lease profile form works without them (a
 * PUT without them keeps the stored values).
 */
export const profileInput = z
  .object({
    firstName: typedText(80).min(1),
    lastName: typedText(80).min(1),
    phone,
    birthDate: saneDate("The birth date"),
    address: placeName(300).min(5),
    nationality: z.string().trim().min(2).max(80).nullish(),
    education: z.string().trim().min(2).max(200).nullish(),
    budgetAmount: money.nullish().meta({ description: "Monthly budget, integer minor units" }),
    budgetCurrency: currency.nullish(),
  })
  .meta({ id: "RenterProfileInput" });
export type ProfileInput = z.infer<typeof profileInput>;

export const guarantorInput = z
  .object({
    name: typedText(120).min(2),
    email: z.email().trim().toLowerCase().max(254).nullish(),
    phone: phone.nullish(),
    relationship: z.string().trim().min(2).max(80),
    incomeAmount: money.nullish().meta({ description: "Monthly income, integer minor units" }),
    incomeCurrency: currency.nullish(),
  })
  .meta({ id: "GuarantorInput" });
export type GuarantorInput = z.infer<typeof guarantorInput>;

// ---------------------------------------------------------------- outputs

export const profileView = /* @__PURE__ */ createSelectSchema(renterProfiles)
  .omit({ userId: true })
  .meta({ id: "RenterProfile" });

export const documentView = /* @__PURE__ */ createSelectSchema(dossierDocuments, { kind: documentKind })
  .omit({ userId: true, r2Key: true })
  .extend({ url: z.string().meta({ description: "Signed, expiring /files link" }) })
  .meta({ id: "DossierDocument" });
export type DocumentView = z.infer<typeof documentView>;

export const guarantorView = /* @__PURE__ */ createSelectSchema(guarantors)
  .omit({ userId: true })
  .extend({ documents: z.array(documentView) })
  .meta({ id: "Guarantor" });

export const dossierView = z
  .object({
    profile: profileView.nullable(),
    documents: z.array(documentView),
    guarantors: z.array(guarantorView),
  })
  .meta({ id: "Dossier" });
