import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import { linkClass } from "../components/button";
import { TextField } from "../components/field";
import { EmptyState, PageHeader } from "../components/page";
import { RentChart } from "../components/rent-chart";
import { translate } from "../i18n/translate.server";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/rent";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The org's rent for a month (`?month=YYYY-MM`, default the org's current one): expected vs collected per
 * currency (minor units), overdue leases, and 12 months of history (GET /api/dashboard/rent), with the page
 * title in the request's language.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const month = new URL(request.url).searchParams.get("month") ?? undefined;
  const res = await getServer(context).api.dashboard.rent.$get({
    query: { month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined },
  });
  if (!res.ok) return throwApiError(res, request);
  return {
    ...(await res.json()),
    title: translate(request, "shell")("pageTitle", { title: translate(request, "rent")("title") }),
  };
}

export default function Rent({ loaderData }: Route.ComponentProps) {
  const t = useTranslations("rent");
  const formatLocale = useFormatLocale();
  const { month, totals, overdue, series } = loaderData;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { month: formatPeriod(month, formatLocale) })}
        actions={
          <Form method="get" className="flex items-end gap-2">
            <TextField label={t("month")} name="month" type="month" defaultValue={month} />
            <button className="rounded-lg border border-slate-300 px-3 py-2 text-sm">{t("show")}</button>
          </Form>
        }
      />
      {totals.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <ul className="grid gap-3 sm:grid-cols-3" data-testid="rent-totals">
            {totals.map((total) => (
              <li key={total.currency} className="rounded-xl border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-600">{t("expected", { currency: total.currency })}</p>
                <p className="text-xl font-semibold">{formatMoney(total.expected, total.currency, formatLocale)}</p>
                <p className="mt-2 text-sm text-slate-600">{t("collected")}</p>
                <p className="text-xl font-semibold text-teal-800">
                  {formatMoney(total.collected, total.currency, formatLocale)}
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  {t("collectedShare", { rate: total.expected ? Math.min(1, total.collected / total.expected) : 0 })}
                </p>
              </li>
            ))}
          </ul>
          <section aria-labelledby="overdue-title" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="overdue-title" className="text-lg font-semibold">
              {t("overdue")}
            </h2>
            {overdue.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">{t("nothingOverdue")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="overdue">
                {overdue.map((o) => (
                  <li key={o.leaseId} className="flex flex-wrap justify-between gap-2 py-2">
                    <Link to={`/apartments/${o.apartmentId}`} className={linkClass}>
                      {t("unit", { property: o.propertyName, unit: o.unitNumber })}
                    </Link>
                    <span className="text-slate-700">{o.renters}</span>
                    <span className="font-medium text-red-800">
                      {t("late", { amount: formatMoney(o.amount, o.currency, formatLocale), days: o.daysLate })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {series.map((s) => (
            <section key={s.currency} className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">{t("history", { currency: s.currency })}</h2>
              <RentChart months={s.months} currency={s.currency} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
