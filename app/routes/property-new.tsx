import { data, Link, redirect } from "react-router";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { Card, PageHeader } from "../components/page";
import { PropertyForm } from "../components/property-form";
import { formFailure } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formValues, parseForm, PROPERTY_FIELDS, propertyForm } from "../lib/forms";
import { canEditPortfolio, useShell } from "../lib/shell";
import type { Route } from "./+types/property-new";

export const meta: Route.MetaFunction = () => [{ title: "Add a property — Rentline" }];

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(propertyForm, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.properties.$post({ json: parsed.data });
  if (!res.ok) return formFailure(res, request, PROPERTY_FIELDS, { values });
  const property = await res.json();
  return redirect(`/properties/${property.id}`);
}

export default function NewProperty({ actionData }: Route.ComponentProps) {
  const { org } = useShell();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Add a property"
        breadcrumb={
          <Link to="/dashboard" className={linkClass}>
            Properties
          </Link>
        }
        subtitle="A building or house. You add its apartments next."
      />
      {canEditPortfolio(org?.role) ? (
        <Card>
          <PropertyForm failure={actionData} submitLabel="Add property" />
        </Card>
      ) : (
        <Alert tone="warning">
          Your role ({org?.role ?? "none"}) can view properties but not add them. Ask an owner or manager.
        </Alert>
      )}
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
