import { Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { Card, PageHeader } from "../components/page";
import { PropertyForm } from "../components/property-form";
import { countryOptions } from "../../worker/lib/countries";
import { replyFromProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { parseSubmission, refused } from "../lib/forms.server";
import { propertyInput, propertyMessages } from "../lib/portfolio-forms.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/property-new";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The page title, in the request's language. */
export function loader({ request }: Route.LoaderArgs) {
  return {
    title: translate(request, "shell")("pageTitle", { title: translate(request, "properties")("new.title") }),
    countries: countryOptions(requestLocale(request)),
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

/** Creates the property (POST /api/properties) and opens it; a refused form comes back with its messages. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), propertyInput, propertyMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await getServer(context).api.properties.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  const property = await res.json();
  return redirect(`/properties/${property.id}`);
}

export default function NewProperty({ loaderData, actionData }: Route.ComponentProps) {
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const t = useTranslations("properties");
  const roles = useTranslations("ui.roles");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("new.title")}
        breadcrumb={
          <Link to="/dashboard" className={linkClass}>
            {t("breadcrumb")}
          </Link>
        }
        subtitle={t("new.subtitle")}
      />
      {canEdit ? (
        <Card>
          <PropertyForm
            lastResult={actionData?.result}
            submitLabel={t("new.submit")}
            countries={loaderData.countries}
            timeZones={loaderData.timeZones}
            orgTimezone={org?.timezone ?? "UTC"}
            // A new property is in the org's country and time zone until the landlord says otherwise (its settings).
            defaults={org ? { country: org.country, timezone: "" } : undefined}
          />
        </Card>
      ) : (
        <Alert tone="warning">{t("new.readOnly", { role: org ? roles(org.role) : t("noRole") })}</Alert>
      )}
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
