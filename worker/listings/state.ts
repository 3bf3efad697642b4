import type { Side } from "../domain";
import type { ListingStatus } from "./schema";

/**
 * The listing lifecycle, as data (the same shape as worker/applications/state.ts): which side may take
 * which action from which status. `decide` is pure: the wrong side is refused (403), a status the action
 * does not start from is a 409 naming the current status. The write itself is conditional on the statuses
 * the table allows, so a race cannot slip past it.
 *
 *   draft ──publish──▶ published ──close──▶ closed ──publish (relist)──▶ published
 */
export type ListingAction = "publish" | "close";

export const TRANSITIONS: Record<ListingAction, { by: Side; from: readonly ListingStatus[]; to: ListingStatus }> = {
  publish: { by: "landlord", from: ["draft", "closed"], to: "published" },
  close: { by: "landlord", from: ["published"], to: "closed" },
};

export type Verdict = { ok: true; to: ListingStatus } | { ok: false; reason: "side" | "status" };

export function decide(action: ListingAction, side: Side, status: ListingStatus): Verdict {
  const t = TRANSITIONS[action];
  if (t.by !== side) return { ok: false, reason: "side" };
  if (!t.from.includes(status)) return { ok: false, reason: "status" };
  return { ok: true, to: t.to };
}
