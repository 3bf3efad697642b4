import { Icon } from "./ui/icon";
import type { IconName } from "./ui/icon-names";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { OrgDashboard } from "../../worker/dashboard/contract";
import { formatDate, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";

const card =
  "flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-teal-600 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";

/** One figure: a label, a big value, a line of detail; the whole card links to the list behind it. */
type FigureProps = {
  icon: IconName;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  to: string;
  testId: string;
  alert?: boolean;
};

function Figure(props: FigureProps) {
  return (
    <li>
      <Link to={props.to} className={card} data-testid={props.testId}>
        <span className="flex items-center gap-2 text-sm text-slate-600">
          <Icon name={props.icon} className="size-4 shrink-0 text-teal-700" />
          {props.label}
        </span>
        <span
          className={`mt-1 text-xl font-semibold break-words tabular-nums sm:text-2xl ${props.alert ? "text-red-800" : "text-slate-900"}`}
          data-testid={`${props.testId}-value`}
        >
          {props.value}
        </span>
        {props.detail ? <span className="mt-1 text-xs text-slate-600">{props.detail}</span> : null}
      </Link>
    </li>
  );
}

/** The month's money, one card per currency: expected and collected (links to /rent), and what is overdue. */
function MoneyFigures({ money }: Pick<OrgDashboard, "money">) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  return money.flatMap((m) => [
    <Figure
      key={`${m.currency}-expected`}
      icon="wallet"
      label={t("expected", { currency: m.currency })}
      value={formatMoney(m.expected, m.currency, formatLocale)}
      to="/rent"
      testId={`figure-expected-${m.currency}`}
    />,
    <Figure
      key={`${m.currency}-collected`}
      icon="coins"
      label={t("collected")}
      value={formatMoney(m.collected, m.currency, formatLocale)}
      detail={t("collectedShare", { rate: m.expected ? Math.min(1, m.collected / m.expected) : 0 })}
      to="/rent"
      testId={`figure-collected-${m.currency}`}
    />,
    <Figure
      key={`${m.currency}-overdue`}
      icon="hourglass"
      label={t("overdue")}
      value={formatMoney(m.overdue.amount, m.currency, formatLocale)}
      alert={m.overdue.amount > 0}
      detail={
        m.overdue.oldestPeriod
          ? t("overdueDetail", {
              count: m.overdue.leases,
              month: formatPeriod(m.overdue.oldestPeriod, formatLocale),
              days: m.overdue.daysLate,
            })
          : t("overdueNone")
      }
      to="/rent#overdue-title"
      testId={`figure-overdue-${m.currency}`}
    />,
  ]);
}

/** Every figure of the dashboard, each linking to its list (on this page or another). */
export function DashboardFigures({ d }: { d: OrgDashboard }) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  const vacant = d.vacancies.length;
  const figures: FigureProps[] = [
    {
      icon: "clipboard-check",
      label: t("toConfirm"),
      value: d.toConfirm.count,
      alert: d.toConfirm.count > 0,
      detail: t("toConfirmDetail", { count: d.toConfirm.count }),
      to: "#to-confirm",
      testId: "figure-to-confirm",
    },
    {
      icon: "file-user",
      label: t("applications"),
      value: d.applications.pending,
      detail: t("applicationsDetail", {
        count: d.applications.pending,
        date: d.applications.oldest ? formatDate(d.applications.oldest.slice(0, 10), formatLocale) : "",
      }),
      to: "/manage/listings",
      testId: "figure-applications",
    },
    {
      icon: "door-open",
      label: t("vacancies"),
      value: vacant,
      detail: t("vacanciesDetail", { count: vacant ? d.apartments.total : 0 }),
      to: "#vacancies",
      testId: "figure-vacancies",
    },
    {
      icon: "calendar-clock",
      label: t("upcoming"),
      value: d.upcomingVacancies.length,
      detail: t("upcomingDetail"),
      to: "#vacancies",
      testId: "figure-upcoming",
    },
    {
      icon: "key-round",
      label: t("ending"),
      value: d.leasesEnding.length,
      detail: t("endingDetail"),
      to: "#ending",
      testId: "figure-ending",
    },
    {
      icon: "wrench",
      label: t("maintenance"),
      value: d.maintenance.open,
      alert: d.maintenance.overdue > 0,
      detail: t("maintenanceDetail", { overdue: d.maintenance.overdue }),
      // The board filtered to what is overdue when something is, else the whole board.
      to: d.maintenance.overdue > 0 ? "/maintenance?overdue=1" : "/maintenance",
      testId: "figure-maintenance",
    },
    {
      icon: "chart-pie",
      label: t("occupancy"),
      value: new Intl.NumberFormat(formatLocale, { style: "percent" }).format(
        d.apartments.total ? d.apartments.let / d.apartments.total : 0,
      ),
      detail: t("occupancyDetail", { let: d.apartments.let, total: d.apartments.total }),
      to: "#occupancy",
      testId: "figure-occupancy",
    },
  ];
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3" aria-label={t("moneyHeading")}>
      <MoneyFigures money={d.money} />
      {figures.map((f) => (
        <Figure key={f.testId} {...f} />
      ))}
    </ul>
  );
}
