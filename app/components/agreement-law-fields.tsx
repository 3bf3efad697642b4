import { useTranslations } from "use-intl";
import type { DocumentView } from "../../worker/documents/contract";
import { isFrenchJurisdiction } from "../../worker/lib/french-lease-law";
import { liveLaw } from "../lib/agreement-law";
import type { FormFields } from "./agreement-fieldsets";
import {
  AnnexChecklist,
  ChargesModeSelect,
  LandlordKindSelect,
  LawViolations,
  LeaseKindSelect,
  LeaseTermText,
} from "./lease-law";

/** A field's current value as text (Conform: a string as typed; undefined when empty). */
const typed = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The ticked annexes as the form holds them now (one value per ticked box: a string for one, a list for more). */
function tickedAnnexes(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * The agreement's French-law terms for a dwelling in France (nothing elsewhere): the kind of lease, who
 * lets, how charges are recovered, the term as written (both ends counted), the annexes, and each rule the
 * values typed so far break, in the page's language, before the agreement is sent (the API refuses it then:
 * worker/documents/law.ts runs the same rules).
 */
export function AgreementLawFieldset({ doc, f, locked }: { doc: DocumentView; f: FormFields; locked: boolean }) {
  const t = useTranslations("agreement");
  if (!isFrenchJurisdiction(doc.country)) return null;
  const landlord = f.landlord.getFieldset();
  const lease = f.lease.getFieldset();
  const rent = f.rent.getFieldset();
  const deposit = f.deposit.getFieldset();
  const law = liveLaw(doc, {
    landlordKind: landlord.kind.value,
    kind: lease.kind.value,
    startDate: lease.startDate.value,
    endDate: lease.endDate.value,
    rent: rent.amount.value,
    depositRequired: deposit.required.value,
    deposit: deposit.amount.value,
    chargesMode: rent.chargesMode.value,
  });
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="font-medium">{t("law")}</legend>
      <LeaseKindSelect field={lease.kind} locked={locked} className="sm:col-span-2" />
      <LandlordKindSelect field={landlord.kind} locked={locked} />
      <ChargesModeSelect field={rent.chargesMode} locked={locked} />
      <div className="sm:col-span-2">
        <LeaseTermText startDate={typed(lease.startDate.value)} endDate={typed(lease.endDate.value)} />
      </div>
      <div className="sm:col-span-2">
        <AnnexChecklist
          name={f.annexes.name}
          kind={law.kind}
          attached={tickedAnnexes(f.annexes.value)}
          locked={locked}
        />
      </div>
      <div className="sm:col-span-2">
        <LawViolations country={doc.country} violations={law.violations} currency={doc.templateFields.rent.currency} />
      </div>
    </fieldset>
  );
}
