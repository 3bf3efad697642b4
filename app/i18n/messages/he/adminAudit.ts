import type { Messages } from "../shape";

export const adminAudit: Messages["adminAudit"] = {
  orgId: "ארגון (מזהה)",
  actorUserId: "אדם (מזהה)",
  action: "פעולה או תחילתה",
  targetId: "פריט (מזהה)",
};
