import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { countryName } from "../../worker/lib/countries";
import { ButtonLink } from "../components/button";
import { EmptyState, PageHeader } from "../components/page";
import { Pagination } from "../components/pagination";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translate } from "../i18n/translate.server";
import { PAGE_SIZE, pageParam } from "../lib/paging";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/dashboard";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** One page of the org's properties (GET /api/properties, `?page=`), with unread chat counts. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const page = pageParam(request);
  const res = await getServer(context).api.properties.$get({ query: { page: String(page), limit: String(PAGE_SIZE) } });
  if (!res.ok) return throwApiError(res, request);
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "dashboard")("title") });
  return { ...(await res.json()), title };
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { results, total, page, limit } = loaderData;
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const addProperty = canEdit ? <ButtonLink to="/properties/new">{t("addProperty")}</ButtonLink> : null;
  return (
    <>
      <PageHeader
        title={t("heading")}
        subtitle={t("subtitle", { org: org?.orgName ?? "", count: total })}
        actions={addProperty}
      />
      {results.length === 0 ? (
        <EmptyState
          title={page > 1 ? t("emptyPage") : t("empty")}
          action={
            page > 1 ? (
              <ButtonLink to="/dashboard" variant="secondary">
                {t("firstPage")}
              </ButtonLink>
            ) : (
              addProperty
            )
          }
        >
          {page > 1 ? null : canEdit ? t("emptyEditor") : t("emptyViewer")}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {results.map((p) => (
            <li key={p.id}>
              <Link
                to={`/properties/${p.id}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-teal-600 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
              >
                <span className="flex items-start justify-between gap-2">
                  <span className="block font-semibold break-words text-slate-900">{p.name}</span>
                  {p.unread ? (
                    <span
                      className="shrink-0 rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white"
                      data-testid="unread"
                    >
                      {t("unread", { count: p.unread })}
                    </span>
                  ) : null}
                </span>
                <bdi className="mt-1 block text-sm break-words text-slate-600">{p.address}</bdi>
                <span className="block text-sm text-slate-600">
                  <bdi>
                    {t("place", { postalCode: p.postalCode, city: p.city, country: countryName(p.country, locale) })}
                  </bdi>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} limit={limit} total={total} label={t("pages")} />
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
