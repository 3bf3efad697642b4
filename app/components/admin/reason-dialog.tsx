import { Button as AriaButton, Dialog, DialogTrigger, Modal, ModalOverlay } from "react-aria-components";
import { DialogTitleBar } from "../dialog-title-bar";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../alert";
import { Button, buttonClass } from "../button";
import type { AdminActionReply } from "./reply";

type Props = { intent: string; id: string; label: string; title: string; hint: string; danger?: boolean };

/**
 * An admin action behind a dialog that asks for its reason (every admin action needs one, kept in the audit
 * log): the trigger button, then a modal (react-aria: focus moved in and kept, Escape closes, focus returns)
 * with what the action does, the reason and the confirm button. Posts `intent`, `id` and `reason` to the
 * page's action through a fetcher and shows its refusal. Keyed by `intent`: once the action succeeded the
 * page's data changes the row's action (ban → unban), so this dialog is replaced, closed.
 */
export function ReasonDialog(props: Props) {
  return <ReasonDialogFor key={`${props.intent}-${props.id}`} {...props} />;
}

function ReasonDialogFor(props: Props) {
  return (
    <DialogTrigger>
      <AriaButton className={buttonClass(props.danger ? "danger" : "secondary", "px-3 py-1.5")}>
        {props.label}
      </AriaButton>
      <ModalOverlay
        isDismissable
        className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/40 sm:items-center"
      >
        <Modal className="max-h-[90vh] w-full overflow-y-auto rounded-t-2xl bg-white p-4 shadow-xl sm:max-w-lg sm:rounded-2xl sm:p-6">
          <Dialog className="outline-none">{({ close }) => <ReasonForm {...props} close={close} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ReasonForm({ intent, id, label, title, hint, danger = false, close }: Props & { close: () => void }) {
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
