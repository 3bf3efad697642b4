import { useId } from "react";
import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { MonthChart } from "./month-chart";
import { RentChart } from "./rent-chart";
import { useFormatLocale } from "../i18n/format-locale";

type Month = { month: string; expected: number; collected: number };
type Occupancy = { month: string; let: number; total: number };

const cell = "px-2 py-1 text-end tabular-nums";
const head = "px-2 py-1 text-start font-medium text-slate-600";

/** A chart's figures as a table, folded under the chart: what screen readers and curious eyes read. */
function Figures({ heads, rows }: { heads: string[]; rows: (string | number)[][] }) {
  const t = useTranslations("orgDashboard");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-teal-800">{t("showTable")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr>
              {heads.map((h) => (
                <th key={h} scope="col" className={head}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map(([first, ...rest]) => (
              <tr key={String(first)}>
                <th scope="row" className={head}>
                  {first}
                </th>
                {rest.map((v, i) => (
                  <td key={i} className={cell}>
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Collected vs expected over 12 months in one currency: the rent page's chart, with its table. */
export function HistoryChart({ months, currency }: { months: Month[]; currency: string }) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={titleId} className="mb-2 font-semibold text-slate-900">
        {t("historyHeading", { currency })}
      </h2>
      <RentChart months={months} currency={currency} />
      <Figures
        heads={[t("month"), t("expectedColumn"), t("collectedColumn")]}
        rows={months.map((m) => [
          formatPeriod(m.month, formatLocale),
          formatMoney(m.expected, currency, formatLocale),
          formatMoney(m.collected, currency, formatLocale),
        ])}
      />
    </section>
  );
}

/** The share of apartments let, month by month: bars from 0 to 100 % (./month-chart.tsx), with its table. */
export function OccupancyChart({ months }: { months: Occupancy[] }) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  const headingId = useId();
  const percent = new Intl.NumberFormat(formatLocale, { style: "percent" });
  const rate = (m: Occupancy) => (m.total ? m.let / m.total : 0);
  return (
    <section
      id="occupancy"
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={headingId} className="mb-2 font-semibold text-slate-900">
        {t("occupancyHeading")}
      </h2>
      <MonthChart
        months={months.map((m) => m.month)}
        title={t("occupancyTitle")}
        max={1}
        series={[
          {
            label: t("rateColumn"),
            tone: "lightTeal",
            values: months.map(rate),
            titles: months.map((m) =>
              t("occupancyBar", { month: formatPeriod(m.month, formatLocale), let: m.let, total: m.total }),
            ),
          },
        ]}
      />
      <Figures
        heads={[t("month"), t("letColumn"), t("totalColumn"), t("rateColumn")]}
        rows={months.map((m) => [formatPeriod(m.month, formatLocale), m.let, m.total, percent.format(rate(m))])}
      />
    </section>
  );
}
