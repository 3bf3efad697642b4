import { useTranslations } from "use-intl";
import { z } from "zod";
import { BoardFilters } from "../components/maintenance/board-filters";
import { NewRequestPanel } from "../components/maintenance/new-request";
import { RequestList } from "../components/maintenance/request-list";
import { EmptyState, PageHeader } from "../components/page";
import { Pagination } from "../components/pagination";
import { useOrgRoom } from "../components/use-org-room";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { pageParam } from "../lib/paging";
import { useShell } from "../lib/shell";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/maintenance-board";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

const FILTERS = ["status", "propertyId", "assigneeUserId", "urgency"] as const;
const BOARD_SIZE = 50;
/**
 * The board API's `counts` (requests by status over the whole filtered set, every page), read where the
 * response has it; without it (an API before issue 15's counts) the chips show no numbers rather than a
 * page's.
 */
const boardCounts = z.object({ counts: z.record(z.string(), z.number().int().nonnegative()).optional() });

/**
 * The maintenance board (owners and managers): the org's requests, filtered by the URL's `status`,
 * `propertyId`, `assigneeUserId` and `urgency` (GET /maintenance-requests, one read), newest first.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const search = new URL(request.url).searchParams;
  const query: Record<string, string> = { page: String(pageParam(request)), limit: String(BOARD_SIZE) };
  for (const key of FILTERS) {
    const value = search.get(key);
    if (value) query[key] = value;
  }
  const res = await workApi(getServer(context).api)["maintenance-requests"].$get({ query });
  if (!res.ok) return throwApiError(res, request);
  const page = await res.json();
  const counts = boardCounts.safeParse(page).data?.counts ?? null;
  return { ...page, counts, readAt, title: pageTitle(request, translate(request, "maintenanceStaff")("board.title")) };
}

export default function MaintenanceBoard({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("maintenanceStaff.board");
  const { results, total, page, limit, counts } = loaderData;
  const { org } = useShell();
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={org ? <BoardLive orgId={org.orgId} readAt={loaderData.readAt} /> : null}
      />
      <div className="space-y-4">
        <BoardFilters requests={results} counts={counts} />
        <p className="text-sm text-slate-700" data-testid="board-total">
          {t("total", { count: total })}
        </p>
        {results.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>
        ) : (
          <RequestList requests={results} base="/maintenance" showAssignee />
        )}
        <Pagination page={page} limit={limit} total={total} label={t("title")} />
        <NewRequestPanel />
      </div>
    </>
  );
}

/** New requests and every change appear without reload: the org's live channel reloads the board. */
function BoardLive({ orgId, readAt }: { orgId: string; readAt: number }) {
  const t = useTranslations("maintenanceStaff.board");
  const live = useOrgRoom(orgId, readAt);
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600" data-testid="live-status" data-live={live}>
      <span aria-hidden className={`inline-block size-2 rounded-full ${live ? "bg-teal-600" : "bg-slate-300"}`} />
      {live ? t("live") : t("connecting")}
    </p>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
