import { useLocale, useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { formatDate } from "../../worker/lib/i18n/format";
import type { ComponentProps } from "react";
import { SelectField } from "./field";

/** A current lease as staff pick it: its id, start date (`YYYY-MM-DD`) and its renters (name, or email until they join). */
export type LeaseOption = { id: string; startDate: string; renters: string[] };

/**
 * The apartment's current leases as options, in the API's order (newest first): `currentLeaseIds` from the
 * apartment overview (worker/apartments/contract.ts), named from `leases`. Empty for a renter's page (a renter
 * never picks: their own lease is implied).
 */
export function leaseOptions(leases: ApartmentOverview["leases"], currentLeaseIds: readonly string[]): LeaseOption[] {
  return currentLeaseIds.flatMap((id) => {
    const lease = leases.find((l) => l.id === id);
    if (!lease) return [];
    return [{ id, startDate: lease.startDate, renters: lease.renters.map((r) => r.name ?? r.email) }];
  });
}

/** "Rita Lopez et Tom Petit — bail à compter du 1 janv. 2026": renters as a list in `locale`, start date formatted. */
export function useLeaseLabel(): (lease: LeaseOption) => string {
  const t = useTranslations("ledger");
  const locale = useLocale();
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (lease) =>
    t("lease.option", {
      renters: lease.renters.length ? list.format(lease.renters) : t("lease.noRenter"),
      start: formatDate(lease.startDate, locale),
    });
}

/**
 * Which lease a payment or a request for confirmation is for, when the apartment has two or more current
 * leases: a required choice with no default (money on the wrong lease is someone else's rent). The API stays
 * the authority: without `leaseId` it answers 422 `lease_required`, whose sentence `error` then shows.
 * `required` may follow the form (a plain note needs no lease).
 */
export function LeasePicker({
  leases,
  field,
  name = field ? undefined : "leaseId",
  id = "lease-choice",
  required = true,
  error,
  className,
}: {
  leases: LeaseOption[];
  /** The Conform field (keeps the posted choice and its error after a refusal), else a plain `name`. */
  field?: ComponentProps<typeof SelectField>["field"];
  name?: string;
  id?: string;
  required?: boolean;
  error?: string;
  className?: string;
}) {
  const t = useTranslations("ledger");
  const label = useLeaseLabel();
  return (
    <SelectField
      label={t("lease.label")}
      hint={t("lease.hint")}
      field={field}
      name={name}
      id={id}
      required={required}
      error={error}
      defaultValue=""
      className={className}
    >
      <option value="">{t("lease.choose")}</option>
      {leases.map((l) => (
        <option key={l.id} value={l.id}>
          {label(l)}
        </option>
      ))}
    </SelectField>
  );
}
