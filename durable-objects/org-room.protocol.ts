import * as z from "zod/mini";

/**
 * The org room's one frame (durable-objects/org-room.ts): something the dashboard shows changed. It names
 * only what changed, never data: the page reloads its figures through the API, which checks access again.
 * Imported by the Worker (the room, the publishers) and the browser (app/components/use-org-room.ts): zod/mini,
 * so the dashboard ships only this check, not the whole library (issue 17 §5).
 */

/** What can change on the dashboard: money (payments reported, confirmed, rejected, ledger entries), applications, leases, maintenance requests. */
const ORG_CHANGES = ["payments", "applications", "leases", "maintenance"] as const;
export type OrgChange = (typeof ORG_CHANGES)[number];

/** `{ "type": "changed", "what": "payments" }`: reload the dashboard's data. */
export const orgFrame = z.object({ type: z.literal("changed"), what: z.enum(ORG_CHANGES) });
export type OrgFrame = z.infer<typeof orgFrame>;

/** The room of an org: `org-<orgId>` (the ticket names it, the gate checks it). */
export function orgRoomName(orgId: string): string {
  return `org-${orgId}`;
}

/** Whether a room name is an org room's (the socket registry holds apartment, application and org rooms). */
export function isOrgRoomName(name: string): boolean {
  return name.startsWith("org-");
}
