import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { Comments } from "../components/maintenance/comments";
import { ProgressPanel } from "../components/maintenance/progress-panel";
import { RequestSummary } from "../components/maintenance/request-summary";
import { Timeline } from "../components/maintenance/timeline";
import { PublicHeader } from "../components/public-header";
import { readProblem, throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import { readVendorJob, vendorAction } from "../lib/vendor-job.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { translatedMeta } from "../i18n/meta";
import type { Route } from "./+types/vendor-job";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The vendor's page (no account), reached from the signed link in their email: the job (where, what, access,
 * photos), its history and messages; they post updates with photos and start or resolve it. The token in the
 * path is the only credential; an expired link (410) says so in the reader's language, a forged one is a 404.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await readVendorJob(workApi(getServer(context).api), params.token);
  const tm = translate(request, "maintenanceStaff");
  if (res.status === 410) {
    const problem = await readProblem(res, request);
    return { job: null, expired: problem.detail, title: pageTitle(request, tm("vendorPage.expired")) };
  }
  if (!res.ok) return throwApiError(res, request);
  const job = await res.json();
  return { job, expired: null, title: pageTitle(request, tm("vendorPage.title", { title: job.request.title })) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  return vendorAction(workApi(getServer(context).api), params.token, await request.formData(), request);
}

export default function VendorJob({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("maintenanceStaff.vendorPage");
  const { job, expired } = loaderData;
  return (
    <>
      <PublicHeader width="max-w-3xl" />
      <main id="main" className="mx-auto max-w-3xl space-y-4 p-4 sm:p-6">
        {job ? (
          <>
            <p className="text-sm text-slate-700">{t("intro")}</p>
            <RequestSummary request={job.request} photos={job.photos} />
            <ProgressPanel request={job.request} viewer={job.viewer} />
            <Comments comments={job.comments} timeZone={job.request.timezone} canComment={job.viewer.canComment} />
            <Timeline history={job.history} timeZone={job.request.timezone} />
          </>
        ) : (
          <Alert tone="warning" title={t("expired")}>
            {expired}
          </Alert>
        )}
      </main>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
