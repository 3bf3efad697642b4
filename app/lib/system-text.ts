import { SYSTEM_PAYMENTS_ACTOR } from "../../worker/applications/vocabulary";
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

/**
 * An application history row the server wrote (a confirmation by the first payment online): the payment's
 * reference, from the stored reference or a legacy "Paid online (<reference>)" note; null for people's rows.
 */
export function onlinePaymentHistory(h: { actorUserId: string; note: string | null }): { ref: string } | null {
  if (h.actorUserId !== SYSTEM_PAYMENTS_ACTOR) return null;
  const legacy = /^Paid online \((.*)\)$/.exec(h.note ?? "");
  return { ref: legacy?.[1] ?? h.note ?? "" };
}
