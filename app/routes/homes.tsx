import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { EmptyState, PageHeader } from "../components/page";
import { linkClass } from "../components/button";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { LAST_DAY_OF_MONTH } from "../../worker/lib/date-input";
import type { Route } from "./+types/homes";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The places the visitor rents, across every org (GET /api/me/homes). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.homes.$get();
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "homes")("pageTitle")) };
}

const TONE = {
  current: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  upcoming: "bg-sky-50 text-sky-900 ring-sky-200",
  ended: "bg-slate-100 text-slate-800 ring-slate-200",
  cancelled: "bg-slate-100 text-slate-600 ring-slate-200",
} as const;

/** "due on day 5" / "due on the last day of the month" (31: lib/calendar.ts `dueDateOf`), in the page's language. */
export function useDueDay() {
  const t = useTranslations("homes");
  return (dueDay: number) => (dueDay >= LAST_DAY_OF_MONTH ? t("dueLast") : t("dueOn", { day: dueDay }));
}

export default function Homes({ loaderData }: Route.ComponentProps) {
  const homes = loaderData.results;
  const locale = useLocale();
  const t = useTranslations("homes");
  const tm = useTranslations("maintenance");
  const due = useDueDay();
  const bidi = useIsolate();
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("subtitle")} />
      {homes.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {homes.map((h) => (
            <li key={h.leaseId}>
              <Link
                to={`/homes/${h.apartmentId}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-teal-600 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
              >
                <span className="flex items-start justify-between gap-3">
                  <span className="min-w-0 font-semibold break-words text-slate-900">
                    {t("address", { address: bidi(h.address), unit: bidi(h.unitNumber) })}
                  </span>
                  <span
                    className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[h.status]}`}
                  >
                    {t(`status.${h.status}`)}
                  </span>
                </span>
                <span className="mt-1 block text-sm text-slate-600">
                  {bidi(h.city)} · {bidi(h.orgName)}
                </span>
                <span className="mt-3 block text-sm text-slate-800">
                  {t("rent", {
                    amount: formatMoney(h.rentAmount + h.chargesAmount, h.currency, locale),
                    due: due(h.dueDay),
                  })}{" "}
                  ·{" "}
                  {h.status === "ended" && h.endDate
                    ? t("endedOn", { date: formatDate(h.endDate, locale) })
                    : t(h.status === "upcoming" ? "startsOn" : "since", { date: formatDate(h.startDate, locale) })}
                </span>
                {h.unread > 0 ? (
                  <span className="mt-3 inline-flex rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white">
                    {t("unread", { count: h.unread })}
                  </span>
                ) : null}
              </Link>
              {h.status === "current" ? (
                <Link to={`/homes/${h.apartmentId}/report`} className={`mt-2 inline-block text-sm ${linkClass}`}>
                  {tm("report.open")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
