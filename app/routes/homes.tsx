import { Link, redirect } from "react-router";
import { formatDate } from "../../worker/lib/i18n/format";
import { buttonClass } from "../components/button";
import { useFormatLocale } from "../i18n/format-locale";
import { useTranslations } from "use-intl";
import { EmptyState, PageHeader } from "../components/page";
import { HomeCard } from "../components/home-card";
import { nextDueOf } from "../lib/money.server";
import { todayIn } from "../../worker/lib/calendar";
import { stripeConfigured } from "../../worker/lib/stripe";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/homes";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The places the visitor rents, across every org (GET /api/me/homes), each with its balance and next due
 * date (`nextDue`, by lease id, the org's `YYYY-MM-DD`). A renter with exactly one home lands on its page.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const server = getServer(context);
  const res = await server.api.me.homes.$get();
  if (!res.ok) return throwApiError(res, request);
  const { results, awaitingPayment } = await res.json();
  const [only] = results;
  if (only && results.length === 1 && awaitingPayment.length === 0) throw redirect(`/homes/${only.apartmentId}`);
  const nextDue = Object.fromEntries(
    results
      .filter((h) => h.status === "current" || h.status === "upcoming")
      .map((h) => [h.leaseId, nextDueOf(h, todayIn(h.timezone))?.date ?? null]),
  );
  return {
    results,
    awaitingPayment,
    nextDue,
    onlinePayments: stripeConfigured(server.env),
    title: pageTitle(request, translate(request, "homes")("pageTitle")),
  };
}

export default function Homes({ loaderData }: Route.ComponentProps) {
  const { results: homes, awaitingPayment, nextDue, onlinePayments } = loaderData;
  const t = useTranslations("homes");
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("subtitle")} />
      {awaitingPayment.length ? <AwaitingHomes awaiting={awaitingPayment} /> : null}
      {homes.length === 0 && awaitingPayment.length ? null : homes.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {homes.map((h) => (
            <li key={h.leaseId}>
              <HomeCard home={h} nextDue={nextDue[h.leaseId] ?? null} onlinePayments={onlinePayments} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Accepted applications waiting for their first payment: the home is not a lease yet, so each card says so
 * and leads to the application, where the first payment is asked for.
 */
function AwaitingHomes({ awaiting }: { awaiting: Route.ComponentProps["loaderData"]["awaitingPayment"] }) {
  const t = useTranslations("homes.awaiting");
  const locale = useFormatLocale();
  return (
    <ul className="mb-4 grid gap-3 sm:grid-cols-2" data-testid="awaiting-homes">
      {awaiting.map((a) => (
        <li key={a.applicationId} className="rounded-xl border border-teal-200 bg-teal-50 p-4 shadow-sm">
          <p className="text-sm font-semibold text-teal-900">{t("title")}</p>
          <p className="mt-1 font-semibold break-words text-slate-900" dir="auto">
            {a.listingTitle}
          </p>
          <p className="text-sm text-slate-700">
            {t("where", { city: a.city, org: a.orgName, date: formatDate(a.moveInDate, locale) })}
          </p>
          <p className="mt-2 text-sm text-slate-700">{t("body")}</p>
          <Link to={`/applications/${a.applicationId}`} className={buttonClass("primary", "mt-3")}>
            {t("action")}
          </Link>
        </li>
      ))}
    </ul>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
