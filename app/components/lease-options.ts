import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { formatDate } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";

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
  const t = useTranslations("ledgerForms");
  const formatLocale = useFormatLocale();
  const list = new Intl.ListFormat(formatLocale, { type: "conjunction" });
  return (lease) =>
    t("lease.option", {
      renters: lease.renters.length ? list.format(lease.renters) : t("lease.noRenter"),
      start: formatDate(lease.startDate, formatLocale),
    });
}
