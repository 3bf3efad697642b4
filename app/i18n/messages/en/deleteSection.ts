import type { Messages } from "../shape";

export const deleteSection: Messages["deleteSection"] = {
  confirmTitle: "Are you sure?",
  delete: "Delete",
  cancel: "Cancel",
};
