import { Form, useNavigation } from "react-router";
import type { FormFailure } from "../lib/api.server";
import { CURRENCIES } from "../lib/currencies";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextField } from "./field";

export type ApartmentDefaults = { unitNumber?: string; roomsCount?: string; rentAmount?: string; currency: string };

/**
 * Unit, rooms and rent. Rent is typed as money ("850.00") and converted to integer minor units in the
 * action. `compact` lays the fields out in one row on wide screens (the add form under the list).
 */
export function ApartmentForm({
  defaults,
  failure,
  submitLabel,
  intent,
  compact = false,
}: {
  defaults: ApartmentDefaults;
  failure?: FormFailure;
  submitLabel: string;
  intent: string;
  compact?: boolean;
}) {
  const busy = useNavigation().state === "submitting";
  const value = (key: keyof ApartmentDefaults) => failure?.values?.[key] ?? defaults[key];
  const error = (key: keyof ApartmentDefaults) => failure?.fieldErrors[key];
  const currencies: string[] = CURRENCIES.includes(defaults.currency as never)
    ? [...CURRENCIES]
    : [defaults.currency, ...CURRENCIES];
  return (
    <Form method="post" className="space-y-4" noValidate>
      <input type="hidden" name="intent" value={intent} />
      <FormError message={failure?.formError} />
      <div className={`grid gap-4 sm:grid-cols-2 ${compact ? "lg:grid-cols-4" : ""}`}>
        <TextField
          label="Unit number"
          name="unitNumber"
          required
          maxLength={20}
          defaultValue={value("unitNumber")}
          error={error("unitNumber")}
          placeholder="e.g. 3C"
        />
        <TextField
          label="Rooms"
          name="roomsCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          step={1}
          required
          defaultValue={value("roomsCount")}
          error={error("roomsCount")}
        />
        <TextField
          label="Monthly rent"
          name="rentAmount"
          inputMode="decimal"
          required
          defaultValue={value("rentAmount")}
          error={error("rentAmount")}
          placeholder="850.00"
        />
        <SelectField
          label="Currency"
          name="currency"
          required
          defaultValue={value("currency")}
          error={error("currency")}
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <Button disabled={busy}>{submitLabel}</Button>
    </Form>
  );
}
