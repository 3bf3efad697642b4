import { useTranslations } from "use-intl";
import { formatPeriod } from "../../worker/lib/i18n/format";
import type { OrgDashboard } from "../../worker/dashboard/contract";
import { ButtonLink } from "../components/button";
import { HistoryChart, OccupancyChart } from "../components/dashboard-charts";
import { DashboardFigures } from "../components/dashboard-figures";
import { LeasesEnding, PaymentsToConfirm, Vacancies } from "../components/dashboard-lists";
import { PageHeader } from "../components/page";
import { PropertyGrid } from "../components/property-grid";
import { useOrgRoom } from "../components/use-org-room";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translate } from "../i18n/translate.server";
import { PAGE_SIZE, pageParam } from "../lib/paging";
import { handleRoomAction } from "../lib/room-actions.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/dashboard";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The org dashboard (GET /api/dashboard, one D1 round trip, `?page=` for the properties under it). Owners
 * and managers; maintenance staff get 403 there and see the properties only (GET /api/properties).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const query = { page: String(pageParam(request)), limit: String(PAGE_SIZE) };
  const { api } = getServer(context);
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "dashboard")("title") });
  const res = await api.dashboard.$get({ query });
  if (res.ok) {
    const dashboard = await res.json();
    return { dashboard, properties: dashboard.properties, title, readAt };
  }
  if (res.status !== 403) return throwApiError(res, request);
  const properties = await api.properties.$get({ query });
  if (!properties.ok) return throwApiError(properties, request);
  return { dashboard: null, properties: await properties.json(), title, readAt };
}

/** Confirms a reported payment from the dashboard (`intent=confirm`, `activityId`), as the apartment page does. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  // The dashboard only confirms: whatever else is posted is read as a confirmation (of `activityId`).
  form.set("intent", "confirm");
  return handleRoomAction(getServer(context).api, "", form, request);
}

/** The live part: figures, payments to confirm, vacancies, leases ending and the two charts. */
function LiveDashboard({ d, orgId, readAt }: { d: OrgDashboard; orgId: string; readAt: number }) {
  const t = useTranslations("orgDashboard");
  const live = useOrgRoom(orgId, readAt);
  return (
    <div className="space-y-6">
      <p className="flex items-center gap-2 text-xs text-slate-600" data-testid="live-status" data-live={live}>
        <span aria-hidden className={`inline-block size-2 rounded-full ${live ? "bg-teal-600" : "bg-slate-300"}`} />
        {live ? t("live") : t("offline")}
      </p>
      <PaymentsToConfirm toConfirm={d.toConfirm} />
      <DashboardFigures d={d} />
      {d.money.length === 0 ? <p className="text-sm text-slate-600">{t("noMoney")}</p> : null}
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <Vacancies vacancies={d.vacancies} upcomingVacancies={d.upcomingVacancies} />
        <LeasesEnding leasesEnding={d.leasesEnding} />
        <OccupancyChart months={d.occupancy} />
        {d.series.map((s) => (
          <HistoryChart key={s.currency} months={s.months} currency={s.currency} />
        ))}
      </div>
    </div>
  );
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { dashboard, properties } = loaderData;
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const t = useTranslations("orgDashboard");
  const td = useTranslations("dashboard");
  const formatLocale = useFormatLocale();
  const addProperty = canEdit ? <ButtonLink to="/properties/new">{td("addProperty")}</ButtonLink> : null;
  const rentLink = dashboard ? (
    <ButtonLink to="/rent" variant="secondary">
      {t("allRent")}
    </ButtonLink>
  ) : null;
  return (
    <>
      <PageHeader
        title={dashboard ? t("heading") : td("heading")}
        subtitle={
          dashboard
            ? t("subtitle", { org: org?.orgName ?? "", month: formatPeriod(dashboard.month, formatLocale) })
            : td("subtitle", { org: org?.orgName ?? "", count: properties.total })
        }
        actions={
          <>
            {rentLink}
            {addProperty}
          </>
        }
      />
      {dashboard && org ? <LiveDashboard d={dashboard} orgId={org.orgId} readAt={loaderData.readAt} /> : null}
      <section aria-labelledby={dashboard ? "properties-title" : undefined} className={dashboard ? "mt-8" : undefined}>
        {dashboard ? (
          <h2 id="properties-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("propertiesHeading")}
          </h2>
        ) : null}
        <PropertyGrid properties={properties} addProperty={addProperty} />
      </section>
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
