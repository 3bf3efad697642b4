import type { Messages } from "../shape";

export const toast: Messages["toast"] = {
  region: "Сповіщення",
  dismiss: "Закрити сповіщення",
};
