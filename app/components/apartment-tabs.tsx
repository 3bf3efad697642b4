import type { ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { ApartmentListings } from "./apartment-listings";
import { ReceiptsNotice } from "./money/receipts-notice";
import { linkClass } from "./button";
import type { LeaseOption } from "./lease-options";
import { PendingPayments } from "./money/pending-payments";
import { SectionTabs } from "./ui/section-tabs";

/**
 * The landlord's apartment page as tabs (issue 14 §3): one panel at a time, named by the `tab` search
 * parameter so each tab has its own URL (shared, reloaded, reached with the back button). A missing or
 * unknown `tab` is the Overview.
 */
const APARTMENT_TABS = ["overview", "leases", "chat", "documents", "maintenance"] as const;
export type ApartmentTab = (typeof APARTMENT_TABS)[number];

/** The tab the URL names (`?tab=`), else the Overview. */
export function useApartmentTab(): ApartmentTab {
  const [search] = useSearchParams();
  const asked = search.get("tab");
  return APARTMENT_TABS.find((t) => t === asked) ?? "overview";
}

/** The link to a tab of the page being shown (a relative URL: only the search changes). */
const tabHref = (tab: ApartmentTab) => `?tab=${tab}`;

/** Unfinished requests: what the Maintenance tab's count shows. */
const FINISHED = new Set(["resolved", "closed", "cancelled"]);

/** The sticky tab row: the Overview counts payments to confirm, Maintenance the unfinished requests. */
export function ApartmentTabs({ current, overview }: { current: ApartmentTab; overview: ApartmentOverview }) {
  const t = useTranslations("apartmentTabs");
  const counts: Partial<Record<ApartmentTab, number>> = {
    overview: overview.pendingPayments.length,
    maintenance: overview.maintenance.filter((r) => !FINISHED.has(r.status)).length,
  };
  return (
    <SectionTabs
      label={t("label")}
      current={current}
      hrefOf={(id) => tabHref(id as ApartmentTab)}
      tabs={APARTMENT_TABS.map((id) => ({ id, label: t(id), count: counts[id] }))}
    />
  );
}

/**
 * The Overview's money: payments waiting for a confirmation, then "Record a payment" (`record`), the receipts
 * notice and the rent ledgers (`children`); without a current lease, a pointer to the Leases tab and the
 * apartment's listings (or "Publish a listing").
 */
export function OverviewPanel({
  overview,
  current,
  record,
  children,
}: {
  overview: ApartmentOverview;
  current: LeaseOption[];
  record: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("apartmentTabs");
  const tm = useTranslations("money");
  return (
    <>
      <PendingPayments payments={overview.pendingPayments} viewer={overview.viewer} title={tm("pending.title")} />
      {record}
      {current.length > 0 ? (
        <div className="space-y-3">
          {overview.ledgers[0] && <ReceiptsNotice overview={overview} />}
          {children}
        </div>
      ) : (
        <>
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
            {t("noLease")}{" "}
            <Link to={tabHref("leases")} className={linkClass}>
              {t("addRenterLink")}
            </Link>
          </p>
          <ApartmentListings
            apartmentId={overview.apartment.id}
            listings={overview.listings}
            canManage={overview.viewer.permissions.includes("listing.manage")}
          />
        </>
      )}
    </>
  );
}
