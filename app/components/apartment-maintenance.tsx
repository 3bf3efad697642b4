import { Icon } from "./ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { useFormatLocale } from "../i18n/format-locale";
import { formatDayOf } from "../lib/dates";
import { buttonClass } from "./button";
import { RequestCard } from "./maintenance/request-list";

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
            <Icon name="plus" className="size-4" />
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
            <RequestCard key={r.id} request={r} to={`${base}/${r.id}`}>
              <span className="mt-0.5 block text-sm text-slate-600">
                {tc(r.category)} · {t("openedOn", { date: formatDayOf(r.createdAt, formatLocale, timeZone) })}
              </span>
            </RequestCard>
          ))}
        </ul>
      )}
    </section>
  );
}
