import type { Messages } from "../shape";

export const deleteSection: Messages["deleteSection"] = {
  confirmTitle: "Ви впевнені?",
  delete: "Видалити",
  cancel: "Скасувати",
};
