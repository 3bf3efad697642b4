import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, multipart, rawCall, undeclaredJson } from "../setup/client";
import {
  addMember,
  createApartment,
  signUpLandlord,
  signUpRenter,
  waitForMail,
  mailTo,
  type Caller,
} from "../setup/helpers";
import { applyTo, completeDossier, createListing, documentForm, FILES, PROFILE } from "../setup/listings";
import { RoomClient } from "../setup/room-client";
import { futureDate } from "../setup/dates";

type Status = "pending" | "withdrawn" | "rejected" | "accepted_pending_payment" | "confirmed";
type Action = "withdraw" | "reject" | "accept" | "confirm";

/** The lifecycle, written out by hand (not read from the code under test): the next status, or null. */
const NEXT: Record<Status, Record<Action, Status | null>> = {
  pending: { withdraw: "withdrawn", reject: "rejected", accept: "accepted_pending_payment", confirm: null },
  accepted_pending_payment: { withdraw: "withdrawn", reject: "rejected", accept: null, confirm: "confirmed" },
  withdrawn: { withdraw: null, reject: null, accept: null, confirm: null },
  rejected: { withdraw: null, reject: null, accept: null, confirm: null },
  confirmed: { withdraw: null, reject: null, accept: null, confirm: null },
};
const SIDE: Record<Action, "renter" | "landlord"> = {
  withdraw: "renter",
  reject: "landlord",
  accept: "landlord",
  confirm: "landlord",
};
const PATH_TO: Record<Status, Action[]> = {
  pending: [],
  withdrawn: ["withdraw"],
  rejected: ["reject"],
  accepted_pending_payment: ["accept"],
  confirmed: ["accept", "confirm"],
};

async function setting(capacity = 100, options: Parameters<typeof createListing>[2] = {}) {
  const owner = await signUpLandlord("Apply Org");
  const { apartmentId } = await createApartment(owner);
  const listing = await createListing(owner, apartmentId, { rooms: [{ capacity }], ...options });
  return { owner, apartmentId, ...listing };
}

async function applicant() {
  const renter = await signUpRenter();
  expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
  return renter;
}

describe("applying", () => {
  it("refuses an incomplete dossier with everything that is missing, then accepts the completed one (201 pending)", async () => {
    const s = await setting(1, { guarantorsRequired: 1, requiredDocuments: ["id_card", "proof_of_income"] });
    const renter = await signUpRenter();
    const refused = await applyTo(renter, s.listingId);
    expect(refused.status).toBe(422);
    expect(refused.problem.code).toBe("dossier_incomplete");
    expect(refused.problem.errors!.map((e: { path: string }) => e.path).sort()).toEqual(
      [
        "documents.id_card",
        "documents.proof_of_income",
        "guarantorIds",
        "profile.birthDate",
        "profile.firstName",
        "profile.lastName",
        "profile.nationality",
        "profile.phone",
      ].sort(),
    );
    expect(refused.problem.detail).toContain("ID card");
    // A guarantor without documents is named.
    const bare = await api(renter).me.guarantors.$post({ json: { name: "Bare Guarantor", relationship: "uncle" } });
    const { guarantorId } = await completeDossier(renter);
    const noDocs = await applyTo(renter, s.listingId, { guarantorIds: [bare.json.id] });
    expect(noDocs.status).toBe(422);
    expect(noDocs.problem.errors).toEqual([
      {
        path: `guarantors.${bare.json.id}`,
        message: "Your guarantor Bare Guarantor has no document yet",
        code: "guarantor_documents_missing",
      },
    ]);
    // Someone else's guarantor is not accepted.
    const other = await signUpRenter();
    const theirs = await api(other).me.guarantors.$post({ json: { name: "Not Yours", relationship: "friend" } });
    expect((await applyTo(renter, s.listingId, { guarantorIds: [theirs.json.id] })).status).toBe(400);

    const applied = await applyTo(renter, s.listingId, {
      guarantorIds: [guarantorId],
      profile: { phone: "+33 6 99 99 99 99" },
    });
    expect(applied.status, applied.text).toBe(201);
    expect(applied.json).toMatchObject({ status: "pending", roomId: s.roomIds[0], guarantorIds: [guarantorId] });
    // The override is used for this application; the dossier profile is unchanged.
    expect(applied.json.profile.phone).toBe("+33 6 99 99 99 99");
    expect((await api(renter).me.profile.$get()).json.profile!.phone).toBe(PROFILE.phone);

    const again = await applyTo(renter, s.listingId, { guarantorIds: [guarantorId] });
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe("already_applied");
  });

  it("refuses draft (404) and closed (409) listings, unknown rooms, and asks for a room when there are several", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const renter = await applicant();
    const draft = await createListing(owner, apartmentId, { status: "draft" });
    expect((await applyTo(renter, draft.listingId)).status).toBe(404);
    const closed = await createListing(owner, apartmentId, { status: "closed" });
    expect((await applyTo(renter, closed.listingId)).problem.code).toBe("listing_closed");
    const shared = await createListing(owner, apartmentId, { rooms: [{ capacity: 1 }, { capacity: 2 }] });
    expect((await applyTo(renter, shared.listingId)).problem.errors![0]!.path).toBe("roomId");
    expect((await applyTo(renter, shared.listingId, { roomId: draft.roomIds[0] })).status).toBe(400);
    expect((await applyTo(renter, shared.listingId, { roomId: shared.roomIds[1] })).status).toBe(201);
    expect((await applyTo(renter, "no-such-listing")).status).toBe(404);
  });
});

describe("the lifecycle, exhaustively: every state × every action × every role", () => {
  it("answers 200 with the next status, 409 with the current one, 403 for the wrong side or role, 404 for outsiders", async () => {
    const s = await setting(200);
    const manager = await addMember(s.owner, "manager");
    const maintenance = await addMember(s.owner, "maintenance");
    const otherOrg = await signUpLandlord("Elsewhere");
    const stranger = await signUpRenter();

    /** A fresh application brought to `state` through the API. */
    async function applicationIn(state: Status) {
      const renter = await applicant();
      const applied = await applyTo(renter, s.listingId);
      expect(applied.status, applied.text).toBe(201);
      for (const action of PATH_TO[state]) {
        const res = await api(SIDE[action] === "renter" ? renter : s.owner).applications[":id"][action].$post({
          param: { id: applied.json.id },
        });
        expect(res.status, res.text).toBe(200);
      }
      return { id: applied.json.id, renter };
    }

    let cells = 0;
    for (const state of Object.keys(NEXT) as Status[]) {
      for (const action of Object.keys(SIDE) as Action[]) {
        let app = await applicationIn(state);
        const roles: [string, () => Caller][] = [
          ["stranger renter", () => stranger],
          ["other org's owner", () => otherOrg],
          ["maintenance", () => maintenance],
          ["applicant", () => app.renter],
          ["owner", () => s.owner],
          ["manager", () => manager],
        ];
        for (const [role, who] of roles) {
          const res = await api(who()).applications[":id"][action].$post(
            { param: { id: app.id } },
            undeclaredJson({ note: `${role} tries ${action}` }),
          );
          const where = `${state} × ${action} × ${role}: ${res.text}`;
          cells++;
          if (role === "stranger renter" || role === "other org's owner") {
            expect(res.status, where).toBe(404);
            continue;
          }
          const side = role === "applicant" ? "renter" : "landlord";
          if (role === "maintenance" || side !== SIDE[action]) {
            expect(res.status, where).toBe(403);
            continue;
          }
          const next = NEXT[state][action];
          if (!next) {
            expect(res.status, where).toBe(409);
            expect(res.problem.code, where).toBe("illegal_transition");
            expect(res.problem.errors, where).toEqual([{ path: "status", message: state }]);
            continue;
          }
          expect(res.status, where).toBe(200);
          expect(res.json.status, where).toBe(next);
          expect(res.json.history, where).toMatchObject({
            fromStatus: state,
            toStatus: next,
            note: `${role} tries ${action}`,
          });
          const read = await api(s.owner).applications[":id"].$get({ param: { id: app.id } });
          expect(read.json.application.status, where).toBe(next);
          app = await applicationIn(state); // the next role gets its own application in this state
        }
      }
    }
    expect(cells).toBe(5 * 4 * 6);
  }, 180_000);
});

describe("confirmation", () => {
  it("10 concurrent confirmations for the last place: exactly one confirmed, the others 409; the listing closes", async () => {
    const s = await setting(1);
    const apps: string[] = [];
    for (let i = 0; i < 10; i++) {
      const renter = await applicant();
      const applied = await applyTo(renter, s.listingId);
      expect((await api(s.owner).applications[":id"].accept.$post({ param: { id: applied.json.id } })).status).toBe(
        200,
      );
      apps.push(applied.json.id);
    }
    const results = await Promise.all(
      apps.map((id) => api(s.owner).applications[":id"].confirm.$post({ param: { id } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers.map((r) => r.status)).toEqual(new Array(9).fill(409));
    expect(new Set(losers.map((r) => r.problem.code))).toEqual(new Set(["no_place_left"]));
    const room = await env.DB.prepare("select filled, capacity from listing_places where id = ?")
      .bind(s.roomIds[0])
      .first();
    expect(room).toEqual({ filled: 1, capacity: 1 });
    const listing = await env.DB.prepare("select status, closed_at from listings where id = ?")
      .bind(s.listingId)
      .first<{ status: string; closed_at: string }>();
    expect(listing?.status).toBe("closed");
    expect(listing?.closed_at).toBeTruthy();
    const leases = await env.DB.prepare("select count(*) as n from leases where apartment_id = ?")
      .bind(s.apartmentId)
      .first<{ n: number }>();
    expect(leases?.n).toBe(1);
    const confirmed = await env.DB.prepare(
      "select count(*) as n from applications where listing_id = ? and status = 'confirmed'",
    )
      .bind(s.listingId)
      .first<{ n: number }>();
    expect(confirmed?.n).toBe(1);
  });

  it("10 concurrent confirmations of one application: one wins, nine 409 with the current status, one history row and one lease", async () => {
    const s = await setting(5);
    const renter = await applicant();
    const applied = await applyTo(renter, s.listingId);
    await api(s.owner).applications[":id"].accept.$post({ param: { id: applied.json.id } });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(s.owner).applications[":id"].confirm.$post({ param: { id: applied.json.id } }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.problem.code === "illegal_transition")).toHaveLength(9);
    const rows = await env.DB.prepare(
      "select count(*) as n from application_status_history where application_id = ? and to_status = 'confirmed'",
    )
      .bind(applied.json.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(1);
    expect(
      (await env.DB.prepare("select filled from listing_places where id = ?").bind(s.roomIds[0]).first())?.filled,
    ).toBe(1);
    expect(
      (
        await env.DB.prepare("select count(*) as n from leases where apartment_id = ?")
          .bind(s.apartmentId)
          .first<{ n: number }>()
      )?.n,
    ).toBe(1);
    expect((await env.DB.prepare("select status from listings where id = ?").bind(s.listingId).first())?.status).toBe(
      "published",
    );
  });

  it("creates the lease with the renter joined: the home is in My homes and its room opens; history and emails record every step", async () => {
    const s = await setting(2);
    const renter = await applicant();
    const moveIn = futureDate(15);
    const applied = await applyTo(renter, s.listingId, { moveInDate: moveIn, durationMonths: 12 });
    await waitForMail(renter.email, "application_status");
    const landlordMail = await waitForMail(s.owner.email, "application_status");
    expect(landlordMail.subject).toContain("Nouvelle candidature");
    const seen = (await mailTo(renter.email)).map((m) => m.id);
    expect(
      (
        await api(s.owner).applications[":id"].accept.$post(
          { param: { id: applied.json.id } },
          undeclaredJson({ note: "Welcome!" }),
        )
      ).status,
    ).toBe(200);
    const accepted = await waitForMail(renter.email, "application_status", seen);
    expect(accepted.subject).toContain("Acceptée");
    expect(accepted.text).toContain("Bonne nouvelle");
    const confirmed = await api(s.owner).applications[":id"].confirm.$post({ param: { id: applied.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const welcome = await waitForMail(renter.email, "application_status", [...seen, accepted.id]);
    expect(welcome.subject).toContain("Bienvenue chez vous");
    expect(welcome.text).toContain(`/homes/${s.apartmentId}`);

    const homes = await api(renter).me.homes.$get();
    expect(homes.json.results).toHaveLength(1);
    expect(homes.json.results[0]).toMatchObject({
      apartmentId: s.apartmentId,
      leaseId: confirmed.json.leaseId,
      startDate: moveIn,
      // Twelve months: the day before the move-in day a year later.
      endDate: `${Number(moveIn.slice(0, 4)) + 1}${moveIn.slice(4, 8)}14`,
      rentAmount: 72000,
      dueDay: 15,
    });
    const room = await api(renter).apartments[":id"].room.$get({ param: { id: s.apartmentId } });
    expect(room.status).toBe(200);
    expect(room.json.viewer).toMatchObject({ side: "renter", canPost: true });
    // One place of two taken: the listing stays open.
    expect((await env.DB.prepare("select status from listings where id = ?").bind(s.listingId).first())?.status).toBe(
      "published",
    );

    const mine = await api(renter).me.applications.$get();
    expect(mine.json.results).toHaveLength(1);
    expect(
      mine.json.results[0]!.history.map((h: { toStatus: string; actorSide: string }) => [h.toStatus, h.actorSide]),
    ).toEqual([
      ["pending", "renter"],
      ["accepted_pending_payment", "landlord"],
      ["confirmed", "landlord"],
    ]);
    for (const h of mine.json.results[0]!.history) expect(h.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe("review", () => {
  it("the landlord lists a listing's applications and opens the dossier documents through links checked on use", async () => {
    const s = await setting(1, { guarantorsRequired: 1, requiredDocuments: ["id_card"] });
    const renter = await signUpRenter();
    const { guarantorId } = await completeDossier(renter);
    const applied = await applyTo(renter, s.listingId, { guarantorIds: [guarantorId] });
    // A guarantor not chosen for this application stays private.
    const unchosen = await api(renter).me.guarantors.$post({
      json: { name: "Private Person", relationship: "friend" },
    });
    await api(renter).me.guarantors[":id"].documents.$post(
      { param: { id: unchosen.json.id } },
      multipart(documentForm("id_card", FILES.pdf())),
    );

    const list = await api(s.owner).listings[":id"].applications.$get({ param: { id: s.listingId } });
    expect(list.status, list.text).toBe(200);
    expect(list.json.results.map((a: { id: string }) => a.id)).toEqual([applied.json.id]);
    const detail = await api(s.owner).applications[":id"].$get({ param: { id: applied.json.id } });
    expect(detail.status, detail.text).toBe(200);
    expect(detail.json.viewer).toMatchObject({ side: "landlord", actions: ["reject", "accept"] });
    expect(detail.json.guarantors.map((g: { id: string }) => g.id)).toEqual([guarantorId]);
    expect(detail.json.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(["id_card", "proof_of_income"]);
    const link = detail.json.documents[0]!.url;
    expect((await rawCall("GET", link, undefined, s.owner)).status).toBe(200);
    expect((await rawCall("GET", detail.json.guarantors[0]!.documents[0]!.url, undefined, s.owner)).status).toBe(200);
    const otherOrg = await signUpLandlord("Nosy Org");
    expect((await rawCall("GET", link, undefined, otherOrg)).status).toBe(404);
    const maintenance = await addMember(s.owner, "maintenance");
    expect((await rawCall("GET", link, undefined, maintenance)).status).toBe(403);
    expect((await api(maintenance).listings[":id"].applications.$get({ param: { id: s.listingId } })).status).toBe(403);
    expect((await api(otherOrg).listings[":id"].applications.$get({ param: { id: s.listingId } })).status).toBe(404);
    expect((await api(await signUpRenter()).applications[":id"].$get({ param: { id: applied.json.id } })).status).toBe(
      404,
    );
    // The renter sees their own application with their own links.
    const own = await api(renter).applications[":id"].$get({ param: { id: applied.json.id } });
    expect(own.json.viewer).toMatchObject({ side: "renter", actions: ["withdraw"] });
    expect((await rawCall("GET", own.json.documents[0]!.url, undefined, renter)).status).toBe(200);
  });

  it("applicant and landlord talk live in the application's conversation room (real WebSockets), with history", async () => {
    const s = await setting(1);
    const renter = await applicant();
    const applied = await applyTo(renter, s.listingId);
    const ticket = async (who: Caller) => {
      const res = await api(who).applications[":id"]["room-ticket"].$post({ param: { id: applied.json.id } });
      expect(res.status, res.text).toBe(200);
      return res.json.url;
    };
    const renterSide = await RoomClient.connect(await ticket(renter));
    const landlordSide = await RoomClient.connect(await ticket(s.owner));
    const sent = await renterSide.chat("Is the flat still available in September?");
    const received = await landlordSide.waitFor("chat", (f) => f.message.clientId === sent.message.clientId);
    expect(received.message).toMatchObject({ side: "renter", text: "Is the flat still available in September?" });
    const reply = await landlordSide.chat("Yes, it is.");
    await renterSide.waitFor("chat", (f) => f.seq === reply.seq);
    expect(reply.seq).toBe(sent.seq + 1);
    // Resume after a drop: nothing missed, nothing twice.
    renterSide.close();
    const back = await RoomClient.connect(await ticket(renter));
    const from = back.frames.length;
    back.send({ type: "resume", afterSeq: sent.seq });
    const replayed = await back.waitFor("chat", (f) => f.seq === reply.seq, from);
    expect(replayed.message.text).toBe("Yes, it is.");
    const history = await api(s.owner).applications[":id"].messages.$get({ param: { id: applied.json.id } });
    expect(history.json.messages.map((m: { text: string }) => m.text)).toEqual([
      "Yes, it is.",
      "Is the flat still available in September?",
    ]);
    // Outsiders get no ticket; a ticket for this conversation opens no other room.
    expect(
      (await api(await signUpRenter()).applications[":id"]["room-ticket"].$post({ param: { id: applied.json.id } }))
        .status,
    ).toBe(404);
    expect(
      (
        await api(await signUpLandlord("Other")).applications[":id"]["room-ticket"].$post({
          param: { id: applied.json.id },
        })
      ).status,
    ).toBe(404);
    const url = await ticket(renter);
    const { upgrade } = await import("../setup/room-client");
    expect((await upgrade(url.replace(`application-${applied.json.id}`, s.apartmentId))).status).toBe(401);
    back.close();
    landlordSide.close();
  });
});
