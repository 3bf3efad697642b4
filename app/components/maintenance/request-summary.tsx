import { Icon } from "../ui/icon";
import { useTranslations } from "use-intl";
import { formatDate, formatTimeZone } from "../../../worker/lib/i18n/format";
import { formatDayOf } from "../../lib/dates";
import { useIsolate } from "../../i18n/bidi";
import { OverdueBadge, StatusBadge, UrgencyBadge } from "./badges";
import type { Photo, RequestRow } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

/** "On 3 Dec 2026, 08:00–10:00 (Europe/Paris)": a visit, in the org's time zone, labelled with it. */
export function useVisitText() {
  const t = useTranslations("maintenanceRequest.request");
  const formatLocale = useFormatLocale();
  return (r: RequestRow) =>
    r.scheduledFor
      ? t("scheduled", {
          date: formatDate(r.scheduledFor.date, formatLocale, "long"),
          from: r.scheduledFor.from,
          to: r.scheduledFor.to,
          zone: formatTimeZone(r.timezone, formatLocale),
        })
      : null;
}

/** Who does the job: a team member, a vendor, or nobody yet (`null`). */
export function useAssigneeText() {
  const t = useTranslations("maintenanceRequest.request");
  const bidi = useIsolate();
  return (r: RequestRow) =>
    r.vendorName
      ? t("assignee", { name: bidi(r.vendorName) })
      : r.assigneeName
        ? t("assignee", { name: bidi(r.assigneeName) })
        : null;
}

/**
 * A request's head: title, status, urgency and overdue flag, where it is, who reported it when; then its
 * description, access (permission to enter, availability), the visit and who does it, and its photos.
 */
export function RequestSummary({ request: r, photos }: { request: RequestRow; photos: Photo[] }) {
  const t = useTranslations("maintenance");
  const tr = useTranslations("maintenanceRequest.request");
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  const visit = useVisitText()(r);
  const assignee = useAssigneeText()(r);
  const own = photos.filter((p) => p.commentId === null);
  return (
    <section
      aria-labelledby="request-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="flex flex-wrap items-center gap-2" data-testid="request-status">
        <StatusBadge status={r.status} />
        <UrgencyBadge urgency={r.urgency} />
        {r.overdue ? <OverdueBadge /> : null}
        <span className="text-xs text-slate-600">{t(`category.${r.category}`)}</span>
      </div>
      <h1 id="request-title" className="mt-2 text-2xl font-semibold break-words text-slate-900" dir="auto">
        {r.title}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {tr("reported", {
          date: formatDayOf(r.createdAt, formatLocale, r.timezone),
          name: bidi(r.reporterName),
        })}
      </p>
      <p className="mt-3 text-sm whitespace-pre-line text-slate-800" dir="auto">
        {r.description}
      </p>
      <ul className="mt-4 space-y-2 text-sm text-slate-800">
        <li className="flex items-start gap-2">
          <Icon name="map-pin" className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>
            {t("where", { property: bidi(r.propertyName), unit: bidi(r.unitNumber) })} — {bidi(r.address)}
          </span>
        </li>
        <li className="flex items-start gap-2">
          <Icon name="door-open" className="mt-0.5 size-4 shrink-0 text-slate-500" />
          <span>
            {r.entryPermission ? tr("entryYes") : tr("entryNo")}.{" "}
            {r.availability ? tr("availability", { text: bidi(r.availability) }) : tr("noAvailability")}
          </span>
        </li>
        {visit ? (
          <li className="flex items-start gap-2" data-testid="request-visit">
            <Icon name="calendar-clock" className="mt-0.5 size-4 shrink-0 text-slate-500" />
            <span>{visit}</span>
          </li>
        ) : null}
        {assignee ? (
          <li className="flex items-start gap-2" data-testid="request-assignee">
            <Icon name="user-round" className="mt-0.5 size-4 shrink-0 text-slate-500" />
            <span>{assignee}</span>
          </li>
        ) : null}
      </ul>
      {own.length ? <PhotoGrid photos={own} label={tr("photos")} /> : null}
    </section>
  );
}

/** Photos as thumbnails, each opening the full image in a new tab. */
function PhotoGrid({ photos, label }: { photos: Photo[]; label: string }) {
  const t = useTranslations("maintenanceRequest.request");
  return (
    <div className="mt-4">
      <h2 className="text-sm font-semibold text-slate-900">{label}</h2>
      <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4" data-testid="request-photos">
        {photos.map((p, i) => (
          <li key={p.id}>
            <a
              href={p.url}
              target="_blank"
              rel="noreferrer"
              className="block focus-visible:outline-2 focus-visible:outline-teal-700"
            >
              <img
                src={p.thumbUrl}
                alt={t("photoAlt", { number: i + 1 })}
                loading="lazy"
                className="aspect-square w-full rounded-lg object-cover ring-1 ring-slate-200"
              />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
