import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextField } from "./field";

export type PropertyValues = {
  name: string;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  /** IANA; "" follows the org's time zone. */
  timezone: string;
};

/** A country as the select lists it: ISO 3166-1 alpha-2 code and its name in the page's language. */
export type CountryOption = { value: string; label: string };

/**
 * Create and edit share this form; `submitLabel` tells them apart (add / save, already translated). The
 * country is chosen from `countries` (worker/lib/countries.ts `countryOptions`: current codes, named and sorted
 * in the page's language); a stored value that is not a code (typed before codes) is offered as it was. The
 * time zone (issue 13 §4) defaults to the org's (`orgTimezone`, the empty choice: it follows the org's
 * settings); another IANA zone from `timeZones` is the building's own.
 */
export function PropertyForm({
  defaults,
  lastResult,
  submitLabel,
  countries,
  timeZones,
  orgTimezone,
}: {
  timeZones: string[];
  orgTimezone: string;
  defaults?: Partial<PropertyValues>;
  lastResult?: SubmissionResult<string[]>;
  submitLabel: string;
  countries: CountryOption[];
}) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<PropertyValues>({ lastResult, defaultValue: defaults });
  const t = useTranslations("properties.form");
  const stored = defaults?.country;
  const legacy = stored && !countries.some((c) => c.value === stored) ? stored : null;
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormError message={formErrorOf(lastResult)} />
      <TextField label={t("name")} field={fields.name} required hint={t("nameHint")} />
      <TextField label={t("address")} field={fields.address} autoComplete="street-address" required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("city")} field={fields.city} autoComplete="address-level2" required maxLength={100} />
        <TextField
          label={t("postalCode")}
          field={fields.postalCode}
          autoComplete="postal-code"
          required
          maxLength={20}
        />
      </div>
      <SelectField label={t("country")} field={fields.country} autoComplete="country" required>
        <option value="">{t("countryChoose")}</option>
        {legacy ? <option value={legacy}>{legacy}</option> : null}
        {countries.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("timezone")} field={fields.timezone} hint={t("timezoneHint")} dir="ltr">
        <option value="">{t("timezoneOrg", { zone: orgTimezone })}</option>
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
