import { Link } from "react-router";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatDate, useLocale } from "../lib/locale";
import { formatMoney } from "../../worker/lib/money";
import { dueDayText } from "../../worker/lib/date-input";
import type { Route } from "./+types/homes";

export const meta: Route.MetaFunction = () => [{ title: "My homes — Rentline" }];

/** The places the visitor rents, across every org (GET /api/me/homes). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.homes.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

const STATUS = {
  current: { label: "Current", tone: "bg-emerald-50 text-emerald-900 ring-emerald-200" },
  upcoming: { label: "Upcoming", tone: "bg-sky-50 text-sky-900 ring-sky-200" },
  ended: { label: "Ended", tone: "bg-slate-100 text-slate-800 ring-slate-200" },
  cancelled: { label: "Cancelled", tone: "bg-slate-100 text-slate-600 ring-slate-200" },
} as const;

export default function Homes({ loaderData }: Route.ComponentProps) {
  const homes = loaderData.results;
  const locale = useLocale();
  return (
    <>
      <PageHeader title="My homes" subtitle="The places you rent through Rentline." />
      {homes.length === 0 ? (
        <EmptyState title="No homes yet">When a landlord adds you to a lease, it appears here.</EmptyState>
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
                    {h.address}, unit {h.unitNumber}
                  </span>
                  <span
                    className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS[h.status].tone}`}
                  >
                    {STATUS[h.status].label}
                  </span>
                </span>
                <span className="mt-1 block text-sm text-slate-600">
                  {h.city} · {h.orgName}
                </span>
                <span className="mt-3 block text-sm text-slate-800">
                  {formatMoney(h.rentAmount, h.currency, locale)} a month, {dueDayText(h.dueDay)} ·{" "}
                  {h.status === "ended" && h.endDate
                    ? `ended ${formatDate(h.endDate, locale)}`
                    : `${h.status === "upcoming" ? "starts" : "since"} ${formatDate(h.startDate, locale)}`}
                </span>
                {h.unread > 0 ? (
                  <span className="mt-3 inline-flex rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white">
                    {h.unread === 1 ? "1 unread message" : `${h.unread} unread messages`}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
