import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { documentKinds, listingTypes } from "../../worker/domain";
import type { z } from "zod";
import type { newListingForm } from "../lib/listing-forms.server";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button } from "./button";
import { SelectField, TextAreaField, TextField } from "./field";
import { ListingAdFields } from "./listing-ad-fields";
import { ListingPhotoPicker } from "./listing-photo-picker";

type Defaults = Partial<Record<string, string | number | string[]>>;

/**
 * A new listing (a draft) for the apartment chosen on the page, prefilled from it (`defaults`): text, terms,
 * required documents, for a shared flat its places one per line ("name, places, rent"), and several photos
 * at once. Amounts are typed as money ("650.00"). `idempotencyKey` makes a double submit create one listing;
 * the page moves on to the new listing once it exists, so the form is never left filled.
 */
export function NewListingForm({
  defaults,
  idempotencyKey,
  lastResult,
}: {
  defaults: Defaults;
  idempotencyKey: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const busy = useNavigation().state !== "idle";
  const t = useTranslations("listingManage.manage");
  const m = useTranslations("listingManage");
  const [form, fields] = useForm<z.input<ReturnType<typeof newListingForm>>>({
    lastResult,
    defaultValue: { type: "flat", guarantorsRequired: 0, ...defaults },
  });
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label={t("newListing")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {/* The apartment is chosen above the form (the page reloads its defaults); it is posted as is. */}
      <input type="hidden" name={fields.apartmentId.name} value={String(defaults.apartmentId ?? "")} />
      <SelectField label={t("type")} field={fields.type}>
        {listingTypes.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("titleLabel")} field={fields.title} required className="sm:col-span-2" />
      <TextAreaField label={t("description")} field={fields.description} required rows={4} className="sm:col-span-2" />
      <TextField label={t("city")} field={fields.city} required />
      <TextField label={t("address")} field={fields.address} required />
      <TextField label={t("rent")} field={fields.rent} inputMode="decimal" required />
      <TextField label={t("charges")} field={fields.chargesAmount} inputMode="decimal" />
      <TextField label={t("deposit")} field={fields.depositAmount} inputMode="decimal" />
      <TextField label={t("availableFrom")} field={fields.availableFrom} type="date" required />
      <TextField label={t("guarantors")} field={fields.guarantorsRequired} type="number" min={0} max={50} />
      <ListingAdFields fields={fields} />
      <DocumentChoices name={fields.requiredDocuments.name} />
      <TextAreaField
        label={t("rooms")}
        field={fields.rooms}
        rows={3}
        placeholder={t("roomsPlaceholder")}
        className="sm:col-span-2"
      />
      <ListingPhotoPicker id="new-listing-photos" className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      <div className="sm:col-span-2">
        <Button pending={busy}>{busy ? m("creating") : m("create")}</Button>
      </div>
    </Form>
  );
}

/** The documents a listing may require, as checkboxes. */
function DocumentChoices({ name }: { name: string }) {
  const t = useTranslations("listings");
  const manage = useTranslations("listingManage.manage");
  return (
    <fieldset className="text-sm sm:col-span-2">
      <legend className="font-medium">{manage("documentsRequired")}</legend>
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
