import { getFormProps, useForm } from "@conform-to/react";
import type { FetcherWithComponents } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { actionInput } from "../../../worker/maintenance/contract";
import type { MaintenanceAction } from "../../../worker/maintenance/vocabulary";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { FormError } from "../alert";
import { Button } from "../button";
import { TextAreaField } from "../field";
import { ACTION_VARIANT } from "./progress-variant";

/**
 * One lifecycle step's confirmation (intent `transition`, `action`, an optional `note`), loaded when the step
 * is chosen in the progress panel (app/components/maintenance/progress-panel.tsx), posting with the panel's
 * `fetcher` (the panel reads its reply); `onBack` to choose another step. A refusal (the request moved on, a
 * note too long) shows here.
 */
export function ProgressForm({
  action,
  fetcher,
  onBack,
}: {
  action: MaintenanceAction;
  fetcher: FetcherWithComponents<FormReply>;
  onBack: () => void;
}) {
  const t = useTranslations("maintenanceRequest.actions");
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof actionInput>>({ id: `progress-${action}`, lastResult });
  const busy = fetcher.state !== "idle";
  return (
    <fetcher.Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="transition" />
      <input type="hidden" name="action" value={action} />
      <FormError message={formErrorOf(lastResult)} />
      <TextAreaField label={t("note")} hint={t("confirm", { step: t(action) })} field={fields.note} rows={2} />
      <div className="flex flex-wrap gap-2">
        <Button variant={ACTION_VARIANT[action]} disabled={busy} className="min-h-11 grow sm:grow-0">
          {t(action)}
        </Button>
        <Button type="button" variant="secondary" onClick={onBack} disabled={busy} className="min-h-11 grow sm:grow-0">
          {t("back")}
        </Button>
      </div>
    </fetcher.Form>
  );
}
