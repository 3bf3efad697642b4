import { Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { ApartmentForm } from "../components/apartment-form";
import { linkClass } from "../components/button";
import { DeleteSection } from "../components/delete-section";
import { Card, PageHeader } from "../components/page";
import { formatMoney } from "../../worker/lib/i18n/format";
import { minorToInput } from "../../worker/lib/money-input";
import { translate, requestLocale } from "../i18n/translate.server";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { confirmThenDelete } from "../lib/delete.server";
import { resultFor } from "../lib/forms";
import { parseSubmission, postedCurrency, refused } from "../lib/forms.server";
import { useLocale } from "use-intl";
import { apartmentForm, apartmentMessages } from "../lib/portfolio-forms.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/apartment-edit";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The apartment to edit (GET /api/apartments/{id}); a foreign id is the error boundary's 404. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const apartment = await res.json();
  const t = translate(request, "apartments");
  const title = translate(request, "shell")("pageTitle", {
    title: t("editPage.title", { unit: apartment.unitNumber }),
  });
  return { ...apartment, title };
}

/** Where to go after a delete: the property the form says the apartment was in, if it looks like an id. */
function propertyPath(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^[\w-]{1,64}$/.test(value) ? `/properties/${value}` : "/dashboard";
}

/** Saves unit, rooms and rent (typed as money, sent in minor units), or deletes after a confirmation step. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  const param = { id: params.id };
  if (form.get("intent") === "delete") {
    const to = propertyPath(form.get("propertyId"));
    return confirmThenDelete(form, request, () => api.apartments[":id"].$delete({ param }), to);
  }
  const submission = parseSubmission(form, apartmentForm(postedCurrency(form), request), apartmentMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await api.apartments[":id"].$patch({ param, json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  const apartment = await res.json();
  return redirect(`/properties/${apartment.propertyId}`);
}

export default function EditApartment({ loaderData, actionData }: Route.ComponentProps) {
  const { title: _title, ...apartment } = loaderData;
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const locale = useLocale();
  const formatLocale = useFormatLocale();
  const t = useTranslations("apartments");
  const roles = useTranslations("ui.roles");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={t("editPage.title", { unit: apartment.unitNumber })}
        subtitle={t("summary", {
          rooms: apartment.roomsCount,
          rent:
            apartment.rentAmount === null ? "—" : formatMoney(apartment.rentAmount, apartment.currency, formatLocale),
        })}
        breadcrumb={
          <Link to={`/properties/${apartment.propertyId}`} className={linkClass}>
            {t("editPage.back")}
          </Link>
        }
      />
      {canEdit ? (
        <>
          <Card>
            <ApartmentForm
              intent="save"
              defaults={{
                unitNumber: apartment.unitNumber,
                roomsCount: String(apartment.roomsCount),
                rentAmount: minorToInput(apartment.rentAmount ?? 0, apartment.currency, locale),
                currency: apartment.currency,
              }}
              lastResult={resultFor(actionData, "save")}
              submitLabel={t("editPage.save")}
            />
          </Card>
          <DeleteSection
            title={t("editPage.deleteTitle")}
            warning={t("editPage.deleteWarning", { unit: apartment.unitNumber })}
            result={resultFor(actionData, "delete")}
            hidden={{ propertyId: apartment.propertyId }}
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
