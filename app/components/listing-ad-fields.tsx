import { useTranslations } from "use-intl";
import { chargesKinds, energyClasses } from "../../worker/domain";
import { type Field, SelectField, TextField } from "./field";

type AdField =
  | "livingArea"
  | "furnished"
  | "energyClass"
  | "ghgClass"
  | "chargesKind"
  | "energyCostMin"
  | "energyCostMax"
  | "energyPriceYear";

/**
 * The landlord's inputs for what a French ad must show (loi n° 89-462 art. 3-1, décret n° 2022-780, CCH
 * art. L126-33), in the new-listing and edit forms: living area, furnished, DPE energy class (or "DPE
 * vierge / non requis"), GES class, kind of charges, the yearly energy cost range and its price year. A
 * blank choice is "not stated": a draft may stay so; publishing in France needs the first four.
 */
export function ListingAdFields({ fields }: { fields: Record<AdField, Field> }) {
  const t = useTranslations("listingManage.form");
  return (
    <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-2" data-testid="ad-fields">
      <legend className="font-medium">{t("adHeading")}</legend>
      <p className="text-sm text-slate-600 sm:col-span-2">{t("adHint")}</p>
      <TextField label={t("livingArea")} field={fields.livingArea} inputMode="decimal" />
      <SelectField label={t("furnished")} field={fields.furnished}>
        <option value="">{t("notStated")}</option>
        <option value="true">{t("furnishedYes")}</option>
        <option value="false">{t("furnishedNo")}</option>
      </SelectField>
      <SelectField label={t("energyClass")} field={fields.energyClass}>
        <option value="">{t("notStated")}</option>
        {energyClasses.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value="not_required">{t("notRequired")}</option>
      </SelectField>
      <SelectField label={t("ghgClass")} field={fields.ghgClass}>
        <option value="">{t("notStated")}</option>
        {energyClasses.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("chargesKind")} field={fields.chargesKind}>
        <option value="">{t("notStated")}</option>
        {chargesKinds.map((k) => (
          <option key={k} value={k}>
            {t(`chargesKinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("energyPriceYear")} field={fields.energyPriceYear} type="number" min={2000} max={2100} />
      <TextField label={t("energyCostMin")} field={fields.energyCostMin} inputMode="decimal" />
      <TextField label={t("energyCostMax")} field={fields.energyCostMax} inputMode="decimal" />
    </fieldset>
  );
}
