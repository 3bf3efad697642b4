import { getFormProps, useForm } from "@conform-to/react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { actionInput } from "../../../worker/maintenance/contract";
import { formatTimeZone } from "../../../worker/lib/i18n/format";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { accepted } from "../../lib/maintenance-forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { TextAreaField, TextField } from "../field";
import { Disclosure } from "../ui/disclosure";
import type { RequestRow } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

/** Staff's "Schedule a visit" disclosure, open on arrival while the request waits for its visit (triaged). */
export function SchedulePanel({ request }: { request: RequestRow }) {
  const t = useTranslations("maintenanceStaff");
  return (
    <Disclosure summary={t("schedule.title")} defaultOpen={request.status === "triaged"}>
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <ScheduleForm request={request} />
      </div>
    </Disclosure>
  );
}

/** "Schedule a visit": a day and a time window in the org's time zone (named next to the fields). */
function ScheduleForm({ request }: { request: RequestRow }) {
  const t = useTranslations("maintenanceStaff");
  const ta = useTranslations("maintenanceRequest.actions");
  const formatLocale = useFormatLocale();
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof actionInput>>({ id: "schedule", lastResult });
  const visit = fields.scheduledFor.getFieldset();
  const done = fetcher.state === "idle" && accepted(lastResult);
  return (
    <fetcher.Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="transition" />
      <input type="hidden" name="action" value="schedule" />
      <FormError message={formErrorOf(lastResult)} />
      <p className="text-sm text-slate-600">
        {t("schedule.zone", { zone: formatTimeZone(request.timezone, formatLocale) })}
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <TextField
          label={t("schedule.date")}
          type="date"
          field={visit.date}
          required
          className="col-span-2 sm:col-span-1"
          defaultValue={request.scheduledFor?.date}
        />
        <TextField
          label={t("schedule.from")}
          type="time"
          field={visit.from}
          required
          defaultValue={request.scheduledFor?.from}
        />
        <TextField
          label={t("schedule.to")}
          type="time"
          field={visit.to}
          required
          defaultValue={request.scheduledFor?.to}
        />
      </div>
      <TextAreaField label={ta("note")} field={fields.note} rows={2} />
      <div className="flex flex-wrap items-center gap-3">
        <Button disabled={fetcher.state !== "idle"}>{ta("schedule")}</Button>
        {done ? (
          <p role="status" className="text-sm font-medium text-emerald-800">
            {ta("done.schedule")}
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
