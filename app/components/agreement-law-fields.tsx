import { useTranslations } from "use-intl";
import type { DocumentView } from "../../worker/documents/contract";
import { isFrenchJurisdiction, type LeaseKind } from "../../worker/lib/french-lease-law";
import { liveLaw } from "../lib/agreement-law";
import type { FormFields } from "./agreement-fieldsets";
import { MobilityReasonSelect } from "./mobility-reason";
import { AnnexChecklist, ChargesModeSelect, LandlordKindSelect, LeaseKindSelect, LeaseTermText } from "./lease-law";

/** A field's current value as text (Conform: a string as typed; undefined when empty). */
const typed = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The ticked annexes as the form holds them now (one value per ticked box: a string for one, a list for more). */
function tickedAnnexes(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * What French law says of the agreement as typed so far (its kind and the rules it breaks: none outside
 * France), from the editor's current values (worker/documents/law.ts runs the same rules at sending); when
 * `locked`, of the agreement as saved (its inputs disabled, the form's values leave them out).
 */
export function agreementLawNow(doc: DocumentView, f: FormFields, locked: boolean) {
  if (locked) return liveLaw(doc);
  const landlord = f.landlord.getFieldset();
  const lease = f.lease.getFieldset();
  const rent = f.rent.getFieldset();
  const deposit = f.deposit.getFieldset();
  return liveLaw(doc, {
    landlordKind: landlord.kind.value,
    kind: lease.kind.value,
    startDate: lease.startDate.value,
    endDate: lease.endDate.value,
    rent: rent.amount.value,
    depositRequired: deposit.required.value,
    deposit: deposit.amount.value,
    chargesMode: rent.chargesMode.value,
    mobilityReason: lease.mobilityReason.value,
  });
}

/**
 * The agreement's French-law terms for a dwelling in France (nothing elsewhere): the kind of lease, who
 * lets, how charges are recovered, the term as written (both ends counted) and the annexes for `kind` (the
 * kind chosen now). Locked, the term and the annexes are the saved ones (the disabled inputs' values are
 * not in the form's data).
 */
export function AgreementLawFieldset(props: { doc: DocumentView; f: FormFields; kind: LeaseKind; locked: boolean }) {
  const { doc, f, kind, locked } = props;
  const t = useTranslations("agreement");
  if (!isFrenchJurisdiction(doc.country)) return null;
  const lease = f.lease.getFieldset();
  const saved = doc.templateFields;
  const term = locked
    ? { startDate: saved.lease.startDate, endDate: saved.lease.endDate }
    : { startDate: typed(lease.startDate.value), endDate: typed(lease.endDate.value) };
  const attached = locked ? (saved.annexes ?? []) : tickedAnnexes(f.annexes.value);
  return (
    <fieldset className="grid gap-3">
      <legend className="font-medium">{t("law")}</legend>
      <LeaseKindSelect field={lease.kind} locked={locked} />
      {kind === "mobility" && <MobilityReasonSelect field={lease.mobilityReason} locked={locked} />}
      <LandlordKindSelect field={f.landlord.getFieldset().kind} locked={locked} />
      <ChargesModeSelect field={f.rent.getFieldset().chargesMode} locked={locked} />
      <LeaseTermText {...term} />
      <AnnexChecklist name={f.annexes.name} kind={kind} attached={attached} locked={locked} />
    </fieldset>
  );
}
