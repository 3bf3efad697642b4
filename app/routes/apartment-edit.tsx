import { data, Link, redirect } from "react-router";
import { Alert } from "../components/alert";
import { ApartmentForm } from "../components/apartment-form";
import { linkClass } from "../components/button";
import { DeleteSection } from "../components/delete-section";
import { Card, PageHeader } from "../components/page";
import { actionProblem, formFailure, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { minorToInput } from "../lib/currencies";
import { APARTMENT_FIELDS, apartmentForm, formValues, parseForm } from "../lib/forms";
import { useLocale } from "../lib/locale";
import { formatMoney } from "../lib/money";
import { canEditPortfolio, useShell } from "../lib/shell";
import type { Route } from "./+types/apartment-edit";

export const meta: Route.MetaFunction = ({ loaderData: data }) => [
  { title: data ? `Edit unit ${data.unitNumber} — Rentline` : "Edit apartment — Rentline" },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

/** Where to go after a delete: the property the form says the apartment was in, if it looks like an id. */
function propertyPath(value: string | undefined): string {
  return value && /^[\w-]{1,64}$/.test(value) ? `/properties/${value}` : "/dashboard";
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const values = formValues(await request.formData());
  if (values.intent === "delete") {
    if (values.confirm !== "yes") return { confirmDelete: true as const };
    const res = await api.apartments[":id"].$delete({ param: { id: params.id } });
    if (!res.ok) return data({ deleteError: (await actionProblem(res, request)).detail }, { status: res.status });
    return redirect(propertyPath(values.propertyId));
  }
  const parsed = parseForm(apartmentForm, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await api.apartments[":id"].$patch({ param: { id: params.id }, json: parsed.data });
  if (!res.ok) return formFailure(res, request, APARTMENT_FIELDS, { values });
  const apartment = await res.json();
  return redirect(`/properties/${apartment.propertyId}`);
}

export default function EditApartment({ loaderData: apartment, actionData }: Route.ComponentProps) {
  const { org } = useShell();
  const locale = useLocale();
  const failure = actionData && "fieldErrors" in actionData ? actionData : undefined;
  const confirming = Boolean(actionData && "confirmDelete" in actionData);
  const deleteError = actionData && "deleteError" in actionData ? actionData.deleteError : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={`Edit unit ${apartment.unitNumber}`}
        subtitle={`${apartment.roomsCount} ${apartment.roomsCount === 1 ? "room" : "rooms"} · ${formatMoney(apartment.rentAmount, apartment.currency, locale)} a month`}
        breadcrumb={
          <Link to={`/properties/${apartment.propertyId}`} className={linkClass}>
            Back to the property
          </Link>
        }
      />
      {canEditPortfolio(org?.role) ? (
        <>
          <Card>
            <ApartmentForm
              intent="save"
              defaults={{
                unitNumber: apartment.unitNumber,
                roomsCount: String(apartment.roomsCount),
                rentAmount: minorToInput(apartment.rentAmount),
                currency: apartment.currency,
              }}
              failure={failure}
              submitLabel="Save"
            />
          </Card>
          <DeleteSection
            title="Delete apartment"
            warning={`Deleting unit ${apartment.unitNumber} removes it from the property. This cannot be undone.`}
            confirming={confirming}
            error={deleteError}
            hidden={{ propertyId: apartment.propertyId }}
          />
        </>
      ) : (
        <Alert tone="warning">Your role ({org?.role ?? "none"}) can view this apartment but not change it.</Alert>
      )}
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
