import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { MonthChart } from "./month-chart";
import { useFormatLocale } from "../i18n/format-locale";

type Month = { month: string; income: number; expenses: number; net: number };

/**
 * Rent collected vs expenses per month (the app's one chart, ./month-chart.tsx, each bar titled for screen
 * readers), with the same figures as a table for who prefers one.
 */
export function StatementChart({ months, currency }: { months: Month[]; currency: string }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("expenses.statement.chart");
  const s = useTranslations("expenses.statement");
  const money = (v: number) => formatMoney(v, currency, formatLocale);
  const month = (m: Month) => formatPeriod(m.month, formatLocale);
  return (
    <>
      <MonthChart
        months={months.map((m) => m.month)}
        title={t("title", { currency })}
        testId="statement-chart"
        series={[
          {
            label: s("income"),
            tone: "teal",
            values: months.map((m) => m.income),
            titles: months.map((m) => t("incomeBar", { month: month(m), amount: money(m.income) })),
          },
          {
            label: s("expenses"),
            tone: "amber",
            values: months.map((m) => m.expenses),
            titles: months.map((m) => t("expensesBar", { month: month(m), amount: money(m.expenses) })),
          },
        ]}
      />
      <StatementTable months={months} currency={currency} />
    </>
  );
}

/** The chart's figures as a table (inside a disclosure), for screen readers and whoever prefers numbers. */
function StatementTable({ months, currency }: { months: Month[]; currency: string }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("expenses.statement.chart");
  const s = useTranslations("expenses.statement");
  const money = (v: number) => formatMoney(v, currency, formatLocale);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-teal-800">{t("table")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-start text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pe-2 text-start font-semibold">
                {t("month")}
              </th>
              <th scope="col" className="px-2 py-1 text-end font-semibold">
                {s("income")}
              </th>
              <th scope="col" className="px-2 py-1 text-end font-semibold">
                {s("expenses")}
              </th>
              <th scope="col" className="py-1 ps-2 text-end font-semibold">
                {s("net")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row" className="py-1 pe-2 text-start font-normal">
                  {formatPeriod(m.month, formatLocale)}
                </th>
                <td className="px-2 py-1 text-end whitespace-nowrap">{money(m.income)}</td>
                <td className="px-2 py-1 text-end whitespace-nowrap">{money(m.expenses)}</td>
                <td className="py-1 ps-2 text-end whitespace-nowrap">{money(m.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
