/**
 * The org room's frames (durable-objects/org-room.ts): something the dashboard shows changed, and a
 * connection's `hello`. They name only what changed, never data: the page reloads its figures through the
 * API, which checks access again. Imported by the Worker (the room, the publishers) and the browser
 * (app/components/use-org-room.ts). No zod: a frame of two fields is checked by `readOrgFrame`, the hello by
 * app/lib/live-socket.ts, and the dashboard ships no validation library for them
 * (issue 17 §5: zod's core is about 23 KiB gzip).
 */

/** What can change on the dashboard: money (payments reported, confirmed, rejected, ledger entries), applications, leases, maintenance requests. */
const ORG_CHANGES = ["payments", "applications", "leases", "maintenance"] as const;
export type OrgChange = (typeof ORG_CHANGES)[number];

/** `{ "type": "changed", "what": "payments" }`: reload the dashboard's data. */
export type OrgFrame = { type: "changed"; what: OrgChange };

/**
 * A connection's first frame: when the room last sent `changed` (ms since the epoch, the room's clock;
 * ./room-changes.ts). Read by the browser's socket for every room (app/lib/live-socket.ts `readHello`).
 */
export type OrgHello = { type: "hello"; changedAt: number };

/**
 * A parsed org-room message as a frame, or null when it is not one (another `type`, an unknown `what`, not
 * an object). Returns a fresh `{ type, what }`: other keys are dropped, as a zod object would.
 */
export function readOrgFrame(value: unknown): OrgFrame | null {
  if (typeof value !== "object" || value === null) return null;
  const { type, what } = value as Record<string, unknown>;
  const change = ORG_CHANGES.find((c) => c === what);
  return type === "changed" && change ? { type, what: change } : null;
}

/** The room of an org: `org-<orgId>` (the ticket names it, the gate checks it). */
export function orgRoomName(orgId: string): string {
  return `org-${orgId}`;
}

/** Whether a room name is an org room's (the socket registry holds apartment, application and org rooms). */
export function isOrgRoomName(name: string): boolean {
  return name.startsWith("org-");
}
