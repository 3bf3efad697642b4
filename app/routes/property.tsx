import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { ApartmentForm } from "../components/apartment-form";
import { ExpensesSection } from "../components/expenses-section";

import { ButtonLink, linkClass } from "../components/button";
import { Card, PageHeader } from "../components/page";
import { Pagination } from "../components/pagination";
import { countryName } from "../../worker/lib/countries";
import { formatMoney } from "../../worker/lib/i18n/format";
import { translate, requestLocale } from "../i18n/translate.server";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { succeeded } from "../lib/forms";
import { parseSubmission, postedCurrency, refused } from "../lib/forms.server";
import { useLocale } from "use-intl";
import { PAGE_SIZE, pageParam } from "../lib/paging";
import { apartmentForm, apartmentMessages } from "../lib/portfolio-forms.server";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/property";
import { useToast } from "../components/ui/toast";
import { useFormatLocale } from "../i18n/format-locale";
import { useIsolate } from "../i18n/bidi";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The property and one page of its apartments, in one API call (one D1 round trip). */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const page = pageParam(request);
  const res = await getServer(context).api.properties[":id"].$get({
    param: { id: params.id },
    query: { include: "apartments", page: String(page), limit: String(PAGE_SIZE) },
  });
  if (!res.ok) return throwApiError(res, request);
  const property = await res.json();
  const title = translate(request, "shell")("pageTitle", { title: property.name });
  return { ...property, title, apartments: property.apartments ?? { results: [], total: 0, page, limit: PAGE_SIZE } };
}

/** Adds an apartment to this property; the reply's values name the unit added ("Apartment 3C added."). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const submission = parseSubmission(form, apartmentForm(postedCurrency(form), request), apartmentMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  // The currency posted only says how to read the amount: a new apartment is in the org's currency (the API fills it).
  const { currency: _, ...apartment } = submission.value;
  const res = await getServer(context).api.apartments.$post({ json: { ...apartment, propertyId: params.id } });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

export default function Property({ loaderData, actionData }: Route.ComponentProps) {
  const { apartments, title: _title, ...property } = loaderData;
  const t = useTranslations("properties");
  const locale = useLocale();
  const { search } = useLocation();
  const canEdit = useCan("portfolio.edit");
  const canSeeMoney = useCan("ledger.write");
  const result = actionData?.result;
  const unit = succeeded(result) ? result?.initialValue?.unitNumber : null;
  const added = typeof unit === "string" ? unit.trim() : null;
  // A toast is plain text: the unit's label is isolated from the sentence's direction.
  const isolate = useIsolate();
  useToast(result, added !== null, t("added", { unit: isolate(added ?? "") }));
  // The org's currency (its settings), never one guessed from the browser.
  const currency = useShell().org?.currency ?? "EUR";
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to="/dashboard" className={linkClass}>
            {t("breadcrumb")}
          </Link>
        }
        title={property.name}
        // An address keeps its own direction inside a right-to-left page ("5 Rue du Chat", not "Rue du Chat 5").
        subtitle={
          <bdi>
            {t("address", {
              address: property.address,
              postalCode: property.postalCode,
              city: property.city,
              country: countryName(property.country, locale),
            })}
          </bdi>
        }
        actions={
          canEdit ? (
            <ButtonLink to={`/properties/${property.id}/edit`} variant="secondary">
              {t("edit")}
            </ButtonLink>
          ) : null
        }
      />
      <div className="space-y-6">
        <Card
          title={t("apartments")}
          headingId="apartments-heading"
          description={t("apartmentsCount", { count: apartments.total })}
        >
          {apartments.results.length === 0 ? (
            <p className="text-sm text-slate-600">{canEdit ? t("noneEditor") : t("none")}</p>
          ) : (
            <ApartmentsTable apartments={apartments.results} canEdit={canEdit} />
          )}
          <Pagination
            page={apartments.page}
            limit={apartments.limit}
            total={apartments.total}
            label={t("apartmentsPages")}
          />
        </Card>
        {canSeeMoney ? <ExpensesSection propertyId={property.id} /> : null}
        {canEdit ? (
          <Card title={t("addApartment")} headingId="add-apartment-heading" description={t("addApartmentHint")}>
            {/* A new key after each addition empties the form for the next apartment. */}
            <ApartmentForm
              key={`${apartments.total}-${search}`}
              intent="add"
              defaults={{ currency }}
              lastResult={succeeded(result) ? undefined : result}
              submitLabel={t("addApartmentSubmit")}
              compact
              currencyFixed
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}

type Apartment = Route.ComponentProps["loaderData"]["apartments"]["results"][number];

/**
 * The property's apartments: unit (with unread chat), rooms, rent; editors get an edit link per row. A table
 * from 640 px; on a phone one stacked entry per apartment (issue 13: Ukrainian column headings and "Редагувати"
 * no longer fit four columns in 375 px).
 */
function ApartmentsTable({ apartments, canEdit }: { apartments: Apartment[]; canEdit: boolean }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("properties.table");
  return (
    <>
      <ul className="divide-y divide-slate-100 sm:hidden" data-testid="apartments-list">
        {apartments.map((a) => (
          <li key={a.id} className="py-3 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <span className="font-semibold text-slate-900">
                <Link to={`/apartments/${a.id}`} className={linkClass}>
                  {a.unitNumber}
                </Link>
                <Unread count={a.unread} />
              </span>
              <span className="text-slate-900 tabular-nums">
                {a.rentAmount === null ? null : formatMoney(a.rentAmount, a.currency, formatLocale)}
              </span>
            </div>
            <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <dl className="flex gap-1 text-slate-700">
                <dt>{t("rooms")}</dt>
                <dd className="font-medium">{a.roomsCount}</dd>
              </dl>
              {canEdit ? <EditLink apartment={a} /> : null}
            </div>
          </li>
        ))}
      </ul>
      <WideApartmentsTable apartments={apartments} canEdit={canEdit} />
    </>
  );
}

/** A chat's unread count next to the unit, if any. */
function Unread({ count }: { count: number | undefined }) {
  const t = useTranslations("properties.table");
  if (!count) return null;
  return (
    <span className="ms-2 rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="unread">
      {t("unread", { count })}
    </span>
  );
}

/** "Edit", named for the unit for screen readers. */
function EditLink({ apartment: a }: { apartment: Apartment }) {
  const t = useTranslations("properties.table");
  return (
    <Link to={`/apartments/${a.id}/edit`} className={linkClass}>
      {t("edit")}
      <span className="sr-only"> {t("editUnit", { unit: a.unitNumber })}</span>
    </Link>
  );
}

/** The apartments as a table, from 640 px. */
function WideApartmentsTable({ apartments, canEdit }: { apartments: Apartment[]; canEdit: boolean }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("properties.table");
  return (
    <div className="hidden overflow-x-auto sm:block">
      <table className="w-full text-start text-sm">
        <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 text-start font-semibold sm:ps-0">
              {t("unit")}
            </th>
            <th scope="col" className="px-4 py-2 text-start font-semibold">
              {t("rooms")}
            </th>
            <th scope="col" className="px-4 py-2 text-end font-semibold">
              {t("rent")}
            </th>
            {canEdit ? (
              <th scope="col" className="px-4 py-2 sm:pe-0">
                <span className="sr-only">{t("actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {apartments.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="px-4 py-3 text-start font-semibold text-slate-900 sm:ps-0">
                <Link to={`/apartments/${a.id}`} className={linkClass}>
                  {a.unitNumber}
                </Link>
                <Unread count={a.unread} />
              </th>
              <td className="px-4 py-3 text-slate-700">{a.roomsCount}</td>
              <td className="px-4 py-3 text-end whitespace-nowrap text-slate-900 tabular-nums">
                {a.rentAmount === null ? null : formatMoney(a.rentAmount, a.currency, formatLocale)}
              </td>
              {canEdit ? (
                <td className="px-4 py-3 text-end sm:pe-0">
                  <EditLink apartment={a} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
