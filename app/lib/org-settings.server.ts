import { data } from "react-router";
import { z } from "zod";
import { orgSettingsInput, type OrgSettingsInput } from "../../worker/orgs/contract";
import type { Locale } from "../../worker/lib/i18n/locales";
import type { ProblemCode } from "../../worker/lib/problem-codes";
import { translatorFor } from "../i18n/translate.server";
import { readProblem, replyFromProblem } from "./api.server";
import type { FormReply } from "./forms";
import { formMessages, parseSubmission } from "./forms.server";
import { identityFieldErrors } from "./org-settings-checks.server";

/**
 * The org settings page's forms (app/routes/settings.tsx): one per section, each sending only its fields to
 * `PATCH /api/orgs/current/settings`. The contract checks them (the same rules as the API); what it refuses
 * and what the API refuses across fields (a SIRET, a French postcode) is said in the page's language, by the
 * problem's code.
 */

const SECTIONS = {
  identity: [
    "name",
    "legalName",
    "legalForm",
    "legalKind",
    "companyNumber",
    "street",
    "postalCode",
    "city",
    "addressCountry",
    "contactEmail",
    "contactPhone",
    "emergencyPhone",
    "familyCompany",
    "representative",
  ],
  bank: ["bankHolder", "iban", "bic"],
  defaults: ["locale", "country", "currency", "timezone"],
} as const satisfies Record<string, readonly (keyof OrgSettingsInput)[]>;
export type Section = keyof typeof SECTIONS;
export const isSection = (v: unknown): v is Section => typeof v === "string" && v in SECTIONS;

/** The codes of the settings' checks, and the field each is about when the API names no path. */
const FIELD_OF = {
  invalid_iban: "iban",
  invalid_bic: "bic",
  invalid_siret: "companyNumber",
  invalid_postcode: "postalCode",
  invalid_country: "country",
  invalid_timezone: "timezone",
  invalid_currency: "currency",
  company_number_needs_company: "companyNumber",
  family_company_needs_company: "familyCompany",
  representative_needs_company: "representative",
} as const satisfies Partial<Record<ProblemCode, string>>;
type CodedProblem = keyof typeof FIELD_OF;
const isCoded = (code: ProblemCode | null): code is CodedProblem => code !== null && code in FIELD_OF;

/** The section's fields, parsed with the contract; a field left empty clears it (the form shows them all). */
function sectionSchema(section: Section) {
  const picked = Object.fromEntries(SECTIONS[section].map((k) => [k, true])) as Record<keyof OrgSettingsInput, true>;
  // Not strict like the API's: the form also posts its `intent`.
  return z.object(orgSettingsInput.pick(picked).shape).transform((value) => {
    const out: Record<string, unknown> = { ...value };
    for (const key of SECTIONS[section]) if (out[key] === undefined && section !== "defaults") out[key] = null;
    if (section === "identity" && out.name === null) delete out.name;
    // An unticked (or hidden) checkbox posts nothing: not an SCI familiale.
    if (section === "identity") out.familyCompany = value.familyCompany === true;
    return out;
  });
}

/** The form's messages in `locale`: each coded field says its problem's sentence. */
function messagesFor(locale: Locale) {
  const p = translatorFor(locale, "problems");
  const v = translatorFor(locale, "validation");
  return formMessages(
    {
      iban: p("invalid_iban"),
      bic: p("invalid_bic"),
      addressCountry: p("invalid_country"),
      country: p("invalid_country"),
      currency: p("invalid_currency"),
      timezone: p("invalid_timezone"),
      contactEmail: v("email"),
    },
    locale,
  );
}

/**
 * Saves one section: parse, PATCH, and the reply (its intent names the section). A problem with a code of
 * ours goes next to its field, in the page's language; others go through `replyFromProblem`.
 */
export async function saveSection(
  form: FormData,
  section: Section,
  locale: Locale,
  request: Request,
  patch: (json: OrgSettingsInput) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
) {
  const submission = parseSubmission(form, sectionSchema(section), messagesFor(locale));
  // Every field to fix at once: the contract's checks and those across fields, in one reply.
  const across = section === "identity" ? identityFieldErrors(form, locale) : {};
  if (submission.status !== "success" || Object.keys(across).length > 0) {
    const formErrors = [translatorFor(locale, "problems")("correctFields")];
    return data<FormReply>({ result: submission.reply({ formErrors, fieldErrors: across }) }, { status: 400 });
  }
  const res = await patch(submission.value);
  if (res.ok) return { result: submission.reply() };
  const problem = await readProblem(res, request);
  if (!isCoded(problem.code)) return replyFromProblem(problem, submission, { request });
  const sentence = translatorFor(locale, "problems")(problem.code);
  const paths = problem.errors.map((e) => e.path);
  const fields = paths.length ? paths : [FIELD_OF[problem.code]];
  const fieldErrors = Object.fromEntries(fields.map((f) => [f, [sentence]]));
  return data<FormReply>(
    { result: submission.reply({ fieldErrors, formErrors: [translatorFor(locale, "problems")("correctFields")] }) },
    { status: problem.status },
  );
}

/** The current ISO 3166-1 alpha-2 countries, named in `locale`, sorted by its collation (worker/lib/countries.ts). */
export { countryOptions } from "../../worker/lib/countries";

/** Every ISO 4217 currency the runtime knows, "EUR — euro" in `locale`. */
export function currencyOptions(locale: Locale) {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return Intl.supportedValuesOf("currency").map((code) => ({ value: code, label: `${code} — ${names.of(code)}` }));
}

/** Every IANA time zone (`Intl.supportedValuesOf("timeZone")`), and the stored one if the list lacks it. */
export function timeZoneOptions(current: string) {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}
