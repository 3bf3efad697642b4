import type { Messages } from "../shape";

export const leaseEnd: Messages["leaseEnd"] = {
  formLabel: "Move-out date of the lease from {date}",
  moveOut: "Move-out date (last day)",
  setMoveOut: "Set move-out date",
  cancel: "Cancel this lease",
  leave: "Leave this lease",
  open: "End the lease",
};
