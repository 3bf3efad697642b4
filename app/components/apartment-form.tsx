import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { CURRENCIES, isCurrency } from "../lib/currencies";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextField } from "./field";

/**
 * What the form shows first: rent as typed money in the viewer's locale ("850,00" in French; see
 * worker/lib/money-input.ts `minorToInput`).
 */
export type ApartmentDefaults = { unitNumber?: string; roomsCount?: string; rentAmount?: string; currency: string };

/**
 * Unit, rooms and rent. Rent is typed as money ("850,00", "1 234,50", "850.00") and converted to integer minor units of the
 * currency in the action. A new apartment is in the org's currency (`currencyFixed`: shown, posted only to
 * read the amount; the API fills it); an existing one's currency can be changed. `compact` lays the fields
 * out in one row on wide screens (the add form under the list).
 */
export function ApartmentForm({
  defaults,
  lastResult,
  submitLabel,
  intent,
  compact = false,
  currencyFixed = false,
}: {
  defaults: ApartmentDefaults;
  lastResult?: SubmissionResult<string[]>;
  submitLabel: string;
  intent: string;
  compact?: boolean;
  currencyFixed?: boolean;
}) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<ApartmentDefaults>({ lastResult, defaultValue: defaults });
  const t = useTranslations("apartments.form");
  const currencies: string[] = isCurrency(defaults.currency) ? [...CURRENCIES] : [defaults.currency, ...CURRENCIES];
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <FormError message={formErrorOf(lastResult)} />
      <div className={`grid gap-4 sm:grid-cols-2 ${compact ? "lg:grid-cols-4" : ""}`}>
        <TextField
          label={t("unitNumber")}
          field={fields.unitNumber}
          required
          maxLength={20}
          placeholder={t("unitPlaceholder")}
        />
        <TextField
          label={t("rooms")}
          field={fields.roomsCount}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          step={1}
          required
        />
        <TextField
          label={t("rent")}
          field={fields.rentAmount}
          inputMode="decimal"
          required
          placeholder={t("rentPlaceholder")}
        />
        {currencyFixed ? (
          <div className="text-sm">
            <p className="font-medium text-slate-700">{t("currency")}</p>
            <p className="mt-2 text-slate-900" data-testid="apartment-currency">
              {defaults.currency}
            </p>
            <input type="hidden" name={fields.currency.name} value={defaults.currency} />
          </div>
        ) : (
          <SelectField label={t("currency")} field={fields.currency} required>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
