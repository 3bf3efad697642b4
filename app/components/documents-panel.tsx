import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { Template } from "../../worker/documents/templates";
import type { LeaseKind } from "../../worker/lib/french-lease-law";
import { formatDayOf } from "../lib/dates";
import { linkClass } from "./button";
import { NewAgreementForm } from "./new-agreement-form";
import { useFormatLocale } from "../i18n/format-locale";
import { StatusBadge } from "./status-badge";

export type DocumentSummary = {
  id: string;
  leaseId: string;
  title: string;
  status: string;
  createdAt: string;
  signedAt: string | null;
};
type Lease = {
  id: string;
  startDate: string;
  endDate: string | null;
  status: string;
  kind: LeaseKind;
  renters: { joinedAt: string | null }[];
};

/** A template as the picker names it (./new-agreement-form.tsx). */
type TemplateChoice = Pick<Template, "name" | "kind" | "furnished" | "locale">;

/**
 * The apartment's rental agreements; editors create one from a template for a lease whose renters joined.
 * Days are those of the org's `timeZone` (IANA).
 */
export function DocumentsPanel({
  documents,
  timeZone = "UTC",
  leases = [],
  templates = [],
  canCreate = false,
  busy = false,
  error,
}: {
  documents: DocumentSummary[];
  timeZone?: string;
  leases?: Lease[];
  templates?: TemplateChoice[];
  canCreate?: boolean;
  busy?: boolean;
  /** Why the last "New agreement" was refused, if it was. */
  error?: string;
}) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("documentsPanel");
  return (
    <section aria-labelledby="documents-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="documents-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {documents.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <Link to={`/documents/${d.id}`} className={linkClass} dir="auto">
                {d.title}
              </Link>
              <span className="flex items-center gap-2 text-slate-600">
                {d.signedAt
                  ? t("signedOn", { date: formatDayOf(d.signedAt, formatLocale, timeZone) })
                  : t("createdOn", { date: formatDayOf(d.createdAt, formatLocale, timeZone) })}{" "}
                <StatusBadge status={d.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {canCreate && <NewAgreementForm leases={leases} templates={templates} busy={busy} error={error} />}
    </section>
  );
}
