import type { MaintenanceAction } from "../../../worker/maintenance/vocabulary";

/** How a lifecycle step's button looks: the way forward primary, closing secondary, cancelling a danger. */
export const ACTION_VARIANT: Record<MaintenanceAction, "primary" | "secondary" | "danger"> = {
  triage: "primary",
  schedule: "primary",
  start: "primary",
  resolve: "primary",
  close: "secondary",
  reopen: "secondary",
  cancel: "danger",
};
