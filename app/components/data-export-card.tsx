import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";
import { Alert } from "./alert";
import { Button, buttonClass } from "./button";
import { Card } from "./page";

/** An export as GET /api/me/exports lists it (worker/exports/contract.ts `exportView`). */
export type DataExportRow = {
  id: string;
  status: "requested" | "building" | "ready" | "failed";
  createdAt: string;
  readyAt: string | null;
  expiresAt: string | null;
  bytes: number | null;
  downloadUrl: string | null;
};

/** Times on the account page are on the clock of France (our market), labelled with the zone's offset. */
const TIME_ZONE = "Europe/Paris";

const STATUS_BADGE: Record<DataExportRow["status"], string> = {
  requested: "bg-amber-50 text-amber-900 ring-amber-200",
  building: "bg-amber-50 text-amber-900 ring-amber-200",
  ready: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  failed: "bg-rose-50 text-rose-900 ring-rose-200",
};

/**
 * "Your data" (issue 16 §3; GDPR art. 15 and 20): ask for a copy of everything Rentline holds about you (the
 * ZIP is built in the background and its link emailed), and the exports with their status and, while valid,
 * their download link. Posts `intent=export` to the account page's action (a plain form: works without JS).
 */
export function DataExportCard({ exports, error }: { exports: DataExportRow[]; error: string | null }) {
  const t = useTranslations("accountExport");
  const formatLocale = useFormatLocale();
  const when = (instant: string) => formatDateTime(instant, formatLocale, TIME_ZONE);
  const size = new Intl.NumberFormat(formatLocale, { style: "unit", unit: "megabyte", maximumFractionDigits: 2 });
  const megabytes = (bytes: number) => size.format(Math.max(bytes / 1_000_000, 0.01));
  const busy = useNavigation().formData?.get("intent") === "export";
  const inProgress = exports.some((e) => e.status === "requested" || e.status === "building");
  return (
    <Card title={t("title")} headingId="data-export-heading" description={t("description")}>
      {error ? (
        <Alert tone="error" className="mb-4">
          {error}
        </Alert>
      ) : null}
      <Form method="post" className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="intent" value="export" />
        <Button disabled={busy || inProgress} pending={busy}>
          {t("request")}
        </Button>
        {inProgress ? <p className="text-sm text-slate-600">{t("inProgress")}</p> : null}
      </Form>
      {exports.length ? (
        <ul className="mt-4 divide-y divide-slate-100 border-t border-slate-100" aria-label={t("listLabel")}>
          {exports.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {t("requestedAt", { date: when(e.createdAt) })}
                  <span
                    className={`ms-2 inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_BADGE[e.status]}`}
                  >
                    {t(`status.${e.status}`)}
                  </span>
                </p>
                {e.status === "ready" && e.expiresAt ? (
                  <p className="text-sm text-slate-600">
                    {e.downloadUrl ? t("validUntil", { date: when(e.expiresAt) }) : t("expired")}
                    {e.bytes !== null ? ` · ${megabytes(e.bytes)}` : null}
                  </p>
                ) : null}
                {e.status === "failed" ? <p className="text-sm text-slate-600">{t("failed")}</p> : null}
              </div>
              {e.downloadUrl ? (
                <a href={e.downloadUrl} download className={buttonClass("secondary")}>
                  {t("download")}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
