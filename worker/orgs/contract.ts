import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { typedText } from "../lib/text";
import { orgSummary, permission } from "../auth/contract";
import { users } from "../auth/schema";
import { ROLES } from "../domain";
import type { ProblemCode } from "../lib/problem-codes";
import { LOCALES } from "../lib/i18n/locales";
import { isKnownCurrency } from "../lib/money";
import { invitations, memberships, orgs } from "./schema";
import { canonicalTimeZone, isCountryCode, normalizeBic, normalizeIban } from "./settings-rules";

/** The SIRET check (Luhn over 14 digits), for forms that check it with the other fields (app/lib/org-settings-checks.server.ts). */
export { canonicalTimeZone, isValidSiret } from "./settings-rules";

/**
 * The orgs API's shapes: creating an org, the current org with its team, staff invitations. Shared by routes,
 * services and the UI's forms (import `z` from "zod" here, never from @hono/zod-openapi).
 */

// ---------------------------------------------------------------- inputs

export const orgInput = z.object({ name: typedText(120).min(1) }).meta({ id: "OrgInput" });
export type OrgInput = z.infer<typeof orgInput>;

/** Who to invite to the org, and with which role. */
export const staffInvitationInput = z
  .object({ email: z.email().trim().toLowerCase().max(254), role: z.enum(ROLES) })
  .meta({ id: "StaffInvitationInput" });
export type StaffInvitationInput = z.infer<typeof staffInvitationInput>;

/** A member's new role. */
export const memberRoleInput = z.object({ role: z.enum(ROLES) }).meta({ id: "MemberRoleInput" });

/** A member's role after a change. */
export const memberRole = z.object({ userId: z.string(), role: z.enum(ROLES) }).meta({ id: "MemberRole" });

/** The token of an emailed invitation (staff or lease). */
export const acceptInvitationInput = z.object({
  token: z.string().min(10).max(200).meta({ description: "The token from the emailed invitation link" }),
});

// ---------------------------------------------------------------- outputs

export const createdOrg = z.object({
  org: orgSummary,
  accessToken: z.string().meta({ description: "A fresh access token that lists the new org" }),
});

/** The org's settings: name, slug, currency (ISO 4217), locale and IANA time zone. */
const orgSettings = /* @__PURE__ */ createSelectSchema(orgs)
  .pick({ id: true, name: true, slug: true, currency: true, locale: true, timezone: true })
  .meta({ id: "OrgSettings" });

/** A member of the org, with their role and when they joined. */
const member = /* @__PURE__ */ createSelectSchema(users)
  .pick({ name: true, email: true })
  .extend({
    userId: z.string(),
    role: createSelectSchema(memberships).shape.role,
    since: z.string().meta({ description: "When they joined (ISO 8601 UTC)" }),
  })
  .meta({ id: "Member" });

/** A staff invitation not yet accepted. */
const pendingInvitation = /* @__PURE__ */ createSelectSchema(invitations)
  .pick({ id: true, email: true, role: true, createdAt: true, expiresAt: true })
  .meta({ id: "StaffInvitation" });

/** `/orgs/current`: the org, the viewer's role and permissions, the team and pending invitations. */
export const currentOrg = z.object({
  org: orgSettings,
  role: z.enum(ROLES),
  permissions: z
    .array(permission)
    .meta({ description: "What the viewer may do in this org: the UI shows actions from this, never from roles" }),
  members: z.array(member),
  invitations: z.array(pendingInvitation).meta({ description: "Pending invitations (empty unless team.manage)" }),
});

/** The invitation just emailed. */
export const sentInvitation = pendingInvitation.omit({ createdAt: true });

/** What accepting gave: a membership (staff) or a home (lease), and the access token to use now. */
export const acceptedInvitation = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("staff"),
    orgId: z.string(),
    orgName: z.string(),
    role: z.enum(ROLES),
    accessToken: z.string(),
  }),
  z.object({
    kind: z.literal("lease"),
    apartmentId: z.string(),
    leaseId: z.string(),
    accessToken: z.string(),
  }),
]);

// ---------------------------------------------------------------- settings (issue 13 §1)

/** The languages an org can default to: the languages Rentline speaks. */
export const ORG_LOCALES = LOCALES;

/**
 * A refinement's failure with its stable problem code: the API's problem carries the code and its sentence
 * (lib/errors.ts `invalidFromZod`); a form's error map says it in the page's language (no message here, or
 * it would win over the form's).
 */
const coded = (code: ProblemCode) => ({ params: { code } });

/** Printed text that may be cleared: null or "" clears it (stored null). */
const clearable = (max: number) =>
  z
    .union([typedText(max), z.null()])
    .transform((v) => v || null)
    .optional();
/** A code: trimmed, upper-cased, checked by `isValid` (400 with `code` otherwise). */
const upperCode = (check: (v: string) => boolean, code: ProblemCode) =>
  z.string().trim().toUpperCase().refine(check, coded(code));

/**
 * What the owner may change (`PATCH /orgs/current/settings`): every field optional; null or "" clears a
 * text field. Identity and bank details print on receipts and show to renters, so they are typed text
 * (NFC, bounded). IBAN (ISO 13616, any spacing) is stored electronic; BIC ISO 9362; country ISO 3166 alpha-2;
 * currency ISO 4217; timezone IANA. The company number is checked as a SIRET when the registered address
 * (or, without one, the org) is in France, and the postcode as 5 digits (worker/orgs/settings.ts).
 */
export const orgSettingsInput = z
  .object({
    name: typedText(120).min(1).optional(),
    legalName: clearable(160),
    legalForm: clearable(40),
    legalKind: z.enum(["individual", "company"]).nullable().optional(),
    companyNumber: clearable(40),
    street: clearable(200),
    postalCode: clearable(20),
    city: clearable(100),
    addressCountry: upperCode(isCountryCode, "invalid_country").nullable().optional(),
    contactEmail: z
      .union([z.email().trim().toLowerCase().max(254), z.literal(""), z.null()])
      .transform((v) => v || null)
      .optional(),
    contactPhone: z
      .union([
        z
          .string()
          .trim()
          .regex(/^\+?[0-9 ().-]{6,30}$/, "must be a phone number"),
        z.literal(""),
        z.null(),
      ])
      .transform((v) => v || null)
      .optional(),
    bankHolder: clearable(140),
    iban: z
      .union([
        z
          .string()
          .max(64)
          .refine((v) => !v.trim() || normalizeIban(v) !== null, coded("invalid_iban")),
        z.null(),
      ])
      .transform((v) => (v ? normalizeIban(v) : null))
      .optional(),
    bic: z
      .union([
        z
          .string()
          .max(20)
          .refine((v) => !v.trim() || normalizeBic(v) !== null, coded("invalid_bic")),
        z.null(),
      ])
      .transform((v) => (v ? normalizeBic(v) : null))
      .optional(),
    locale: z.enum(ORG_LOCALES).optional(),
    country: upperCode(isCountryCode, "invalid_country").optional(),
    currency: upperCode(isKnownCurrency, "invalid_currency").optional(),
    timezone: z
      .string()
      .trim()
      .refine((v) => canonicalTimeZone(v) !== null, coded("invalid_timezone"))
      .transform((v) => canonicalTimeZone(v)!)
      .optional(),
    /** Issue 15: the number renters call for an emergency (null: they are shown the contact phone). */
    emergencyPhone: z
      .union([
        z
          .string()
          .trim()
          .regex(/^\+?[0-9 ().-]{6,30}$/, "must be a phone number"),
        z.literal(""),
        z.null(),
      ])
      .transform((v) => v || null)
      .optional(),
    /**
     * Migration 0037 (loi n° 89-462 art. 10, 13): the company is an SCI familiale (a société civile between
     * relatives up to the fourth degree): its leases keep a person's three-year minimum. Company only.
     */
    familyCompany: z.boolean().optional(),
    /** Who signs for a company, name and capacity ("Odile Fabre, gérante"), printed on its agreements. */
    representative: clearable(200),
  })
  .strict()
  .meta({ id: "OrgSettingsInput" });
export type OrgSettingsInput = z.infer<typeof orgSettingsInput>;

const nullableText = z.string().nullable();

/** The org's bank details for transfers, as renters see them where they pay; `reference` names the lease. */
export const bankDetails = z
  .object({
    holder: z.string(),
    iban: z.string().meta({ description: "Electronic format (ISO 13616), e.g. FR7630006000011234567890189" }),
    ibanPrinted: z.string().meta({ description: "In groups of 4, as printed: FR76 3000 6000 0112 3456 7890 189" }),
    bic: nullableText,
  })
  .meta({ id: "BankDetails" });

/** `GET /orgs/current/settings`: every setting, the logo's signed link, and whether receipts can be issued. */
export const orgSettingsOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    legalName: nullableText,
    legalForm: nullableText,
    legalKind: z.enum(["individual", "company"]).nullable(),
    companyNumber: nullableText,
    street: nullableText,
    postalCode: nullableText,
    city: nullableText,
    addressCountry: nullableText,
    contactEmail: nullableText,
    contactPhone: nullableText,
    bankHolder: nullableText,
    iban: nullableText.meta({ description: "Electronic format" }),
    ibanPrinted: nullableText.meta({ description: "In groups of 4" }),
    bic: nullableText,
    logo: z
      .object({
        url: z.string().meta({ description: "A signed /files link (members of the org), valid one day" }),
        contentType: z.string(),
      })
      .nullable(),
    locale: z.enum(ORG_LOCALES),
    country: z.string(),
    currency: z.string(),
    timezone: z.string(),
    identityComplete: z.boolean().meta({
      description: "Legal name and registered address (street, postcode, city) are set: receipts can be issued",
    }),
    emergencyPhone: nullableText.meta({ description: "The renters' emergency number (maintenance)" }),
    familyCompany: z.boolean().meta({
      description:
        "A company that is an SCI familiale (loi n° 89-462 art. 13): its unfurnished leases last at least 3 years, not 6 (art. 10)",
    }),
    representative: nullableText.meta({ description: "Who signs for a company (name and capacity)" }),
  })
  .meta({ id: "OrgSettingsDetail" });
export type OrgSettingsOutput = z.infer<typeof orgSettingsOutput>;

/** The logo just stored. */
export const orgLogo = z.object({ url: z.string(), contentType: z.string() }).meta({ id: "OrgLogo" });
