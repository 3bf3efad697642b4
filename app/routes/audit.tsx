import { useTranslations } from "use-intl";
import { AuditEntries } from "../components/audit/audit-entries";
import { AuditFilters } from "../components/audit/audit-filters";
import { EmptyState, PageHeader } from "../components/page";
import { Pagination } from "../components/pagination";
import { translatedMeta } from "../i18n/meta";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import type { OrgAuditPage } from "../../worker/audit/contract";
import { throwApiError } from "../lib/api.server";
import { auditQueryOf } from "../lib/audit-filters.server";
import { getServer } from "../lib/context.server";
import { pageParam } from "../lib/paging";
import type { Route } from "./+types/audit";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * `/settings/audit`: the org's audit trail for its owners (GET /api/orgs/current/audit; anyone else gets the
 * API's 403 in the error boundary), filtered by the URL (person, action, object, days in the org's time zone),
 * newest first, 50 a page, with a CSV download of everything the filters match.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const settings = await api.orgs.current.settings.$get();
  if (!settings.ok) return throwApiError(settings, request);
  const { timezone, name, currency } = await settings.json();
  const url = new URL(request.url);
  const res = await api.orgs.current.audit.$get({ query: auditQueryOf(url, timezone, pageParam(request)) });
  if (!res.ok) return throwApiError(res, request);
  // The route also answers CSV (`format=csv`), so its client type is a union: this is the JSON page.
  const trail = (await res.json()) as OrgAuditPage;
  const filtered = [...url.searchParams.keys()].some((k) => k !== "page");
  return {
    ...trail,
    orgName: name,
    timeZone: timezone,
    currency,
    filtered,
    title: pageTitle(request, translate(request, "audit")("title")),
  };
}

export default function AuditTrail({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("audit");
  const { results, total, page, limit, actors, actions, orgName, timeZone, currency, filtered } = loaderData;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { name: orgName })} />
      <div className="space-y-4">
        <AuditFilters actors={actors} actions={actions} />
        <p className="text-sm text-slate-700" data-testid="audit-total">
          {t("total", { count: total })}
        </p>
        {results.length === 0 ? (
          <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} />
        ) : (
          <AuditEntries entries={results} timeZone={timeZone} currency={currency} />
        )}
        <Pagination page={page} limit={limit} total={total} label={t("title")} />
      </div>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
