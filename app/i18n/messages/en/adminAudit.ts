import type { Messages } from "../shape";

export const adminAudit: Messages["adminAudit"] = {
  orgId: "Organization (id)",
  actorUserId: "Person (id)",
  action: "Action or its start",
  targetId: "Object (id)",
};
