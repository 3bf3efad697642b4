import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { LOCALE_NAMES, LOCALES } from "../../worker/lib/i18n/locales";
import type { OrgSettingsOutput } from "../../worker/orgs/contract";
import { formErrorOf, succeeded } from "../lib/forms";
import { Alert, FormError } from "./alert";
import { Button, useSubmitting } from "./button";
import { SelectField, TextField } from "./field";
import { useToast } from "./ui/toast";

/**
 * The org settings page's sections (app/routes/settings.tsx), each a Conform form posting its `intent`.
 * Field names are the API's (`PATCH /api/orgs/current/settings`), so its errors land next to them.
 */

type Reply = SubmissionResult<string[]> | undefined;

/** A refused reply keeps what was typed; after a save the form shows what is stored (its key changes). */
const keep = (result: Reply) => (succeeded(result) ? undefined : result);
type Option = { value: string; label: string };
/** A phone number field: the phone keyboard, the API's length, digits left to right in Hebrew too. */
const PHONE_INPUT = { type: "tel", maxLength: 30, dir: "ltr" } as const;

function Saved({ result }: { result: Reply }) {
  const t = useTranslations("orgSettings");
  useToast(result, succeeded(result), t("saved"));
  return <FormError message={formErrorOf(result)} />;
}

/** The section's save button: disabled while any section saves, spinning for the section (`intent`) saving. */
function SaveButton({ intent }: { intent: string }) {
  const t = useTranslations("orgSettings");
  const saving = useSubmitting({ intent });
  return (
    <Button disabled={useNavigation().state === "submitting"} pending={saving}>
      {t("save")}
    </Button>
  );
}

type IdentityFields = ReturnType<typeof useForm<OrgSettingsOutput>>[1];

/**
 * What only a company says (loi n° 89-462 art. 3, 10, 13): whether it is an SCI familiale (its leases keep a
 * person's three-year minimum) and who signs for it. Shown while "company" is chosen; hidden, they are not
 * posted, so a person's settings clear them.
 */
function CompanyFields({ fields }: { fields: IdentityFields }) {
  const t = useTranslations("orgSettings.identity");
  const family = fields.familyCompany;
  return (
    <>
      <TextField
        label={t("representative")}
        hint={t("representativeHint")}
        field={fields.representative}
        maxLength={200}
      />
      <div className="sm:col-span-2">
        <label className="flex items-start gap-2 text-sm font-medium text-slate-800" htmlFor={family.id}>
          <input
            type="checkbox"
            id={family.id}
            name={family.name}
            defaultChecked={family.initialValue === "on" || family.initialValue === "true"}
            aria-describedby={`${family.id}-hint`}
            aria-invalid={family.errors ? true : undefined}
            className="mt-1"
          />
          <span>{t("familyCompany")}</span>
        </label>
        <p id={`${family.id}-hint`} className="ms-6 mt-1 text-sm text-slate-600">
          {t("familyCompanyHint")}
        </p>
        {family.errors ? <p className="ms-6 mt-1 text-sm font-medium text-red-700">{family.errors[0]}</p> : null}
      </div>
    </>
  );
}

/** Legal identity: who the landlord is on receipts, and how to reach them. */
export function IdentityForm({
  settings,
  result,
  countries,
}: {
  settings: OrgSettingsOutput;
  result: Reply;
  countries: Option[];
}) {
  const t = useTranslations("orgSettings");
  const [form, fields] = useForm({
    id: "identity",
    lastResult: keep(result),
    defaultValue: settings,
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <IdentityHidden country={settings.country} />
      <Saved result={result} />
      <Alert tone={settings.identityComplete ? "success" : "warning"}>
        {settings.identityComplete ? t("identity.complete") : t("identity.missing")}
      </Alert>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("identity.name")} field={fields.name} required maxLength={120} />
        <TextField label={t("identity.legalName")} field={fields.legalName} maxLength={160} />
        <TextField
          label={t("identity.legalForm")}
          hint={t("identity.legalFormHint")}
          field={fields.legalForm}
          maxLength={40}
        />
        <SelectField label={t("identity.legalKind")} field={fields.legalKind}>
          <option value="">{t("none")}</option>
          <option value="individual">{t("identity.kinds.individual")}</option>
          <option value="company">{t("identity.kinds.company")}</option>
        </SelectField>
        <TextField
          label={t("identity.companyNumber")}
          hint={t("identity.companyNumberHint")}
          field={fields.companyNumber}
          maxLength={40}
          dir="ltr"
        />
        {fields.legalKind.value === "company" ? <CompanyFields fields={fields} /> : null}
        <TextField label={t("identity.street")} field={fields.street} maxLength={200} autoComplete="street-address" />
        <TextField
          label={t("identity.postalCode")}
          field={fields.postalCode}
          maxLength={20}
          autoComplete="postal-code"
        />
        <TextField label={t("identity.city")} field={fields.city} maxLength={100} autoComplete="address-level2" />
        <SelectField label={t("identity.addressCountry")} field={fields.addressCountry}>
          <option value="">{t("none")}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("identity.contactEmail")}
          field={fields.contactEmail}
          type="email"
          maxLength={254}
          dir="ltr"
        />
        <TextField label={t("identity.contactPhone")} field={fields.contactPhone} type="tel" maxLength={30} dir="ltr" />
        <TextField
          label={t("identity.emergencyPhone")}
          hint={t("identity.emergencyPhoneHint")}
          field={fields.emergencyPhone}
          {...PHONE_INPUT}
        />
      </div>
      <SaveButton intent="identity" />
    </Form>
  );
}

/** Bank details renters pay to. The IBAN shows in groups of 4, as people type and read it. */
export function BankForm({ settings, result }: { settings: OrgSettingsOutput; result: Reply }) {
  const t = useTranslations("orgSettings");
  const [form, fields] = useForm({
    id: "bank",
    lastResult: keep(result),
    defaultValue: { bankHolder: settings.bankHolder, iban: settings.ibanPrinted, bic: settings.bic },
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="bank" />
      <Saved result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("bank.holder")} field={fields.bankHolder} maxLength={140} />
        <TextField label={t("bank.iban")} field={fields.iban} maxLength={64} dir="ltr" autoComplete="off" />
        <TextField label={t("bank.bic")} field={fields.bic} maxLength={20} dir="ltr" autoComplete="off" />
      </div>
      <SaveButton intent="bank" />
    </Form>
  );
}

/** Defaults: language, country, currency (of new apartments), time zone (of due dates). */
export function DefaultsForm({
  settings,
  result,
  options,
}: {
  settings: OrgSettingsOutput;
  result: Reply;
  options: { countries: Option[]; currencies: Option[]; timeZones: string[] };
}) {
  const t = useTranslations("orgSettings");
  const [form, fields] = useForm({ id: "defaults", lastResult: keep(result), defaultValue: settings });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="defaults" />
      <Saved result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("defaults.locale")} field={fields.locale} required>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("defaults.country")} field={fields.country} required>
          {options.countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("defaults.currency")} field={fields.currency} required>
          {options.currencies.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("defaults.timezone")} field={fields.timezone} required dir="ltr">
          {options.timeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </div>
      <SaveButton intent="defaults" />
    </Form>
  );
}

/** The logo: shown, replaced (streamed to the API's image path) or removed. */
export function LogoForm({ settings, result }: { settings: OrgSettingsOutput; result: Reply }) {
  const t = useTranslations("orgSettings");
  const busy = useNavigation().state === "submitting";
  return (
    <div className="space-y-4">
      <FormError message={formErrorOf(result)} />
      {settings.logo ? (
        <img
          src={settings.logo.url}
          alt={t("logo.current", { name: settings.name })}
          className="h-20 w-auto rounded border border-slate-200 bg-white p-2"
        />
      ) : (
        <p className="text-sm text-slate-600">{t("logo.none")}</p>
      )}
      <Form
        method="post"
        action="?intent=logo"
        encType="multipart/form-data"
        className="flex flex-wrap items-end gap-3"
      >
        <TextField label={t("logo.file")} name="file" type="file" accept="image/png,image/jpeg,image/webp" required />
        <Button disabled={busy}>{t("logo.upload")}</Button>
      </Form>
      {settings.logo ? (
        <Form method="post">
          <input type="hidden" name="intent" value="logo-remove" />
          <Button variant="secondary" disabled={busy}>
            {t("logo.remove")}
          </Button>
        </Form>
      ) : null}
    </div>
  );
}

/**
 * The identity form's intent, and the org's country: where the address names none, the checks of a SIRET
 * and a postcode follow it (app/lib/org-settings-checks.server.ts).
 */
function IdentityHidden({ country }: { country: string }) {
  return (
    <>
      <input type="hidden" name="intent" value="identity" />
      <input type="hidden" name="orgCountry" value={country} />
    </>
  );
}
