import { Suspense } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { Comments } from "../components/maintenance/comments";
import { ProgressPanel } from "../components/maintenance/progress-panel";
import { RatingPanel } from "../components/maintenance/rating-panel";
import { RequestSummary } from "../components/maintenance/request-summary";
import { Timeline } from "../components/maintenance/timeline";
import { useRequestLive } from "../components/maintenance/use-request-live";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { handleRequestAction } from "../lib/maintenance-actions.server";
import { recordRequestExpense } from "../lib/request-expense.server";
import { todayIn } from "../../worker/lib/calendar";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { pageTitle } from "../i18n/page-title.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/maintenance-request";
import { useFormatLocale } from "../i18n/format-locale";
import { Loading } from "../components/ui/loading";
import { lazyPart } from "../lib/lazy-part";

// Staff's tools (scheduling, assigning, the cost log, recording an expense) load only for who may use them: a
// renter's phone never downloads them (issue 17 §5); rendered by the server, they hold hydration until there.
const { Part: SchedulePanel } = lazyPart("maintenance.schedule", () =>
  import("../components/maintenance/schedule-form").then((m) => m.SchedulePanel),
);
const { Part: AssignPanel } = lazyPart("maintenance.assign", () =>
  import("../components/maintenance/assign-panel").then((m) => m.AssignPanel),
);
const { Part: CostLog } = lazyPart("maintenance.costs", () =>
  import("../components/maintenance/cost-log").then((m) => m.CostLog),
);
const { Part: RecordExpense } = lazyPart("maintenance.expense", () =>
  import("../components/maintenance/record-expense").then((m) => m.RecordExpense),
);

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The list a request page belongs to, from its path: the renter's, the board, or the member's work orders. */
function listOf(pathname: string): "/repairs" | "/maintenance" | "/work-orders" {
  if (pathname.startsWith("/repairs") || pathname.startsWith("/homes")) return "/repairs";
  if (pathname.startsWith("/work-orders")) return "/work-orders";
  return "/maintenance";
}

/**
 * One maintenance request, for whoever may see it (the renter of its lease, staff, the assigned member), from
 * one API read (GET /maintenance-requests/{id}, 404 for anyone else). The page shows exactly what the API
 * says this reader may do (`viewer`: lifecycle actions, edit, comment, rate, log costs), live.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const res = await workApi(getServer(context).api)["maintenance-requests"][":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const detail = await res.json();
  // "Record as expense" offers today in the org's time zone (the API refuses a later day).
  const today = todayIn(detail.request.timezone);
  return { ...detail, readAt, today, title: pageTitle(request, detail.request.title) };
}

/** The request page's forms (lib/maintenance-actions.server.ts), and `expense`: record its costs as one. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "expense") return recordRequestExpense(api, params.id, form, request);
  return handleRequestAction(workApi(api), params.id, form, request);
}

export default function MaintenanceRequest({ loaderData }: Route.ComponentProps) {
  const { request, history, comments, photos, costs, viewer, currency, today, recordedExpense, readAt } = loaderData;
  const t = useTranslations("maintenance");
  const ta = useTranslations("maintenanceRequest.actions");
  const nav = useTranslations("navigation.items");
  const formatLocale = useFormatLocale();
  const [search] = useSearchParams();
  const { live } = useRequestLive(request.apartmentId, request.id, readAt);
  const list = listOf(useLocation().pathname);
  // The way back is named as the navigation names that list.
  const listLabel = nav(list === "/repairs" ? "repairs" : list === "/work-orders" ? "workOrders" : "maintenance");
  const refusedPhotos = Number(search.get("photos") ?? 0);
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link to={list} className={linkClass}>
          {listLabel}
        </Link>
        <LiveDot live={live} />
      </div>
      {search.get("done") === "report" ? (
        <Alert tone={refusedPhotos ? "warning" : "success"}>
          {refusedPhotos
            ? t("report.photosRefused", { count: refusedPhotos, reason: search.get("reason") ?? "" })
            : t("report.sent")}
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          <RequestSummary request={request} photos={photos} />
          <ProgressPanel request={request} viewer={viewer} />
          {viewer.closableFrom ? (
            <p role="note" className="text-sm text-slate-700" data-testid="close-waits">
              {ta("closeWaits", { date: formatDateTime(viewer.closableFrom, formatLocale, request.timezone) })}
            </p>
          ) : null}
          {viewer.actions.includes("schedule") ? (
            <Suspense fallback={<Loading />}>
              <SchedulePanel request={request} />
            </Suspense>
          ) : null}
          <RatingPanel request={request} canRate={viewer.canRate} />
          <Comments comments={comments} timeZone={request.timezone} canComment={viewer.canComment} />
        </div>
        <div className="space-y-4">
          {viewer.canEdit ? (
            <Suspense fallback={<Loading />}>
              <AssignPanel request={request} />
            </Suspense>
          ) : null}
          {costs && (viewer.canLogCosts || viewer.costsLocked) ? (
            <Suspense fallback={<Loading />}>
              <CostLog costs={costs} currency={currency} locked={viewer.costsLocked} />
            </Suspense>
          ) : null}
          {viewer.canEdit && costs ? (
            <Suspense fallback={<Loading />}>
              <RecordExpense
                request={request}
                costs={costs}
                currency={currency}
                today={today}
                recordedExpense={recordedExpense}
              />
            </Suspense>
          ) : null}
          <Timeline history={history} timeZone={request.timezone} />
        </div>
      </div>
    </div>
  );
}

/** "Live" while the apartment's room is connected, "Connecting…" otherwise. */
function LiveDot({ live }: { live: boolean }) {
  const t = useTranslations("maintenanceRequest.request");
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600" data-testid="live-status" data-live={live}>
      <span aria-hidden className={`inline-block size-2 rounded-full ${live ? "bg-teal-600" : "bg-slate-300"}`} />
      {live ? t("live") : t("connecting")}
    </p>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
