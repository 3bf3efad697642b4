import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { MonthChart } from "./month-chart";
import { useFormatLocale } from "../i18n/format-locale";

type Month = { month: string; expected: number; collected: number };

/** Expected vs collected rent per month (the app's one chart, ./month-chart.tsx), each bar titled. */
export function RentChart({ months, currency }: { months: Month[]; currency: string }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("ledger.chart");
  const money = (v: number) => formatMoney(v, currency, formatLocale);
  const month = (m: Month) => formatPeriod(m.month, formatLocale);
  return (
    <MonthChart
      months={months.map((m) => m.month)}
      title={t("title", { currency })}
      testId="rent-chart"
      series={[
        {
          label: t("expected"),
          tone: "slate",
          values: months.map((m) => m.expected),
          titles: months.map((m) => t("expectedBar", { month: month(m), amount: money(m.expected) })),
        },
        {
          label: t("collected"),
          tone: "teal",
          values: months.map((m) => m.collected),
          titles: months.map((m) => t("collectedBar", { month: month(m), amount: money(m.collected) })),
        },
      ]}
    />
  );
}
