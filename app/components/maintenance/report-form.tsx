import { getFormProps, useForm } from "@conform-to/react";
import { Icon } from "../ui/icon";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { createRequestInput } from "../../../worker/maintenance/contract";
import {
  MAINTENANCE_CATEGORIES,
  MAINTENANCE_URGENCIES,
  MAX_PHOTOS_PER_MESSAGE,
  type MaintenanceUrgency,
} from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { FormError } from "../alert";
import { Button, buttonClass } from "../button";
import { SelectField, TextAreaField, TextField } from "../field";
import { PhotoPicker } from "../photo-picker";

/**
 * "Report a problem": urgency first — an emergency shows whom to call (the org's `emergencyPhone`) before the
 * rest of the form, with CSS alone (`:has()`), so it works before the page is interactive — then the kind of
 * problem, a title, a description, photos (several at once, or the camera), permission to enter and
 * availability. Posts intent `report` (multipart) to the page's action, which goes to the new request's page.
 */
export function ReportForm({ emergencyPhone }: { emergencyPhone: string | null }) {
  const t = useTranslations("maintenance");
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof createRequestInput>>({ id: "report", lastResult });
  const busy = fetcher.state !== "idle";
  return (
    <fetcher.Form
      method="post"
      encType="multipart/form-data"
      className="group space-y-5"
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="report" />
      <FormError message={formErrorOf(lastResult)} />
      <UrgencyChoice name={fields.urgency.name} error={fields.urgency.errors?.[0]} />
      <EmergencyCall phone={emergencyPhone} />
      <SelectField label={t("report.category")} field={fields.category} required defaultValue="">
        <option value="" disabled>
          {t("report.categoryChoose")}
        </option>
        {MAINTENANCE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("report.summary")}
        hint={t("report.summaryHint")}
        field={fields.title}
        required
        maxLength={120}
      />
      <TextAreaField
        label={t("report.description")}
        hint={t("report.descriptionHint")}
        field={fields.description}
        required
        rows={4}
      />
      <PhotoPicker
        name="photos"
        id="report-photos"
        label={t("report.photos")}
        camera
        max={MAX_PHOTOS_PER_MESSAGE}
        sending={busy}
      />
      <div className="flex items-start gap-3">
        <input
          id="report-entry"
          type="checkbox"
          name={fields.entryPermission.name}
          className="mt-1 size-5 shrink-0 accent-teal-700"
          aria-describedby="report-entry-hint"
        />
        <div>
          <label htmlFor="report-entry" className="text-sm font-medium text-slate-800">
            {t("report.entryPermission")}
          </label>
          <p id="report-entry-hint" className="text-sm text-slate-600">
            {t("report.entryPermissionHint")}
          </p>
        </div>
      </div>
      <TextField label={t("report.availability")} hint={t("report.availabilityHint")} field={fields.availability} />
      <Button disabled={busy} className="w-full sm:w-auto">
        {busy ? t("report.sending") : t("report.submit")}
      </Button>
    </fetcher.Form>
  );
}

/** The four urgencies as large radio cards, each with what it means; "normal" is chosen to start with. */
function UrgencyChoice({ name, error }: { name: string; error?: string }) {
  const t = useTranslations("maintenance");
  return (
    <fieldset aria-describedby={error ? "urgency-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("report.urgency")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {MAINTENANCE_URGENCIES.map((u: MaintenanceUrgency) => (
          <label
            key={u}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:ring-1 has-checked:ring-teal-700"
          >
            <input
              id={`urgency-${u}`}
              type="radio"
              name={name}
              value={u}
              defaultChecked={u === "normal"}
              className="mt-1 size-4 shrink-0 accent-teal-700"
            />
            <span>
              <span className="block text-sm font-semibold text-slate-900">{t(`urgency.${u}`)}</span>
              <span className="block text-sm text-slate-600">{t(`urgencyHint.${u}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="urgency-error" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** "Call this number" (the org's emergency phone), shown by CSS alone once "Emergency" is chosen. */
function EmergencyCall({ phone }: { phone: string | null }) {
  const t = useTranslations("maintenance");
  return (
    <div
      role="alert"
      data-testid="emergency-call"
      className="hidden rounded-xl border-2 border-red-300 bg-red-50 p-4 text-red-900 group-has-[#urgency-emergency:checked]:block"
    >
      <p className="text-base font-semibold">{t("report.emergencyTitle")}</p>
      {phone ? (
        <a href={`tel:${phone.replace(/[^+\d]/g, "")}`} className={buttonClass("danger", "mt-3 text-base")}>
          <Icon name="phone" className="size-5" />
          {t("report.emergencyCall", { phone: phone })}
        </a>
      ) : (
        <p className="mt-2 text-sm">{t("report.emergencyNoPhone")}</p>
      )}
      <p className="mt-3 text-sm">{t("report.emergencyThen")}</p>
    </div>
  );
}
