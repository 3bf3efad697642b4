import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import type { z } from "zod";
import type { newListingForm } from "../lib/listing-forms.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextAreaField, TextField } from "./field";
import { ListingAdFields } from "./listing-ad-fields";

/** The document kinds a listing may require (worker/listings/schema.ts `documentKinds`). */
const DOCS = ["id_card", "proof_of_study", "proof_of_income", "rib", "visa", "other"] as const;

/**
 * A new listing (a draft) for one of the org's apartments: text, terms, required documents and, for a
 * shared flat, its places one per line ("name, places, rent"). Amounts are typed as money ("650.00").
 * After a listing is created the form starts empty again.
 */
export function NewListingForm({
  apartments,
  lastResult,
}: {
  apartments: { id: string; unitNumber: string }[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const created = succeeded(lastResult);
  return (
    <ListingFields
      key={created ? JSON.stringify(lastResult?.initialValue) : "new"}
      apartments={apartments}
      lastResult={created ? undefined : lastResult}
      created={created}
    />
  );
}

function ListingFields({
  apartments,
  lastResult,
  created,
}: {
  apartments: { id: string; unitNumber: string }[];
  lastResult?: SubmissionResult<string[]>;
  created: boolean;
}) {
  const busy = useNavigation().state !== "idle";
  const [form, fields] = useForm<z.input<ReturnType<typeof newListingForm>>>({
    lastResult,
    defaultValue: { type: "flat", guarantorsRequired: 0 },
  });
  return (
    <Form
      method="post"
      className="mt-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label="New listing"
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold sm:col-span-2">New listing</h2>
      <input type="hidden" name="intent" value="create" />
      <SelectField label="Apartment" field={fields.apartmentId} required>
        {apartments.map((a) => (
          <option key={a.id} value={a.id}>
            Unit {a.unitNumber}
          </option>
        ))}
      </SelectField>
      <SelectField label="Type" field={fields.type}>
        <option value="flat">Flat</option>
        <option value="studio">Studio</option>
        <option value="room">Room in a shared flat</option>
        <option value="house">House</option>
      </SelectField>
      <TextField label="Title" field={fields.title} required className="sm:col-span-2" />
      <TextAreaField label="Description" field={fields.description} required rows={4} className="sm:col-span-2" />
      <TextField label="City" field={fields.city} required />
      <TextField label="Address" field={fields.address} required />
      <TextField label="Rent" field={fields.rent} inputMode="decimal" required />
      <TextField label="Charges" field={fields.chargesAmount} inputMode="decimal" />
      <TextField label="Deposit" field={fields.depositAmount} inputMode="decimal" />
      <TextField label="Available from" field={fields.availableFrom} type="date" required />
      <TextField label="Guarantors required" field={fields.guarantorsRequired} type="number" min={0} max={50} />
      <ListingAdFields fields={fields} />
      <fieldset className="text-sm sm:col-span-2">
        <legend className="font-medium">Documents required</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {DOCS.map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="checkbox" name={fields.requiredDocuments.name} value={d} /> {d.replaceAll("_", " ")}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={`Rooms of a shared flat (optional: one per line, "name, places, rent")`}
        field={fields.rooms}
        rows={3}
        placeholder={"Room A, 1, 450.00\nRoom B, 2, 380.00"}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      {created && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-2">
          Listing created as a draft: publish it when ready.
        </p>
      )}
      <div className="sm:col-span-2">
        <Button disabled={busy}>Create listing</Button>
      </div>
    </Form>
  );
}
