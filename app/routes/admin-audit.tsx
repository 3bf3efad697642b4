import { Form, Link, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import type { AdminAuditPage } from "../../worker/audit/contract";
import { AdminConsole } from "../components/admin/console";
import { AuditEntries } from "../components/audit/audit-entries";
import { Button, buttonClass } from "../components/button";
import { TextField } from "../components/field";
import { EmptyState } from "../components/page";
import { Pagination } from "../components/pagination";
import { translate } from "../i18n/translate.server";
import { refusedAdminRead } from "../lib/admin.server";
import { auditQueryOf } from "../lib/audit-filters.server";
import { getServer } from "../lib/context.server";
import { pageParam } from "../lib/paging";
import type { Route } from "./+types/admin-audit";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * /admin/audit: the whole platform's audit trail (GET /api/admin/audit), newest first, filtered by org,
 * person, action, object and days (UTC); times in UTC, money values in minor units as recorded (orgs differ
 * in currency). Platform admins only: anyone else gets the ordinary 404 page.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "admin")("tabs.audit") });
  const url = new URL(request.url);
  const query = auditQueryOf(url, "UTC", pageParam(request));
  const orgId = url.searchParams.get("orgId")?.trim();
  const res = await getServer(context).api.admin.audit.$get({ query: { ...query, ...(orgId ? { orgId } : {}) } });
  if (!res.ok) return refusedAdminRead(res, request);
  // The route also answers CSV (`format=csv`), so its client type is a union: this is the JSON page.
  return { title, trail: (await res.json()) as AdminAuditPage };
}

const FIELDS = ["orgId", "actorUserId", "action", "targetId"] as const;

/** The admins' filters: ids and an action (or its start) as typed, days in UTC. */
function AdminAuditFilters() {
  const t = useTranslations("audit.filters");
  const ta = useTranslations("adminAudit");
  const [search] = useSearchParams();
  return (
    <Form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3">
      {FIELDS.map((name) => (
        <TextField
          key={name}
          label={ta(name)}
          name={name}
          defaultValue={search.get(name) ?? ""}
          spellCheck={false}
          autoComplete="off"
        />
      ))}
      <TextField label={t("from")} name="from" type="date" defaultValue={search.get("from") ?? ""} />
      <TextField label={t("to")} name="to" type="date" defaultValue={search.get("to") ?? ""} />
      <div className="flex flex-wrap items-center gap-2 sm:col-span-3">
        <Button>{t("apply")}</Button>
        <Link to="?" className={buttonClass("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </Form>
  );
}

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("audit");
  const { results, total, page, limit } = loaderData.trail;
  return (
    <AdminConsole q="">
      <AdminAuditFilters />
      <p className="text-sm text-slate-700" data-testid="audit-total">
        {t("total", { count: total })}
      </p>
      {results.length === 0 ? (
        <EmptyState title={t("emptyFiltered")} />
      ) : (
        <AuditEntries entries={results} timeZone="UTC" currency={null} />
      )}
      <Pagination page={page} limit={limit} total={total} label={t("title")} />
    </AdminConsole>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
