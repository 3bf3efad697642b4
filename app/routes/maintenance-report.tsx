import { useTranslations } from "use-intl";
import { ReportForm } from "../components/maintenance/report-form";
import { PageHeader } from "../components/page";
import { linkClass } from "../components/button";
import { Link } from "react-router";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { reportRequest } from "../lib/maintenance-report.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/maintenance-report";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** Whether this is the renter's form (`/homes/{id}/report`) or staff's (`/apartments/{id}/report`). */
const isRenterPath = (request: Request) => new URL(request.url).pathname.startsWith("/homes/");

/**
 * "Report a problem" on an apartment, for its renter (from their home) or for staff (found on site), from one
 * API read: GET /apartments/{id}/maintenance-requests gives the org's emergency number (shown first when the
 * problem is an emergency); a stranger's apartment answers 404 there.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await workApi(getServer(context).api).apartments[":id"]["maintenance-requests"].$get({
    param: { id: params.id },
  });
  if (!res.ok) return throwApiError(res, request);
  const { emergencyPhone } = await res.json();
  const renter = isRenterPath(request);
  const title = renter
    ? translate(request, "maintenance")("report.title")
    : translate(request, "maintenance")("staffReport.title");
  return { emergencyPhone, renter, title: pageTitle(request, title) };
}

/** Creates the request and uploads its photos, then opens its page (renter: /repairs/{id}; staff: /maintenance/{id}). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const base = isRenterPath(request) ? "/repairs" : "/maintenance";
  return reportRequest(workApi(getServer(context).api), params.id, await request.formData(), request, base);
}

export default function MaintenanceReport({ loaderData, params }: Route.ComponentProps) {
  const t = useTranslations("maintenance");
  const { renter, emergencyPhone } = loaderData;
  const back = renter ? `/homes/${params.id}` : `/apartments/${params.id}`;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={renter ? t("report.title") : t("staffReport.title")}
        subtitle={renter ? t("report.subtitle") : t("staffReport.subtitle")}
        breadcrumb={
          <Link to={back} className={linkClass}>
            {t("report.back")}
          </Link>
        }
      />
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ReportForm emergencyPhone={emergencyPhone} />
      </div>
    </div>
  );
}

// Errors render inside the app shell, so the navigation stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
