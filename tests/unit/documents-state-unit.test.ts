import { describe, expect, it } from "vitest";
import { documentStatuses, type DocumentStatus } from "../../worker/documents/schema";
import {
  decide,
  documentActions,
  signingConflict,
  TRANSITIONS,
  viewerRights,
  type DocumentActor,
} from "../../worker/documents/state";

/** The agreement lifecycle (worker/documents/state.ts) walked as a table: every status × action × actor. */
const actors: Record<string, DocumentActor> = {
  owner: { userId: "owner", role: "owner", side: "landlord" },
  manager: { userId: "manager", role: "manager", side: "landlord" },
  maintenance: { userId: "maintenance", role: "maintenance", side: "landlord" },
  renter: { userId: "renter-1", role: null, side: "renter" },
  otherRenter: { userId: "renter-9", role: null, side: "renter" },
};
const doc = (status: DocumentStatus) => ({
  status,
  templateFields: { renters: [{ userId: "renter-1" }, { userId: "renter-2" }] },
});

describe("agreement lifecycle", () => {
  it("refuses by status (409) first, then by permission (403), then non-parties (403)", () => {
    for (const status of documentStatuses)
      for (const action of documentActions)
        for (const [name, actor] of Object.entries(actors)) {
          const t = TRANSITIONS[action];
          const verdict = decide(action, actor, doc(status));
          const allowedStatus = (t.from as readonly DocumentStatus[]).includes(status);
          const staff = name === "owner" || name === "manager";
          const renterSide = actor.side === "renter";
          const permitted = t.permission === "agreement.sign" ? renterSide : staff;
          const party = !("party" in t) || actor.userId === "renter-1";
          const expected = !allowedStatus
            ? { ok: false, reason: "status" }
            : !permitted
              ? { ok: false, reason: "permission" }
              : !party
                ? { ok: false, reason: "party" }
                : { ok: true, to: t.to };
          expect(verdict, `${action} from ${status} by ${name}`).toEqual(expected);
        }
  });

  it("renters sign once each before the landlord side countersigns once", () => {
    const out = doc("out_for_signature");
    const renter = actors.renter!;
    const owner = actors.owner!;
    expect(signingConflict(renter, out, [])).toBeNull();
    expect(signingConflict(renter, out, [{ side: "renter", signerUserId: "renter-1" }])?.code).toBe("already_signed");
    expect(signingConflict(owner, out, [{ side: "renter", signerUserId: "renter-1" }])?.code).toBe("renters_first");
    const rentersDone = [
      { side: "renter" as const, signerUserId: "renter-1" },
      { side: "renter" as const, signerUserId: "renter-2" },
    ];
    expect(signingConflict(owner, out, rentersDone)).toBeNull();
    expect(
      signingConflict(actors.manager!, out, [...rentersDone, { side: "landlord", signerUserId: "owner" }])?.code,
    ).toBe("already_signed");
  });

  it("tells the viewer what they may do", () => {
    expect(viewerRights(actors.owner!, doc("draft"), [])).toEqual({ canEdit: true, canSign: false, isParty: true });
    expect(viewerRights(actors.maintenance!, doc("draft"), [])).toEqual({
      canEdit: false,
      canSign: false,
      isParty: false,
    });
    expect(viewerRights(actors.renter!, doc("out_for_signature"), [])).toEqual({
      canEdit: false,
      canSign: true,
      isParty: true,
    });
    expect(viewerRights(actors.otherRenter!, doc("out_for_signature"), []).isParty).toBe(false);
    expect(viewerRights(actors.owner!, doc("out_for_signature"), []).canSign).toBe(false);
  });
});
