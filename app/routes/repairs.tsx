import { Icon } from "../components/ui/icon";
import { useTranslations } from "use-intl";
import { ButtonLink } from "../components/button";
import { RequestList } from "../components/maintenance/request-list";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/repairs";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The renter's maintenance requests across their homes, newest first (GET /me/maintenance-requests). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await workApi(getServer(context).api).me["maintenance-requests"].$get();
  if (!res.ok) return throwApiError(res, request);
  const { results } = await res.json();
  return { results, title: pageTitle(request, translate(request, "maintenanceRequest")("mine.title")) };
}

export default function Repairs({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("maintenanceRequest");
  const tr = useTranslations("homes.repairs");
  const { results } = loaderData;
  // One home among the requests: report there directly; else the renter picks the home first.
  const homes = [...new Set(results.map((r) => r.apartmentId))];
  const reportTo = homes.length === 1 ? `/homes/${homes[0]}/report` : "/homes";
  const report = (
    <ButtonLink to={reportTo}>
      <Icon name="wrench" className="size-4" />
      {tr("report")}
    </ButtonLink>
  );
  return (
    <>
      <PageHeader title={t("mine.title")} actions={results.length ? report : undefined} />
      {results.length === 0 ? (
        <EmptyState title={t("mine.empty")} action={report}>
          {t("mine.emptyBody")}
        </EmptyState>
      ) : (
        <RequestList requests={results} base="/repairs" />
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
