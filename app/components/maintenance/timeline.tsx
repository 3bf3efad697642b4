import { useTranslations } from "use-intl";
import { formatDateTime } from "../../../worker/lib/i18n/format";
import { useIsolate } from "../../i18n/bidi";
import type { HistoryEntry } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";
import { usePersonName } from "../../i18n/person-name";

/** The request's history, oldest first: each status it went to, who moved it, when (org's time zone), why. */
export function Timeline({ history, timeZone }: { history: HistoryEntry[]; timeZone: string }) {
  const tr = useTranslations("maintenanceRequest.request");
  const tst = useTranslations("maintenanceRequest.status");
  const personName = usePersonName();
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  return (
    <section
      aria-labelledby="timeline-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="timeline-title" className="text-lg font-semibold text-slate-900">
        {tr("timeline")}
      </h2>
      {history.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{tr("timelineEmpty")}</p>
      ) : (
        <ol className="mt-3 space-y-4 border-s-2 border-slate-200 ps-4" data-testid="timeline">
          {history.map((h) => (
            <li key={h.id} className="relative" data-to-status={h.toStatus}>
              <span
                aria-hidden="true"
                className="absolute -start-[1.4rem] top-1.5 size-2.5 rounded-full bg-teal-700 ring-4 ring-white"
              />
              <p className="text-sm font-semibold text-slate-900">
                {h.action === "rate"
                  ? tr("rated", { name: bidi(personName(h.actorName)) })
                  : tr("event", { status: tst(h.toStatus), name: bidi(personName(h.actorName)) })}
              </p>
              <p className="text-xs text-slate-600">
                <time dateTime={h.at}>{formatDateTime(h.at, formatLocale, timeZone)}</time>
              </p>
              {h.note ? (
                <p className="mt-1 text-sm whitespace-pre-line text-slate-800" dir="auto">
                  {h.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
