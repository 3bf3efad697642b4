import { and, eq, isNull } from "drizzle-orm";
import type { OrgReader, ScopedDb } from "../db/scoped";
import { auditEntry } from "../lib/audit";
import { Conflict, Invalid } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { signFileUrl } from "../lib/signed-urls";
import { receiveUpload } from "../lib/uploads";
import type { OrgSettingsInput, OrgSettingsOutput } from "./contract";
import { ORG_LOCALES } from "./contract";
import { memberships, orgs } from "./schema";
import { isValidPostcode } from "../lib/countries";
import { companyNumberDigits, isValidSiret, printedIban } from "./settings-rules";
import { identityClashes, type IdentityClash } from "../lib/landlord-identity";

/**
 * An org's settings (issue 13 §1): legal identity, bank details, logo and defaults, read and changed by its
 * owners (`org.settings`). Field checks live in the contract (IBAN, BIC, country, currency, time zone); the
 * checks that need the stored row too (a SIRET when the company is in France, a French postcode) run here,
 * against the row the update is conditional on.
 */

/** Every settings column of the caller's org, read through their membership (a statement for a read batch). */
export function orgSettingsRowQuery(s: OrgReader) {
  const { id, name, slug, phone, address, postalCode, city, addressCountry, legalName, legalForm } = orgs;
  const { legalKind, companyNumber, contactEmail, bankHolder, bankIban, bankBic, logoKey, logoType } = orgs;
  return s
    .selectFields(
      {
        ...{ id, name, slug, phone, address, postalCode, city, addressCountry, legalName, legalForm, legalKind },
        ...{ companyNumber, contactEmail, bankHolder, bankIban, bankBic, logoKey, logoType },
        ...{ country: orgs.country, currency: orgs.currency, locale: orgs.locale, timezone: orgs.timezone },
        emergencyPhone: orgs.emergencyPhone,
        ...{ familyCompany: orgs.familyCompany, representative: orgs.representative },
      },
      memberships,
      eq(memberships.userId, s.scope.userId),
    )
    .innerJoin(orgs, eq(orgs.id, memberships.orgId));
}
type SettingsRow = Awaited<ReturnType<typeof orgSettingsRowQuery>>[number];

/** What a quittance needs of its landlord (loi n° 89-462 art. 21): a legal name and a registered address. */
const identityComplete = (row: {
  legalName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
}) => Boolean(row.legalName && row.address && row.postalCode && row.city);

const isOrgLocale = (v: string): v is OrgSettingsOutput["locale"] => (ORG_LOCALES as readonly string[]).includes(v);

/** The settings as the API answers them, the logo as a signed `/files` link for the org's members. */
export async function settingsOut(row: SettingsRow, filesKey: string): Promise<OrgSettingsOutput> {
  const logo = row.logoKey
    ? {
        url: await signFileUrl(filesKey, {
          key: row.logoKey,
          name: `logo.${row.logoType === "image/png" ? "png" : "jpg"}`,
          type: row.logoType ?? "image/jpeg",
          disposition: "inline",
          grant: { kind: "org", orgId: row.id },
        }),
        contentType: row.logoType ?? "image/jpeg",
      }
    : null;
  return {
    ...{ id: row.id, name: row.name, slug: row.slug, legalName: row.legalName, legalForm: row.legalForm },
    ...{ legalKind: row.legalKind, companyNumber: row.companyNumber, street: row.address },
    ...{ postalCode: row.postalCode, city: row.city, addressCountry: row.addressCountry },
    ...{ contactEmail: row.contactEmail, contactPhone: row.phone, bankHolder: row.bankHolder },
    ...{ iban: row.bankIban, ibanPrinted: row.bankIban ? printedIban(row.bankIban) : null, bic: row.bankBic },
    logo,
    locale: isOrgLocale(row.locale) ? row.locale : "fr",
    ...{ country: row.country, currency: row.currency, timezone: row.timezone },
    identityComplete: identityComplete(row),
    emergencyPhone: row.emergencyPhone,
    ...{ familyCompany: row.familyCompany, representative: row.representative },
  };
}

/** The input as `orgs` columns (absent fields stay absent; null clears). */
function columnsOf(input: OrgSettingsInput): Partial<typeof orgs.$inferInsert> {
  const { street, contactPhone, iban, bic, ...same } = input;
  const set: Partial<typeof orgs.$inferInsert> = { ...same };
  if (street !== undefined) set.address = street;
  if (contactPhone !== undefined) set.phone = contactPhone;
  if (iban !== undefined) set.bankIban = iban;
  if (bic !== undefined) set.bankBic = bic;
  return set;
}

/** The API's English sentence for each field of a clash (the UI says its own, by code and path). */
const CLASH_MESSAGES: Record<IdentityClash["code"], Partial<Record<string, string>>> = {
  company_number_needs_company: {
    companyNumber: "A person has no company number (SIRET): clear it, or say the landlord is a company",
    legalKind: "A company number (SIRET) is a company's: choose company, or clear the number",
  },
  family_company_needs_company: {
    familyCompany: "Only a company can be an SCI familiale",
    legalKind: "An SCI familiale is a company: choose company",
  },
  representative_needs_company: {
    representative: "A person signs for themselves: a representative is a company's",
    legalKind: "A representative signs for a company: choose company, or clear the representative",
  },
};

/**
 * The checks across fields, on the row as it will be: in France (the registered address's country, or the
 * org's when it has none) a company number is a SIRET (stored as 14 digits) → 400 `invalid_siret`, and a
 * postcode has 5 digits → 400 `invalid_postcode`. Then who the org is must hold together (lib/landlord-identity.ts):
 * 400 `company_number_needs_company`, `family_company_needs_company`, `representative_needs_company`, with a
 * sentence on each field involved.
 */
function checkAcrossFields(next: SettingsRow, set: Partial<typeof orgs.$inferInsert>) {
  const country = next.addressCountry ?? next.country;
  if (next.companyNumber && country === "FR") {
    if (!isValidSiret(next.companyNumber)) {
      const message = "A French company number is a SIRET: 14 digits with a valid check digit";
      throw new Invalid(`companyNumber: ${message}`, [{ path: "companyNumber", message }], "invalid_siret");
    }
    if (set.companyNumber !== undefined) set.companyNumber = companyNumberDigits(next.companyNumber);
  }
  if (next.postalCode && !isValidPostcode(next.postalCode, country)) {
    const message = "A French postcode has 5 digits";
    throw new Invalid(`postalCode: ${message}`, [{ path: "postalCode", message }], "invalid_postcode");
  }
  const [clash] = identityClashes(next);
  if (clash) {
    const errors = clash.paths.map((path) => ({ path, message: CLASH_MESSAGES[clash.code][path] ?? "" }));
    throw new Invalid(errors.map((e) => `${e.path}: ${e.message}`).join("; "), errors, clash.code);
  }
}

/**
 * Changes the org's settings (`org.settings`; the route checked it). Cross-field errors: 400 `invalid_siret`,
 * `invalid_postcode`. 409 `stale` when another change moved the country meanwhile (ask again). Audited.
 */
export async function updateOrgSettings(
  s: ScopedDb,
  input: OrgSettingsInput,
  ports: Pick<Ports, "db" | "requestId">,
  filesKey: string,
): Promise<OrgSettingsOutput> {
  const [current] = await orgSettingsRowQuery(s);
  if (!current) throw new Conflict("This organization no longer exists", "stale");
  const set = columnsOf(input);
  checkAcrossFields({ ...current, ...set }, set);
  const next: SettingsRow = { ...current, ...set };
  if (Object.keys(set).length === 0) return settingsOut(current, filesKey);
  const [updated] = await ports.db.batch([
    ports.db
      .update(orgs)
      .set(set)
      .where(
        and(
          eq(orgs.id, s.scope.orgId),
          eq(orgs.country, current.country),
          // The checks ran on these countries: the update applies only if they still hold.
          current.addressCountry === null
            ? isNull(orgs.addressCountry)
            : eq(orgs.addressCountry, current.addressCountry),
        ),
      )
      .returning({ id: orgs.id }),
    auditEntry(ports.db, {
      action: "org.settings",
      actorUserId: s.scope.userId,
      orgId: s.scope.orgId,
      requestId: ports.requestId,
      details: { fields: Object.keys(input).sort() },
    }),
  ]);
  if (updated.length !== 1) throw new Conflict("The settings changed meanwhile: reload and try again", "stale");
  return settingsOut(next, filesKey);
}

const logoKeyOf = (orgId: string) => `orgs/${orgId}/logo/${newId()}`;

/**
 * Stores an uploaded logo (PNG, JPEG or WebP, through the one image path: checked, upright, downscaled,
 * re-encoded; 413/415/422 from there) and makes it the org's; the previous one is deleted from R2.
 */
export async function replaceLogo(
  s: ScopedDb,
  ports: Pick<Ports, "db" | "docs" | "images" | "requestId">,
  request: Request,
  filesKey: string,
) {
  const [current] = await orgSettingsRowQuery(s);
  const key = logoKeyOf(s.scope.orgId);
  const upload = await receiveUpload(request, {
    bucket: ports.docs,
    images: ports.images,
    key,
    accept: ["png", "jpeg", "webp"],
    maxBytes: 5 * 1024 * 1024,
  });
  const contentType = upload.file.type.mime;
  try {
    await ports.db.batch([
      ports.db.update(orgs).set({ logoKey: key, logoType: contentType }).where(eq(orgs.id, s.scope.orgId)),
      auditEntry(ports.db, {
        action: "org.logo",
        actorUserId: s.scope.userId,
        orgId: s.scope.orgId,
        requestId: ports.requestId,
      }),
    ]);
  } catch (error) {
    await ports.docs.delete(key);
    throw error;
  }
  if (current?.logoKey) await ports.docs.delete(current.logoKey);
  const out = await settingsOut({ ...current!, logoKey: key, logoType: contentType }, filesKey);
  return out.logo!;
}

/** Removes the org's logo (nothing happens when it has none). */
export async function removeLogo(s: ScopedDb, ports: Pick<Ports, "db" | "docs" | "requestId">) {
  const [current] = await orgSettingsRowQuery(s);
  if (!current?.logoKey) return;
  await ports.db.batch([
    ports.db.update(orgs).set({ logoKey: null, logoType: null }).where(eq(orgs.id, s.scope.orgId)),
    auditEntry(ports.db, {
      action: "org.logo",
      actorUserId: s.scope.userId,
      orgId: s.scope.orgId,
      requestId: ports.requestId,
      details: { removed: true },
    }),
  ]);
  await ports.docs.delete(current.logoKey);
}
