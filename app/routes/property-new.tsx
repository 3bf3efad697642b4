import { Link, redirect } from "react-router";
import { Alert } from "../components/alert";
import { linkClass } from "../components/button";
import { Card, PageHeader } from "../components/page";
import { PropertyForm } from "../components/property-form";
import { replyFromProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { parseSubmission, refused } from "../lib/forms.server";
import { propertyInput, propertyMessages } from "../lib/portfolio-forms.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/property-new";

export const meta: Route.MetaFunction = () => [{ title: "Add a property — Rentline" }];

/** Creates the property (POST /api/properties) and opens it; a refused form comes back with its messages. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), propertyInput, propertyMessages);
  if (submission.status !== "success") return refused(submission);
  const res = await getServer(context).api.properties.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  const property = await res.json();
  return redirect(`/properties/${property.id}`);
}

export default function NewProperty({ actionData }: Route.ComponentProps) {
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
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
      {canEdit ? (
        <Card>
          <PropertyForm lastResult={actionData?.result} submitLabel="Add property" />
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
