import { lazy } from "react";
import { buttonClass } from "../button";
import { ModalButton } from "../modal-button";
import type { ReasonProps } from "./reason-modal";

// The dialog (react-aria and its form) loads when it is first opened (issue 17 §5).
const ReasonModal = lazy(() => import("./reason-modal").then((m) => ({ default: m.ReasonModal })));

/**
 * An admin action behind a dialog that asks for its reason (every admin action needs one, kept in the audit
 * log): the trigger button, then a modal (react-aria, loaded on first open: focus moved in and kept, Escape
 * closes, focus returns)
 * with what the action does, the reason and the confirm button. Posts `intent`, `id` and `reason` to the
 * page's action through a fetcher and shows its refusal. Keyed by `intent`: once the action succeeded the
 * page's data changes the row's action (ban → unban), so this dialog is replaced, closed.
 */
export function ReasonDialog(props: ReasonProps) {
  return (
    <ModalButton
      key={`${props.intent}-${props.id}`}
      label={props.label}
      className={buttonClass(props.danger ? "danger" : "secondary", "px-3 py-1.5")}
      modal={(close) => <ReasonModal {...props} close={close} />}
    />
  );
}
