import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { TextField } from "./field";

export type PropertyValues = { name: string; address: string; city: string; postalCode: string; country: string };

/** Create and edit share this form; `submitLabel` tells them apart ("Add property" / "Save"). */
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
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormError message={formErrorOf(lastResult)} />
      <TextField
        label="Property name"
        field={fields.name}
        required
        hint="How you refer to it, e.g. “Les Lilas” or “12 Oak Street”."
      />
      <TextField label="Address" field={fields.address} autoComplete="street-address" required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="City" field={fields.city} autoComplete="address-level2" required maxLength={100} />
        <TextField label="Postal code" field={fields.postalCode} autoComplete="postal-code" required maxLength={20} />
      </div>
      <TextField label="Country" field={fields.country} autoComplete="country-name" required maxLength={60} />
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
