import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { documentKinds, listingTypes } from "../../worker/listings/contract";
import type { z } from "zod";
import type { newListingForm } from "../lib/listing-forms.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextAreaField, TextField } from "./field";
import { ListingAdFields } from "./listing-ad-fields";

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
  const t = useTranslations("listings");
  const [form, fields] = useForm<z.input<ReturnType<typeof newListingForm>>>({
    lastResult,
    defaultValue: { type: "flat", guarantorsRequired: 0 },
  });
  return (
    <Form
      method="post"
      className="mt-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label={t("manage.newListing")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold sm:col-span-2">{t("manage.newListing")}</h2>
      <input type="hidden" name="intent" value="create" />
      <SelectField label={t("manage.apartment")} field={fields.apartmentId} required>
        {apartments.map((a) => (
          <option key={a.id} value={a.id}>
            {t("manage.unit", { unit: a.unitNumber })}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("manage.type")} field={fields.type}>
        {listingTypes.map((type) => (
          <option key={type} value={type}>
            {t(`manage.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("manage.titleLabel")} field={fields.title} required className="sm:col-span-2" />
      <TextAreaField
        label={t("manage.description")}
        field={fields.description}
        required
        rows={4}
        className="sm:col-span-2"
      />
      <TextField label={t("manage.city")} field={fields.city} required />
      <TextField label={t("manage.address")} field={fields.address} required />
      <TextField label={t("manage.rent")} field={fields.rent} inputMode="decimal" required />
      <TextField label={t("manage.charges")} field={fields.chargesAmount} inputMode="decimal" />
      <TextField label={t("manage.deposit")} field={fields.depositAmount} inputMode="decimal" />
      <TextField label={t("manage.availableFrom")} field={fields.availableFrom} type="date" required />
      <TextField label={t("manage.guarantors")} field={fields.guarantorsRequired} type="number" min={0} max={50} />
      <ListingAdFields fields={fields} />
      <DocumentChoices name={fields.requiredDocuments.name} />
      <TextAreaField
        label={t("manage.rooms")}
        field={fields.rooms}
        rows={3}
        placeholder={t("manage.roomsPlaceholder")}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      {created && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-2">
          {t("manage.created")}
        </p>
      )}
      <div className="sm:col-span-2">
        <Button disabled={busy}>{t("manage.create")}</Button>
      </div>
    </Form>
  );
}

/** The documents a listing may require, as checkboxes. */
function DocumentChoices({ name }: { name: string }) {
  const t = useTranslations("listings");
  return (
    <fieldset className="text-sm sm:col-span-2">
      <legend className="font-medium">{t("manage.documentsRequired")}</legend>
      <div className="mt-1 flex flex-wrap gap-3">
        {documentKinds.map((d) => (
          <label key={d} className="flex items-center gap-1">
            <input type="checkbox" name={name} value={d} /> {t(`documentKinds.${d}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
