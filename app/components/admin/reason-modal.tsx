import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../alert";
import { Button } from "../button";
import { DialogTitleBar } from "../dialog-title-bar";
import { ModalSheet } from "../modal-sheet";
import type { AdminActionReply } from "./reply";

/** An admin action's button text, the dialog's title and hint, and what it posts (`intent`, `id`). */
export type ReasonProps = { intent: string; id: string; label: string; title: string; hint: string; danger?: boolean };

/** The reason dialog (./reason-dialog.tsx opens it, loaded on first open). */
export function ReasonModal(props: ReasonProps & { close: () => void }) {
  return (
    <ModalSheet onClose={props.close}>
      <ReasonForm {...props} />
    </ModalSheet>
  );
}

function ReasonForm({ intent, id, label, title, hint, danger = false, close }: ReasonProps & { close: () => void }) {
  const t = useTranslations("admin");
  const fetcher = useFetcher<AdminActionReply>();
  const busy = fetcher.state !== "idle";
  const reply = fetcher.data;
  const hintId = `reason-hint-${intent}-${id}`;
  return (
    <fetcher.Form method="post" className="space-y-4">
      <DialogTitleBar title={title} closeLabel={t("reason.cancel")} onClose={close} />
      <p className="text-sm text-slate-700">{hint}</p>
      {reply && !reply.ok ? <Alert tone="error">{reply.error}</Alert> : null}
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <label className="block text-sm font-medium text-slate-900">
        {t("reason.label")}
        <textarea
          name="reason"
          required
          minLength={3}
          maxLength={500}
          rows={3}
          aria-describedby={hintId}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm font-normal"
        />
      </label>
      <p id={hintId} className="text-xs text-slate-600">
        {t("reason.hint")}
      </p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={close}>
          {t("reason.cancel")}
        </Button>
        <Button variant={danger ? "danger" : "primary"} pending={busy}>
          {busy ? t("working") : label}
        </Button>
      </div>
    </fetcher.Form>
  );
}
