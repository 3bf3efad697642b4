import { useId } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatMoney, formatPeriod, formatPeriodShort } from "../../worker/lib/i18n/format";

type Month = { month: string; income: number; expenses: number; net: number };

/**
 * Rent collected vs expenses per month as paired bars (plain SVG like components/rent-chart.tsx, scaled to the
 * largest figure, each bar titled for screen readers), with the same figures as a table for who prefers one.
 */
export function StatementChart({ months, currency }: { months: Month[]; currency: string }) {
  const locale = useLocale();
  const t = useTranslations("expenses.statement.chart");
  const s = useTranslations("expenses.statement");
  const titleId = useId();
  const max = Math.max(1, ...months.flatMap((m) => [Math.max(0, m.income), m.expenses]));
  const [width, height] = [720, 220];
  const pad = { top: 10, bottom: 28, start: 8, end: 8 };
  const slot = (width - pad.start - pad.end) / months.length;
  const bar = Math.max(4, slot / 2 - 4);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - Math.max(0, v) / max);
  const money = (v: number) => formatMoney(v, currency, locale);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="h-auto w-full"
        data-testid="statement-chart"
      >
        <title id={titleId}>{t("title", { currency })}</title>
        {months.map((m, i) => {
          const month = formatPeriod(m.month, locale);
          const x = pad.start + i * slot + (slot - 2 * bar - 2) / 2;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={y(m.income)}
                width={bar}
                height={height - pad.bottom - y(m.income)}
                className="fill-teal-700"
              >
                <title>{t("incomeBar", { month, amount: money(m.income) })}</title>
              </rect>
              <rect
                x={x + bar + 2}
                y={y(m.expenses)}
                width={bar}
                height={height - pad.bottom - y(m.expenses)}
                className="fill-amber-600"
              >
                <title>{t("expensesBar", { month, amount: money(m.expenses) })}</title>
              </rect>
              <text
                x={pad.start + i * slot + slot / 2}
                y={height - 10}
                textAnchor="middle"
                className="fill-slate-600 text-[11px]"
              >
                {formatPeriodShort(m.month, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-xs text-slate-600">
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-teal-700" />
          {s("income")}
        </span>
        <span>
          <span className="me-1 inline-block h-2 w-3 bg-amber-600" />
          {s("expenses")}
        </span>
      </figcaption>
      <StatementTable months={months} currency={currency} />
    </figure>
  );
}

/** The chart's figures as a table (inside a disclosure), for screen readers and whoever prefers numbers. */
function StatementTable({ months, currency }: { months: Month[]; currency: string }) {
  const locale = useLocale();
  const t = useTranslations("expenses.statement.chart");
  const s = useTranslations("expenses.statement");
  const money = (v: number) => formatMoney(v, currency, locale);
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
                  {formatPeriod(m.month, locale)}
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
