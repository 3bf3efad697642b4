import { Form, Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { Button, ButtonLink, buttonClass, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { Card, PageHeader } from "../components/page";
import { StatementChart } from "../components/statement-chart";
import { nextPeriod } from "../../worker/lib/calendar";
import { formatDate, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { translatedMeta } from "../i18n/meta";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { StatementView } from "../../worker/expenses/contract";
import type { Route } from "./+types/property-statement";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * `/properties/:id/statement?month=YYYY-MM`: the owner statement of a property for a month (default: the
 * org's current month): rent collected, expenses, net, a 12-month chart (with a table), the expenses by
 * category and every line; CSV and PDF downloads. One API call (one D1 round trip). A malformed month
 * redirects to the current one, a month after the org's current one to that month; no "Next" beyond it.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const asked = new URL(request.url).searchParams.get("month");
  // A month that is not one (`2026-13`) shows the current month, under its own URL.
  if (asked !== null && !MONTH.test(asked)) throw redirect(`/properties/${params.id}/statement`);
  const res = await getServer(context).api.properties[":id"].statement.$get({
    param: { id: params.id },
    query: asked ? { month: asked } : {},
  });
  // A month the API does not take (out of its range) shows the current month too.
  if (asked && (res.status === 400 || res.status === 422)) throw redirect(`/properties/${params.id}/statement`);
  if (!res.ok) return throwApiError(res, request);
  // The route also answers CSV (`format=csv`): its JSON is the statement.
  const statement = (await res.json()) as StatementView;
  // No statement after the org's current month: the latest one instead.
  if (statement.month > statement.currentMonth)
    throw redirect(`/properties/${params.id}/statement?month=${statement.currentMonth}`);
  const t = translate(request, "expenses");
  // The next month's link is computed here: the calendar (Temporal's polyfill) stays on the server (issue 17 §5).
  return {
    ...statement,
    nextMonth: nextPeriod(statement.month),
    title: pageTitle(request, t("statement.pageTitle", { property: statement.propertyName })),
  };
}

type Statement = Route.ComponentProps["loaderData"];

/** Rent collected, expenses and net, side by side (stacked on phones). */
function Totals({ s }: { s: Statement }) {
  const t = useTranslations("expenses.statement");
  const formatLocale = useFormatLocale();
  const figures = [
    ["income", s.income, "text-teal-800"],
    ["expenses", s.expenses, "text-amber-700"],
    ["net", s.net, s.net < 0 ? "text-red-700" : "text-slate-900"],
  ] as const;
  return (
    <dl className="grid gap-3 sm:grid-cols-3" data-testid="statement-totals">
      {figures.map(([key, value, tone]) => (
        <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{t(key)}</dt>
          <dd className={`mt-1 text-2xl font-semibold tabular-nums ${tone}`}>
            {formatMoney(value, s.currency, formatLocale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The month's lines: day, kind, what (category, unit, rent period; the vendor and note as typed), signed amount. */
function Lines({ s }: { s: Statement }) {
  const t = useTranslations("expenses.statement");
  const docs = useTranslations("statementDocs");
  const formatLocale = useFormatLocale();
  if (s.lines.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="statement-lines">
      {s.lines.map((l, i) => {
        const what = [
          l.category ? docs(`category.${l.category}`) : null,
          l.unitNumber ? t("unit", { unit: l.unitNumber }) : null,
          l.period && l.kind === "rent" ? t("rentFor", { period: formatPeriod(l.period, formatLocale) }) : null,
        ].filter(Boolean);
        return (
          <li key={`${l.date}-${i}`} className="flex items-start justify-between gap-4 py-2 text-sm">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {docs(`kind.${l.kind}`)} · {formatDate(l.date, formatLocale, "medium")}
              </p>
              <p className="break-words text-slate-600">
                {what.join(" · ")}
                {[l.vendorName, l.note].map((typed, j) =>
                  typed ? (
                    <span key={j}>
                      {what.length || (j === 1 && l.vendorName) ? " · " : ""}
                      <bdi>{typed}</bdi>
                    </span>
                  ) : null,
                )}
              </p>
            </div>
            <p
              className={`font-semibold whitespace-nowrap tabular-nums ${l.amount < 0 ? "text-amber-700" : "text-teal-800"}`}
            >
              {formatMoney(l.amount, s.currency, formatLocale)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export default function PropertyStatement({ loaderData: s }: Route.ComponentProps) {
  const t = useTranslations("expenses.statement");
  const docs = useTranslations("statementDocs");
  const formatLocale = useFormatLocale();
  const previous = s.series.at(-2)?.month ?? s.month;
  const download = `/properties/${s.propertyId}/statement/download?month=${s.month}`;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={`/properties/${s.propertyId}`} className={linkClass}>
            {t("breadcrumb")}
          </Link>
        }
        title={t("heading", { month: formatPeriod(s.month, formatLocale) })}
        subtitle={<bdi>{s.propertyName}</bdi>}
        actions={
          <>
            <a href={`${download}&format=csv`} className={buttonClass("secondary")} download>
              {t("downloadCsv")}
            </a>
            <Form method="post" action={download} reloadDocument>
              <Button type="submit" variant="secondary">
                {t("downloadPdf")}
              </Button>
            </Form>
          </>
        }
      />
      <div className="space-y-6">
        <nav className="flex flex-wrap items-end justify-between gap-3" aria-label={t("month")}>
          <div className="flex gap-2">
            <ButtonLink to={`?month=${previous}`} variant="ghost">
              <span aria-hidden="true">‹</span> {t("previous")}
            </ButtonLink>
            {s.month < s.currentMonth ? (
              <ButtonLink to={`?month=${s.nextMonth}`} variant="ghost">
                {t("next")} <span aria-hidden="true">›</span>
              </ButtonLink>
            ) : null}
          </div>
          <Form method="get" className="flex items-end gap-2">
            <TextField name="month" type="month" label={t("month")} defaultValue={s.month} className="w-44" />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </Form>
        </nav>
        <Totals s={s} />
        <p className="text-xs text-slate-600">{t("rule")}</p>
        <Card title={t("chart.title", { currency: s.currency })} headingId="statement-chart-heading">
          <StatementChart months={s.series} currency={s.currency} />
        </Card>
        {s.byCategory.length ? (
          <Card title={t("byCategory")} headingId="statement-categories-heading">
            <ul className="divide-y divide-slate-100 text-sm">
              {s.byCategory.map((c) => (
                <li key={c.category} className="flex justify-between gap-4 py-2">
                  <span>{docs(`category.${c.category}`)}</span>
                  <span className="font-semibold tabular-nums">{formatMoney(c.amount, s.currency, formatLocale)}</span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card title={t("lines")} headingId="statement-lines-heading">
          <Lines s={s} />
          <p className="mt-4 text-sm">
            <Link to={`/properties/${s.propertyId}/expenses?month=${s.month}`} className={linkClass}>
              {t("expensesLink")}
            </Link>
          </p>
        </Card>
      </div>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
