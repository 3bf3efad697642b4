import { can, type Actor, type Permission } from "../auth/policy";
import type { Side } from "../domain";
import { Conflict, Forbidden } from "../lib/errors";
import type { DocumentStatus } from "./schema";

/**
 * The agreement lifecycle, as data: which action may be taken from which status, and with which permission
 * (worker/auth/policy.ts). Everything else is refused — by status with 409, by permission (or by not being
 * one of the agreement's renters) with 403. The write itself is conditional on the statuses listed here, so
 * two racing requests cannot both win.
 *
 *   draft ─render─▶ rendering ─(PDF job)─▶ ready ─send─▶ out_for_signature ─countersign─▶ signed
 *                       └─(PDF job fails for good)─▶ failed      (after each renter's sign)
 *   edit, completeDetails: draft | ready | failed ─▶ draft      render: draft | ready | failed ─▶ rendering
 *   finalize: signed ─▶ signed (queues the final PDF again)
 *
 * The PDF jobs' own steps (rendering ─▶ ready | failed) are guarded UPDATEs in ./jobs.ts, not actions.
 */
export const documentActions = [
  "edit",
  "completeDetails",
  "render",
  "finalize",
  "send",
  "sign",
  "countersign",
] as const;
export type DocumentAction = (typeof documentActions)[number];

type Transition = {
  from: readonly DocumentStatus[];
  to: DocumentStatus;
  permission: Permission;
  /** The actor must be one of the agreement's renters (not merely a renter of the lease). */
  party?: true;
};

export const TRANSITIONS = {
  /** The landlord side edits the terms; a rendered PDF no longer matches them. */
  edit: { from: ["draft", "ready", "failed"], to: "draft", permission: "agreement.edit" },
  /** A renter completes their own entry. */
  completeDetails: { from: ["draft", "ready", "failed"], to: "draft", permission: "agreement.sign", party: true },
  /** Queue the unsigned PDF (also the retry of a failed render). */
  render: { from: ["draft", "ready", "failed"], to: "rendering", permission: "agreement.edit" },
  /** Queue the final PDF of a signed agreement again (its status does not change). */
  finalize: { from: ["signed"], to: "signed", permission: "agreement.edit" },
  send: { from: ["ready"], to: "out_for_signature", permission: "agreement.edit" },
  /** One renter signs; the agreement stays out for signature until the countersignature. */
  sign: { from: ["out_for_signature"], to: "out_for_signature", permission: "agreement.sign", party: true },
  /** The landlord side signs last, which makes the agreement signed. */
  countersign: { from: ["out_for_signature"], to: "signed", permission: "agreement.countersign" },
} as const satisfies Record<DocumentAction, Transition>;

/** Who acts, as the lifecycle sees them: their permissions (role or renter) and their account. */
export type DocumentActor = Actor & { userId: string; side: Side };
/** What the lifecycle needs of an agreement. */
export type DocumentState = { status: DocumentStatus; templateFields: { renters: readonly { userId: string }[] } };

export type Verdict = { ok: true; to: DocumentStatus } | { ok: false; reason: "status" | "permission" | "party" };

/**
 * Pure: may `actor` take `action` on an agreement in this state? The status is checked first (a status
 * refusal says the same to everyone who can see the agreement), then the permission, then being a party.
 */
export function decide(action: DocumentAction, actor: DocumentActor, doc: DocumentState): Verdict {
  const t: Transition = TRANSITIONS[action];
  if (!t.from.includes(doc.status)) return { ok: false, reason: "status" };
  if (!can(actor, t.permission)) return { ok: false, reason: "permission" };
  if (t.party && !isRenterOf(doc, actor.userId)) return { ok: false, reason: "party" };
  return { ok: true, to: t.to };
}

/** `decide`, throwing its refusal: 409 with the status's own code and sentence, or 403. */
export function requireTransition(action: DocumentAction, actor: DocumentActor, doc: DocumentState): DocumentStatus {
  const verdict = decide(action, actor, doc);
  if (verdict.ok) return verdict.to;
  if (verdict.reason === "status") throw statusConflict(action, doc.status);
  // A party-only action refused for lack of permission is one the landlord side never takes as a renter.
  if (verdict.reason === "party" || "party" in TRANSITIONS[action])
    throw new Forbidden("You are not a party to this agreement");
  if (action === "countersign") throw new Forbidden(`Your role (${actor.role ?? "renter"}) cannot countersign`);
  throw new Forbidden(
    actor.role ? `Your role (${actor.role}) does not allow this on an agreement` : "You are not allowed to do this",
  );
}

/** The statuses a guarded UPDATE for `action` expects (the table's `from`). */
export function fromStatuses(action: DocumentAction): DocumentStatus[] {
  return [...TRANSITIONS[action].from];
}

/** The 409 for an action refused by status: what the person can do about it, with a stable code. */
function statusConflict(action: DocumentAction, status: DocumentStatus): Conflict {
  const shown = status.replaceAll("_", " ");
  switch (action) {
    case "edit":
    case "completeDetails":
    case "render":
    case "finalize":
      return new Conflict(
        `This agreement is ${shown} and can no longer be edited${status === "signed" ? ": duplicate it for a renewal" : ""}`,
        "not_editable",
      );
    case "send":
      return new Conflict(
        status === "out_for_signature" || status === "signed"
          ? "This agreement was already sent"
          : "Generate the PDF before sending it for signature",
        "not_ready",
      );
    case "sign":
    case "countersign":
      return new Conflict(
        status === "signed"
          ? "This agreement is already fully signed"
          : "This agreement has not been sent for signature",
        "not_out_for_signature",
      );
  }
}

/** True when `userId` is one of the agreement's renters (not merely a renter of its lease). */
function isRenterOf(doc: DocumentState, userId: string): boolean {
  return doc.templateFields.renters.some((r) => r.userId === userId);
}

/** Which signing action is the actor's: renters sign, the landlord side countersigns. */
export function signingActionOf(actor: { side: Side }): "sign" | "countersign" {
  return actor.side === "renter" ? "sign" : "countersign";
}

/** A recorded signature, as the rules need it. */
export type SignedBy = { side: Side; signerUserId: string };

/**
 * Why the actor cannot sign now although the lifecycle allows it: they already signed (a renter once each,
 * the landlord side once), or, to countersign, not every renter has signed yet. Null when nothing blocks.
 */
export function signingConflict(actor: DocumentActor, doc: DocumentState, signed: SignedBy[]): Conflict | null {
  const countersigning = signingActionOf(actor) === "countersign";
  if (
    signed.some((s) => s.signerUserId === actor.userId) ||
    (countersigning && signed.some((s) => s.side === "landlord"))
  )
    return new Conflict("This signature is already recorded", "already_signed");
  const renters = doc.templateFields.renters.length;
  const done = signed.filter((s) => s.side === "renter").length;
  if (countersigning && done < renters)
    return new Conflict(
      `Every renter must sign before the landlord countersigns (${done} of ${renters} have)`,
      "renters_first",
    );
  return null;
}

/** What the viewer may do with this agreement now: the answers the UI shows as buttons, never re-derived there. */
export function viewerRights(actor: DocumentActor, doc: DocumentState, signed: SignedBy[]) {
  const signing = signingActionOf(actor);
  return {
    canEdit: decide("edit", actor, doc).ok,
    canSign: decide(signing, actor, doc).ok && signingConflict(actor, doc, signed) === null,
    /** The landlord side that may countersign, or one of the agreement's renters. */
    isParty: can(actor, "agreement.countersign") || (can(actor, "agreement.sign") && isRenterOf(doc, actor.userId)),
  };
}
