import { data, Link, redirect } from "react-router";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { DeleteSection } from "../components/delete-section";
import { Card, PageHeader } from "../components/page";
import { PropertyForm } from "../components/property-form";
import { actionProblem, formFailure, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formValues, parseForm, PROPERTY_FIELDS, propertyForm } from "../lib/forms";
import { canEditPortfolio, useShell } from "../lib/shell";
import type { Route } from "./+types/property-edit";

export const meta: Route.MetaFunction = ({ loaderData: data }) => [
  { title: data ? `Edit ${data.name} — Rentline` : "Edit property — Rentline" },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.properties[":id"].$get({ param: { id: params.id }, query: {} });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const values = formValues(await request.formData());
  if (values.intent === "delete") {
    if (values.confirm !== "yes") return { confirmDelete: true as const };
    const res = await api.properties[":id"].$delete({ param: { id: params.id } });
    if (!res.ok) return data({ deleteError: (await actionProblem(res, request)).detail }, { status: res.status });
    return redirect("/dashboard");
  }
  const parsed = parseForm(propertyForm, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await api.properties[":id"].$patch({ param: { id: params.id }, json: parsed.data });
  if (!res.ok) return formFailure(res, request, PROPERTY_FIELDS, { values });
  return redirect(`/properties/${params.id}`);
}

export default function EditProperty({ loaderData: property, actionData }: Route.ComponentProps) {
  const { org } = useShell();
  const failure = actionData && "fieldErrors" in actionData ? actionData : undefined;
  const confirming = Boolean(actionData && "confirmDelete" in actionData);
  const deleteError = actionData && "deleteError" in actionData ? actionData.deleteError : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={`Edit ${property.name}`}
        breadcrumb={
          <Link to={`/properties/${property.id}`} className={linkClass}>
            {property.name}
          </Link>
        }
      />
      {canEditPortfolio(org?.role) ? (
        <>
          <Card>
            <PropertyForm defaults={property} failure={failure} submitLabel="Save" />
          </Card>
          <DeleteSection
            title="Delete property"
            warning={`Deleting ${property.name} also deletes all of its apartments. This cannot be undone.`}
            confirming={confirming}
            error={deleteError}
          />
        </>
      ) : (
        <Alert tone="warning">Your role ({org?.role ?? "none"}) can view this property but not change it.</Alert>
      )}
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
