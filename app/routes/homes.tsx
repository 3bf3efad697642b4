import { redirect } from "react-router";
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
import { LAST_DAY_OF_MONTH } from "../../worker/lib/date-input";
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
  const { results } = await res.json();
  const [only] = results;
  if (only && results.length === 1) throw redirect(`/homes/${only.apartmentId}`);
  const nextDue = Object.fromEntries(
    results
      .filter((h) => h.status === "current" || h.status === "upcoming")
      .map((h) => [h.leaseId, nextDueOf(h, todayIn(h.timezone))?.date ?? null]),
  );
  return {
    results,
    nextDue,
    onlinePayments: stripeConfigured(server.env),
    title: pageTitle(request, translate(request, "homes")("pageTitle")),
  };
}

/** "due on day 5" / "due on the last day of the month" (31: lib/calendar.ts `dueDateOf`), in the page's language. */
export function useDueDay() {
  const t = useTranslations("homes");
  return (dueDay: number) => (dueDay >= LAST_DAY_OF_MONTH ? t("dueLast") : t("dueOn", { day: dueDay }));
}

export default function Homes({ loaderData }: Route.ComponentProps) {
  const { results: homes, nextDue, onlinePayments } = loaderData;
  const t = useTranslations("homes");
  return (
    <>
      <PageHeader title={t("pageTitle")} subtitle={t("subtitle")} />
      {homes.length === 0 ? (
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

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
