import type { Messages } from "../shape";

export const deleteSection: Messages["deleteSection"] = {
  confirmTitle: "בטוח?",
  delete: "מחיקה",
  cancel: "ביטול",
};
