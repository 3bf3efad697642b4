import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { TextField } from "./field";

export type PropertyValues = { name: string; address: string; city: string; postalCode: string; country: string };

/** Create and edit share this form; `submitLabel` tells them apart (add / save, already translated). */
export function PropertyForm({
  defaults,
  lastResult,
  submitLabel,
}: {
  defaults?: Partial<PropertyValues>;
  lastResult?: SubmissionResult<string[]>;
  submitLabel: string;
}) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<PropertyValues>({ lastResult, defaultValue: defaults });
  const t = useTranslations("properties.form");
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
      <TextField label={t("country")} field={fields.country} autoComplete="country-name" required maxLength={60} />
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
