import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { Button, ButtonLink, linkClass } from "../components/button";
import { ExpenseForm, ExpenseList } from "../components/expenses";
import { Card, PageHeader } from "../components/page";
import { TextField } from "../components/field";
import { todayIn } from "../../worker/lib/calendar";
import { formatPeriod } from "../../worker/lib/i18n/format";
import { pageTitle } from "../i18n/page-title.server";
import { translatedMeta } from "../i18n/meta";
import { translate } from "../i18n/translate.server";
import { readProblem, throwApiError } from "../lib/api.server";
import { getServer, postMultipart, type ServerContext } from "../lib/context.server";
import { readExpenseForm, receiptOf } from "../lib/expense-form.server";
import { expenseMonth, expenseWindow } from "../lib/expense-month";
import type { Route } from "./+types/property-expenses";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * `/properties/:id/expenses?month=YYYY-MM`: the property's expenses of a month (default: this month in the
 * org's time zone) with their receipts, and the form to record one with a receipt photo or PDF from the
 * phone. One API call (one D1 round trip): the list names the property, its apartments and the currency.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("month");
  // The bounds are needed before the org's zone is known: without a month, the days "today" may be in
  // anywhere; the month shown is then the org's current one, and only its expenses are kept.
  const now = Date.now();
  const res = await getServer(context).api.expenses.$get({
    query: { propertyId: params.id, ...expenseWindow(asked, now), limit: "100" },
  });
  if (!res.ok) return throwApiError(res, request);
  const page = await res.json();
  const property = page.property!;
  const month = expenseMonth(asked, property.timezone, now);
  const results = page.results.filter((e) => e.incurredOn.startsWith(month));
  const saved = url.searchParams.has("saved");
  const deleted = url.searchParams.has("deleted");
  const updated = url.searchParams.has("updated");
  // `?edit=<id>`: the form is that expense's, to correct it (one of the month shown).
  const editing = results.find((e) => e.id === url.searchParams.get("edit")) ?? null;
  const today = todayIn(property.timezone, now);
  const title = pageTitle(request, translate(request, "expenses")("page.pageTitle", { property: property.name }));
  return { ...page, results, property, month, today, saved, deleted, updated, editing, title };
}

/**
 * Records an expense with its receipt when one is attached (a refused receipt deletes the expense again:
 * nothing is half-saved), then shows its month; `intent=update` corrects one (PATCH /expenses/{id}, then its
 * new receipt if one is chosen); `intent=delete` deletes one (DELETE /expenses/{id}).
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const { api } = getServer(context);
  if (form.get("intent") === "delete") return deleteOne(api, form, params.id, request);
  const posted = form.get("currency");
  const currency = typeof posted === "string" ? posted : "EUR";
  const read = readExpenseForm(form, params.id, currency, request);
  if (form.get("intent") === "update") return updateOne(api, form, read, params.id, request);
  if ("error" in read) return { error: read.error };
  const res = await api.expenses.$post({ json: read.body });
  if (!res.ok) return { error: (await readProblem(res, request)).detail };
  const expense = await res.json();
  const month = read.body.incurredOn.slice(0, 7);
  const receipt = receiptOf(form);
  if (receipt) {
    const body = new FormData();
    body.append("file", receipt, receipt.name);
    const uploaded = await postMultipart(api, `/expenses/${expense.id}/receipt`, body);
    if (!uploaded.ok) {
      const reason = (await readProblem(uploaded, request)).detail;
      await api.expenses[":id"].$delete({ param: { id: expense.id } });
      return { error: translate(request, "expenses")("form.receiptRefused", { reason }) };
    }
  }
  throw redirect(`/properties/${params.id}/expenses?month=${month}&saved=1`);
}

/**
 * Corrects the expense `expenseId` with the form's values (an emptied apartment, vendor or note is cleared),
 * then stores its new receipt if one was chosen; shows the expense's (new) month saying so.
 */
async function updateOne(
  api: ServerContext["api"],
  form: FormData,
  read: ReturnType<typeof readExpenseForm>,
  propertyId: string,
  request: Request,
) {
  const id = form.get("expenseId");
  if (typeof id !== "string" || !id) return { error: translate(request, "errors")("other.body") };
  if ("error" in read) return { error: read.error };
  const { category, amount, incurredOn, apartmentId, vendorId, note } = read.body;
  const res = await api.expenses[":id"].$patch({
    param: { id },
    json: {
      category,
      amount,
      incurredOn,
      apartmentId: apartmentId ?? null,
      vendorId: vendorId ?? null,
      note: note ?? null,
    },
  });
  if (!res.ok) return { error: (await readProblem(res, request)).detail };
  const receipt = receiptOf(form);
  if (receipt) {
    const body = new FormData();
    body.append("file", receipt, receipt.name);
    const uploaded = await postMultipart(api, `/expenses/${id}/receipt`, body);
    if (!uploaded.ok) {
      const reason = (await readProblem(uploaded, request)).detail;
      return { error: translate(request, "expenses")("form.receiptRefusedKept", { reason }) };
    }
  }
  throw redirect(`/properties/${propertyId}/expenses?month=${incurredOn.slice(0, 7)}&updated=1`);
}

/** Deletes the expense `expenseId`, then shows its month again saying so. */
async function deleteOne(api: ServerContext["api"], form: FormData, propertyId: string, request: Request) {
  const id = form.get("expenseId");
  const month = form.get("month");
  if (typeof id !== "string" || !id) return { error: translate(request, "errors")("other.body") };
  const res = await api.expenses[":id"].$delete({ param: { id } });
  if (!res.ok) return { error: (await readProblem(res, request)).detail };
  const shown = typeof month === "string" && /^\d{4}-\d{2}$/.test(month) ? `month=${month}&` : "";
  throw redirect(`/properties/${propertyId}/expenses?${shown}deleted=1`);
}

export default function PropertyExpenses({ loaderData, actionData }: Route.ComponentProps) {
  const { property, month, results, today, saved, deleted, updated, editing } = loaderData;
  const t = useTranslations("expenses");
  const formatLocale = useFormatLocale();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={`/properties/${property.id}`} className={linkClass}>
            {t("page.breadcrumb")}
          </Link>
        }
        title={t("page.title")}
        subtitle={<bdi>{property.name}</bdi>}
        actions={
          <ButtonLink to={`/properties/${property.id}/statement?month=${month}`} variant="secondary">
            {t("page.statementLink", { month: formatPeriod(month, formatLocale) })}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <Card title={t("list.title", { month: formatPeriod(month, formatLocale) })} headingId="expenses-heading">
          {deleted || updated ? (
            <Alert tone="success" className="mb-4">
              {deleted ? t("form.deleted") : t("form.updated")}
            </Alert>
          ) : null}
          <Form method="get" className="mb-4 flex flex-wrap items-end gap-2">
            <TextField name="month" type="month" label={t("filter.month")} defaultValue={month} className="w-44" />
            <Button type="submit" variant="secondary">
              {t("filter.show")}
            </Button>
          </Form>
          <ExpenseList expenses={results} currency={property.currency} apartments={property.apartments} />
        </Card>
        <Card
          title={editing ? t("form.editTitle") : t("form.title")}
          headingId="record-expense-heading"
          description={editing ? t("form.editDescription") : t("form.description", { currency: property.currency })}
        >
          {actionData?.error ? (
            <Alert tone="error" className="mb-4">
              {actionData.error}
            </Alert>
          ) : saved ? (
            <Alert tone="success" className="mb-4">
              {t("form.saved")}
            </Alert>
          ) : null}
          {/* A new key once an expense is recorded empties the form (its inputs keep their values otherwise). */}
          <ExpenseForm
            key={editing ? `edit-${editing.id}` : `${results.length}-${results[0]?.id ?? ""}`}
            property={property}
            today={today}
            busy={busy}
            editing={editing ?? undefined}
          />
        </Card>
      </div>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
