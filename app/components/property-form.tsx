import { Form, useNavigation } from "react-router";
import type { FormFailure } from "../lib/api.server";
import { FormError } from "./alert";
import { Button } from "./button";
import { TextField } from "./field";

export type PropertyValues = { name: string; address: string; city: string; postalCode: string; country: string };

/** Create and edit share this form; `submitLabel` tells them apart ("Add property" / "Save"). */
export function PropertyForm({
  defaults,
  failure,
  submitLabel,
}: {
  defaults?: Partial<PropertyValues>;
  failure?: FormFailure;
  submitLabel: string;
}) {
  const busy = useNavigation().state === "submitting";
  const value = (key: keyof PropertyValues) => failure?.values?.[key] ?? defaults?.[key];
  const error = (key: keyof PropertyValues) => failure?.fieldErrors[key];
  return (
    <Form method="post" className="space-y-4" noValidate>
      <input type="hidden" name="intent" value="save" />
      <FormError message={failure?.formError} />
      <TextField
        label="Property name"
        name="name"
        required
        defaultValue={value("name")}
        error={error("name")}
        hint="How you refer to it, e.g. “Les Lilas” or “12 Oak Street”."
      />
      <TextField
        label="Address"
        name="address"
        autoComplete="street-address"
        required
        defaultValue={value("address")}
        error={error("address")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="City"
          name="city"
          autoComplete="address-level2"
          required
          defaultValue={value("city")}
          error={error("city")}
        />
        <TextField
          label="Postal code"
          name="postalCode"
          autoComplete="postal-code"
          required
          defaultValue={value("postalCode")}
          error={error("postalCode")}
        />
      </div>
      <TextField
        label="Country"
        name="country"
        autoComplete="country-name"
        required
        defaultValue={value("country")}
        error={error("country")}
      />
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
