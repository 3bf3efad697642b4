import { getFormProps, useForm } from "@conform-to/react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { costInput } from "../../../worker/maintenance/contract";
import { formatMoney } from "../../../worker/lib/i18n/format";
import { MAINTENANCE_COST_KINDS } from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { accepted } from "../../lib/maintenance-forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { SelectField, TextField } from "../field";
import type { Cost } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

/**
 * Labour and materials logged on a request (staff and the assigned member; never shown to renters): what is
 * logged so far, and a form (kind, description, hours for labour, amount in the org's `currency`).
 */
export function CostLog({
  costs,
  currency,
  locked = null,
}: {
  costs: Cost[];
  currency: string;
  locked?: "finished" | "recorded" | null;
}) {
  const t = useTranslations("maintenanceStaff.work");
  const ta = useTranslations("maintenanceRequest.actions");
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof costInput>>({
    id: "cost",
    lastResult,
    // Known to Conform, so the form saved and reset offers labour again (not a blank select).
    defaultValue: { kind: "labour" },
  });
  return (
    <section aria-labelledby="costs-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="costs-title" className="text-lg font-semibold text-slate-900">
        {t("log")}
      </h2>
      <LoggedCosts costs={costs} />
      {locked ? (
        <p role="note" className="mt-3 text-sm text-slate-700" data-testid="costs-locked">
          {t(`locked.${locked}`)}
        </p>
      ) : (
        <fetcher.Form key={form.key} method="post" className="mt-3 grid gap-3 sm:grid-cols-2" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="cost" />
          <input type="hidden" name="currency" value={currency} />
          <div className="sm:col-span-2">
            <FormError message={formErrorOf(lastResult)} />
          </div>
          <SelectField label={t("kind")} field={fields.kind}>
            {MAINTENANCE_COST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t("hours")} field={fields.hours} inputMode="decimal" />
          <TextField
            label={t("description")}
            hint={t("descriptionHint")}
            field={fields.description}
            required
            className="sm:col-span-2"
          />
          <TextField label={t("amount", { currency })} field={fields.amount} inputMode="decimal" required />
          <div className="flex flex-wrap items-end gap-3">
            <Button variant="secondary" disabled={fetcher.state !== "idle"}>
              {t("saveLog")}
            </Button>
            {accepted(lastResult) && fetcher.state === "idle" ? (
              <p role="status" className="text-sm font-medium text-emerald-800">
                {ta("done.log")}
              </p>
            ) : null}
          </div>
        </fetcher.Form>
      )}
    </section>
  );
}

/** What is logged so far: kind, description, hours for labour, amount. */
function LoggedCosts({ costs }: { costs: Cost[] }) {
  const t = useTranslations("maintenanceStaff.work");
  const formatLocale = useFormatLocale();
  if (!costs.length) return null;
  return (
    <>
      <h3 className="mt-2 text-sm font-medium text-slate-700">{t("logEntries")}</h3>
      <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="costs">
        {costs.map((c) => (
          <li key={c.id} className="flex flex-wrap justify-between gap-2 py-2">
            <span dir="auto">
              {t(`kinds.${c.kind}`)} · {c.description}
              {c.hours !== null ? ` · ${t("hoursValue", { hours: c.hours })}` : ""}
            </span>
            <span className="font-medium tabular-nums">{formatMoney(c.amount, c.currency, formatLocale)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
