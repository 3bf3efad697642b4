import type { ServerFrame } from "./apartment-room.protocol";

/**
 * The apartment room's notice that a maintenance request changed, as a request's page reads it
 * (app/components/maintenance/use-request-live.ts): the page needs only the frame's type and the request's
 * id (it reloads the request from the API, which checks access again), so it ships no validation library for
 * it (issue 17 §5), like the org room's frame (./org-room.protocol.ts `readOrgFrame`). The frame's full shape
 * is ./apartment-room.protocol.ts `ServerFrame`'s `maintenance` member.
 */
export type MaintenanceNotice = Pick<Extract<ServerFrame, { type: "maintenance" }>, "type" | "requestId">;

/** A parsed room message as a maintenance notice, or null when it is another frame (or not a frame). */
export function readMaintenanceNotice(value: unknown): MaintenanceNotice | null {
  if (typeof value !== "object" || value === null) return null;
  const { type, requestId } = value as Record<string, unknown>;
  return type === "maintenance" && typeof requestId === "string" ? { type, requestId } : null;
}
