import type { Side } from "../domain";
import type { ApplicationStatus } from "./schema";

/**
 * The application lifecycle, as data: which side may take which action from which status. Everything
 * else is refused — by side with 403, by status with 409 (the route never writes without this table's
 * yes, and the write itself is conditional on the status it saw, so two racing actions cannot both win).
 * Listings use the same shape (worker/listings/state.ts).
 *
 *   pending ──accept──▶ accepted_pending_payment ──confirm (first payment received)──▶ confirmed
 *      │                        │
 *      ├─withdraw (renter)──────┼──▶ withdrawn
 *      └─reject (landlord)──────┴──▶ rejected
 */
export const applicationActions = ["withdraw", "reject", "accept", "confirm"] as const;
export type ApplicationAction = (typeof applicationActions)[number];

const TRANSITIONS: Record<ApplicationAction, { by: Side; from: readonly ApplicationStatus[]; to: ApplicationStatus }> =
  {
    withdraw: { by: "renter", from: ["pending", "accepted_pending_payment"], to: "withdrawn" },
    reject: { by: "landlord", from: ["pending", "accepted_pending_payment"], to: "rejected" },
    accept: { by: "landlord", from: ["pending"], to: "accepted_pending_payment" },
    confirm: { by: "landlord", from: ["accepted_pending_payment"], to: "confirmed" },
  };

export type Verdict = { ok: true; to: ApplicationStatus } | { ok: false; reason: "side" | "status" };

export function decide(action: ApplicationAction, side: Side, status: ApplicationStatus): Verdict {
  const t = TRANSITIONS[action];
  if (t.by !== side) return { ok: false, reason: "side" };
  if (!t.from.includes(status)) return { ok: false, reason: "status" };
  return { ok: true, to: t.to };
}
