import type { Messages } from "../shape";

export const adminAudit: Messages["adminAudit"] = {
  orgId: "Організація (ідентифікатор)",
  actorUserId: "Особа (ідентифікатор)",
  action: "Дія або її початок",
  targetId: "Об’єкт (ідентифікатор)",
};
