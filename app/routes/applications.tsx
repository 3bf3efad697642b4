import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { useApplicationStatus } from "../components/application-status";
import { linkClass } from "../components/button";
import { Card, EmptyState } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formatDate, formatDateTime } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/applications";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";
import { useHistoryWords } from "../components/history-words";
import { useFormatLocale } from "../i18n/format-locale";
import { APPLICATION_TIME_ZONE } from "../../worker/applications/vocabulary";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The renter's applications across landlords, each with its status history. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.applications.$get();
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "applications")("pageTitle")) };
}

export default function Applications({ loaderData }: Route.ComponentProps) {
  const { results } = loaderData;
  const formatLocale = useFormatLocale();
  const t = useTranslations("applications");
  const status = useApplicationStatus();
  const bidi = useIsolate();
  const words = useHistoryWords();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("pageTitle")}</h1>
      {results.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          {t.rich("emptyBody", {
            link: (chunks) => (
              <Link to="/dossier" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        results.map((a) => (
          <Card key={a.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link to={`/applications/${a.id}`} className={`${linkClass} text-lg`}>
                {a.listingTitle}
              </Link>
              <span
                className="rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800"
                data-status={a.status}
              >
                {status(a.status)}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {t("summary", {
                city: bidi(a.city),
                room: bidi(a.roomName),
                date: formatDate(a.moveInDate, formatLocale),
                months: a.durationMonths,
              })}
            </p>
            <ol className="mt-2 space-y-1 text-sm text-slate-700">
              {a.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at}>{formatDateTime(h.at, formatLocale, APPLICATION_TIME_ZONE)}</time> —{" "}
                  {t("historyLine", { status: status(h.toStatus), actor: bidi(words(h).actor) })}
                </li>
              ))}
            </ol>
            {a.status === "confirmed" ? (
              <Link to={`/homes/${a.apartmentId}`} className={`${linkClass} mt-2 inline-block`}>
                {t("openHome")}
              </Link>
            ) : null}
          </Card>
        ))
      )}
    </div>
  );
}
