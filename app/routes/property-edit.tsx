import { Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { DeleteSection } from "../components/delete-section";
import { Card, PageHeader } from "../components/page";
import { PropertyForm } from "../components/property-form";
import { countryOptions } from "../../worker/lib/countries";
import { timeZoneOptions } from "../lib/org-settings.server";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { confirmThenDelete } from "../lib/delete.server";
import { resultFor } from "../lib/forms";
import { parseSubmission, refused } from "../lib/forms.server";
import { propertyInput, propertyMessages } from "../lib/portfolio-forms.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/property-edit";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The property to edit (GET /api/properties/{id}); a foreign id is the error boundary's 404. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.properties[":id"].$get({ param: { id: params.id }, query: {} });
  if (!res.ok) return throwApiError(res, request);
  const property = await res.json();
  const t = translate(request, "properties");
  return {
    ...property,
    title: translate(request, "shell")("pageTitle", { title: t("editPage.title", { name: property.name }) }),
    countries: countryOptions(requestLocale(request)),
    // The stored zone is offered even if this runtime's list lacks it.
    timeZones: property.timezone ? timeZoneOptions(property.timezone) : Intl.supportedValuesOf("timeZone"),
  };
}

/** Saves the property (PATCH) or deletes it after a confirmation step (then back to the dashboard). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  const param = { id: params.id };
  if (form.get("intent") === "delete")
    return confirmThenDelete(form, request, () => api.properties[":id"].$delete({ param }), "/dashboard");
  const submission = parseSubmission(form, propertyInput, propertyMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  // The form's empty time zone (conform reads it as missing) is the org's: clear the property's own.
  const res = await api.properties[":id"].$patch({
    param,
    json: { ...submission.value, timezone: submission.value.timezone ?? null },
  });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return redirect(`/properties/${params.id}`);
}

export default function EditProperty({ loaderData, actionData }: Route.ComponentProps) {
  const { title: _title, countries, timeZones, ...property } = loaderData;
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const t = useTranslations("properties");
  const roles = useTranslations("ui.roles");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={t("editPage.title", { name: property.name })}
        breadcrumb={
          <Link to={`/properties/${property.id}`} className={linkClass}>
            {property.name}
          </Link>
        }
      />
      {canEdit ? (
        <>
          <Card>
            <PropertyForm
              defaults={{ ...property, timezone: property.timezone ?? "" }}
              countries={countries}
              timeZones={timeZones}
              orgTimezone={org?.timezone ?? "UTC"}
              lastResult={resultFor(actionData, "save")}
              submitLabel={t("editPage.save")}
            />
          </Card>
          <DeleteSection
            title={t("editPage.deleteTitle")}
            warning={t("editPage.deleteWarning", { name: property.name })}
            result={resultFor(actionData, "delete")}
          />
        </>
      ) : (
        <Alert tone="warning">{t("editPage.readOnly", { role: org ? roles(org.role) : t("noRole") })}</Alert>
      )}
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
