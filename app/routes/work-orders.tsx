import { Icon } from "../components/ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { OverdueBadge, StatusBadge, UrgencyBadge } from "../components/maintenance/badges";
import { useVisitText } from "../components/maintenance/request-summary";
import type { RequestRow } from "../components/maintenance/types";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { useIsolate } from "../i18n/bidi";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/work-orders";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

const DONE = new Set(["resolved", "closed", "cancelled"]);

/**
 * "My work orders" (maintenance staff, phone first): the requests assigned to the viewer (GET
 * /maintenance-requests answers a maintenance member with their own only), the ones still to do first.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await workApi(getServer(context).api)["maintenance-requests"].$get({ query: { limit: "100" } });
  if (!res.ok) return throwApiError(res, request);
  const { results } = await res.json();
  const ordered = [...results.filter((r) => !DONE.has(r.status)), ...results.filter((r) => DONE.has(r.status))];
  return { results: ordered, title: pageTitle(request, translate(request, "maintenanceStaff")("work.title")) };
}

export default function WorkOrders({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("maintenanceStaff.work");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {loaderData.results.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="request-list">
          {loaderData.results.map((r) => (
            <li key={r.id} data-request-id={r.id} data-status={r.status}>
              <WorkOrderCard request={r} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One work order: status and urgency, the title, the address and unit, access (entry, availability), the visit. */
function WorkOrderCard({ request: r }: { request: RequestRow }) {
  const tr = useTranslations("maintenanceRequest.request");
  const tm = useTranslations("maintenance");
  const bidi = useIsolate();
  const visit = useVisitText()(r);
  return (
    <Link
      to={`/work-orders/${r.id}`}
      className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
    >
      <span className="flex flex-wrap items-center gap-1.5">
        <StatusBadge status={r.status} />
        <UrgencyBadge urgency={r.urgency} />
        {r.overdue ? <OverdueBadge /> : null}
      </span>
      <span className="mt-2 block text-lg font-semibold break-words text-slate-900" dir="auto">
        {r.title}
      </span>
      <span className="mt-2 flex items-start gap-2 text-sm text-slate-800">
        <Icon name="map-pin" className="mt-0.5 size-4 shrink-0 text-slate-500" />
        <span>
          {bidi(r.address)} · {tm("where", { property: bidi(r.propertyName), unit: bidi(r.unitNumber) })}
        </span>
      </span>
      <span className="mt-1 flex items-start gap-2 text-sm text-slate-800">
        <Icon name="door-open" className="mt-0.5 size-4 shrink-0 text-slate-500" />
        <span>
          {r.entryPermission ? tr("entryYes") : tr("entryNo")}
          {r.availability ? ` · ${tr("availability", { text: bidi(r.availability) })}` : ""}
        </span>
      </span>
      {visit ? <span className="mt-1 block text-sm font-medium text-teal-900">{visit}</span> : null}
    </Link>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
