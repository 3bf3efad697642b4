import { useTranslations } from "use-intl";
import { MOBILITY_REASONS } from "../../worker/lib/mobility-reasons";
import { type Field, SelectField } from "./field";

/**
 * Why the renter takes a bail mobilité (loi n° 89-462 art. 25-13; worker/lib/mobility-reasons.ts), required
 * for that kind: the lease and agreement forms show it only while the kind is `mobility`.
 */
export function MobilityReasonSelect(props: { field: Field; locked?: boolean; className?: string }) {
  const t = useTranslations("lease.mobilityReason");
  return (
    <SelectField
      label={t("label")}
      field={props.field}
      defaultValue=""
      disabled={props.locked}
      required
      className={props.className}
    >
      <option value="" disabled>
        {t("choose")}
      </option>
      {MOBILITY_REASONS.map((reason) => (
        <option key={reason} value={reason}>
          {t(reason)}
        </option>
      ))}
    </SelectField>
  );
}
