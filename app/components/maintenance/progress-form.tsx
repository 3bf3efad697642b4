import { getFormProps, useForm } from "@conform-to/react";
import { useState } from "react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { actionInput } from "../../../worker/maintenance/contract";
import { dateIn, formatDate } from "../../../worker/lib/i18n/format";
import { REOPEN_WINDOW_DAYS, type MaintenanceAction } from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { accepted } from "../../lib/maintenance-forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { TextAreaField } from "../field";
import type { RequestRow } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

const VARIANT: Record<MaintenanceAction, "primary" | "secondary" | "danger"> = {
  triage: "primary",
  schedule: "primary",
  start: "primary",
  resolve: "primary",
  close: "secondary",
  reopen: "secondary",
  cancel: "danger",
};

/**
 * The lifecycle buttons the API says this reader may press now (`actions`), with one optional note: each
 * button posts intent `transition` with its `action`. Scheduling has its own form (a visit). After a renter's
 * resolution, says until when they may reopen (14 days, `REOPEN_WINDOW_DAYS`).
 */
export function ProgressForm({ request, actions }: { request: RequestRow; actions: MaintenanceAction[] }) {
  const t = useTranslations("maintenanceRequest.actions");
  const tr = useTranslations("maintenanceRequest.reopen");
  const formatLocale = useFormatLocale();
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof actionInput>>({ id: "progress", lastResult });
  const buttons = actions.filter((a) => a !== "schedule");
  // The button pressed last: the reply resets the form, the confirmation names what was done.
  const [pressed, setPressed] = useState<MaintenanceAction | null>(null);
  const done = fetcher.state === "idle" && accepted(lastResult) ? pressed : null;
  const reopenUntil =
    buttons.includes("reopen") && request.resolvedAt
      ? new Date(Date.parse(request.resolvedAt) + REOPEN_WINDOW_DAYS * 86_400_000).toISOString()
      : null;
  if (buttons.length === 0 && !done) return null;
  return (
    <section
      aria-labelledby="progress-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="progress-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {reopenUntil ? (
        <p className="mt-1 text-sm text-slate-700">
          {tr("title")}{" "}
          {tr("body", { date: formatDate(dateIn(reopenUntil, request.timezone) ?? reopenUntil, formatLocale) })}
        </p>
      ) : null}
      <fetcher.Form key={form.key} method="post" className="mt-3 space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="transition" />
        <FormError message={formErrorOf(lastResult)} />
        {buttons.length ? <TextAreaField label={t("note")} field={fields.note} rows={2} /> : null}
        <div className="flex flex-wrap gap-2">
          {buttons.map((a) => (
            <Button
              key={a}
              name="action"
              value={a}
              variant={VARIANT[a]}
              disabled={fetcher.state !== "idle"}
              onClick={() => setPressed(a)}
              className="min-h-11 grow sm:grow-0"
            >
              {t(a)}
            </Button>
          ))}
        </div>
        {done ? (
          <p role="status" className="text-sm font-medium text-emerald-800" data-testid="progress-done">
            {t(`done.${done}`)}
          </p>
        ) : null}
      </fetcher.Form>
    </section>
  );
}
