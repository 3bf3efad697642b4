import type { Messages } from "../shape";

export const leaseEnd: Messages["leaseEnd"] = {
  formLabel: "תאריך הפינוי של השכירות שהחלה ב־{date}",
  moveOut: "תאריך פינוי (היום האחרון)",
  setMoveOut: "קביעת תאריך פינוי",
  cancel: "ביטול השכירות הזו",
  leave: "יציאה מהשכירות הזו",
  open: "סיום השכירות",
};
