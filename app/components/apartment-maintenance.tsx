import { ChevronRight, Plus } from "lucide-react";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { useFormatLocale } from "../i18n/format-locale";
import { formatDayOf } from "../lib/dates";
import { buttonClass } from "./button";
import { OverdueBadge, StatusBadge, UrgencyBadge } from "./maintenance/badges";

/**
 * The apartment page's Maintenance tab: the apartment's requests the viewer may see (from the page's one
 * read, unfinished first), each with its status, urgency and overdue flag, title, category and the day it was
 * reported (in the org's time zone), opening the request's page (`/maintenance/{id}` for staff,
 * `/work-orders/{id}` for a maintenance member); "New request" for those who may open one (`canReport`).
 */
export function ApartmentMaintenance({ overview, canReport }: { overview: ApartmentOverview; canReport: boolean }) {
  const { maintenance: requests, apartment, viewer } = overview;
  const [apartmentId, timeZone] = [apartment.id, apartment.timezone];
  const base = viewer.role === "maintenance" ? "/work-orders" : "/maintenance";
  const t = useTranslations("apartmentTabs");
  const tc = useTranslations("maintenance.category");
  const formatLocale = useFormatLocale();
  return (
    <section aria-labelledby="maintenance-title" className="space-y-3" data-testid="apartment-maintenance">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="maintenance-title" className="text-lg font-semibold">
          {t("maintenanceTitle")}
        </h2>
        {canReport && (
          <Link to={`/apartments/${apartmentId}/report`} className={buttonClass("secondary")}>
            <Plus aria-hidden="true" className="size-4" />
            {t("newRequest")}
          </Link>
        )}
      </div>
      {requests.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          {t("noRequests")}
        </p>
      ) : (
        <ul className="space-y-2">
          {requests.map((r) => (
            <li key={r.id} data-request-id={r.id} data-status={r.status}>
              <Link
                to={`${base}/${r.id}`}
                className={`flex items-center gap-3 rounded-xl border bg-white p-4 shadow-sm transition hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
                  r.overdue ? "border-red-300" : "border-slate-200"
                }`}
              >
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-1.5">
                    <StatusBadge status={r.status} />
                    <UrgencyBadge urgency={r.urgency} />
                    {r.overdue ? <OverdueBadge /> : null}
                  </span>
                  <span className="mt-1.5 block font-semibold break-words text-slate-900" dir="auto">
                    {r.title}
                  </span>
                  <span className="mt-0.5 block text-sm text-slate-600">
                    {tc(r.category)} · {t("openedOn", { date: formatDayOf(r.createdAt, formatLocale, timeZone) })}
                  </span>
                </span>
                <ChevronRight aria-hidden="true" className="size-5 shrink-0 text-slate-400 rtl:rotate-180" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
