import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { LeaveLease } from "./lease-end";
import { RentRevisionPanel } from "./rent-revision-panel";

/**
 * The renter's Lease tab: where the lease stands, "leave this lease" for a co-renter while it runs (`error`:
 * the API's sentence when it refused), and the rent revisions with their letters (the API decides what the
 * renter may do: they read, never confirm).
 */
export function HomeLease({
  lease,
  error,
  busy,
}: {
  lease: ApartmentOverview["leases"][number];
  error?: string;
  busy: boolean;
}) {
  const t = useTranslations("homes");
  return (
    <section aria-labelledby="lease-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="lease-title" className="text-lg font-semibold">
        {t("tabs.lease")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t(`status.${lease.status}`)}</p>
      {lease.status !== "ended" && <LeaveLease leaseId={lease.id} error={error} busy={busy} />}
      <RentRevisionPanel leaseId={lease.id} canManage={false} />
    </section>
  );
}
