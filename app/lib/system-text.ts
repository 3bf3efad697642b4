import type { Activity } from "../../worker/rooms/contract";
import { disputeStageOf, type DisputeStage } from "../../worker/rooms/vocabulary";

/**
 * What the server writes for people, as kinds (never English sentences), rendered in the reader's language
 * through the `systemText` catalogue (app/components/activity-text.tsx; an application's history:
 * app/components/history-words.ts). Rows written before kinds were
 * stored are recognised too: a legacy English dispute sentence maps back to its stage (rooms/contract), and
 * a Stripe ledger entry is known by its `reasonKind` (rent/contract `ledgerSystemReasonOf`, from its
 * `sourceRef`) whatever English `reason` it stored.
 */

/** The catalogue key of a feed entry the server wrote (`systemText.disputes.<stage>`), or null for people's notes. */
export function systemActivityKey(a: Pick<Activity, "kind" | "description">): `disputes.${DisputeStage}` | null {
  const stage = disputeStageOf(a);
  return stage ? `disputes.${stage}` : null;
}
