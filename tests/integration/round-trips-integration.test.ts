import { describe, expect, it } from "vitest";
import { type Answer, api, rawCall } from "../setup/client";
import { addMember, signUpLandlord, type Caller } from "../setup/helpers";
import { fixture, getRoutes, NOT_DATA_READS, readsFor } from "../setup/read-routes";

/**
 * Every read endpoint costs one D1 round trip, access check included (ARCHITECTURE.md, quality bars).
 * The worker reports the count in `x-d1-round-trips` outside production.
 */

/** Checks that an answer cost one D1 round trip (`label` names it in failures), and hands it back. */
function oneTrip<T extends Answer<unknown>>(res: T, label: string): T {
  expect(res.status, `${label}: ${res.text}`).toBeLessThan(500);
  expect(res.headers.get("x-d1-round-trips"), `${label} (status ${res.status})`).toBe("1");
  return res;
}

/** A GET of a path from the route table (built at run time, so untyped) in one round trip. */
async function expectOneTrip(path: string, who: Caller) {
  return oneTrip(await rawCall("GET", path, undefined, who), path);
}

describe("one D1 round trip per read", () => {
  it("every data-reading GET route in the route table is measured here", async () => {
    const f = await fixture();
    const known = readsFor(f);
    const unmeasured = (await getRoutes()).filter(
      (path) => !NOT_DATA_READS.has(path) && !path.endsWith("/openapi.json") && !(path in known),
    );
    expect(unmeasured, "GET routes without a round-trip check: add them to readsFor()").toEqual([]);
  });

  it("as the owner: each read endpoint answers in exactly one round trip", async () => {
    const f = await fixture();
    for (const paths of Object.values(readsFor(f))) for (const path of paths) await expectOneTrip(path, f.owner);
    // The answers are real data, not an empty short-cut.
    const owner = api(f.owner);
    const withApartments = await owner.properties[":id"].$get({
      param: { id: f.propertyId },
      query: { include: "apartments" },
    });
    expect(oneTrip(withApartments, "GET /api/properties/{id}?include=apartments").json.apartments!.total).toBe(1);
    expect(oneTrip(await owner.orgs.current.$get(), "GET /api/orgs/current").json.members).toHaveLength(1);
    const leases = await owner.apartments[":id"].leases.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(leases, "GET /api/apartments/{id}/leases").json.results[0]!.renters).toHaveLength(1);
    const feed = await owner.apartments[":id"].activities.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(feed, "GET /api/apartments/{id}/activities").json.total).toBe(3); // the payment, a note, the repair reported
    const room = await owner.apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(room, "GET /api/apartments/{id}/room").json.leases).toHaveLength(1);
    const ledger = await owner.leases[":id"].ledger.$get({ param: { id: f.leaseId } });
    // The lease was charged its past months when created (issue 12 §6): the late fee comes on top.
    const ownerView = oneTrip(ledger, "GET /api/leases/{id}/ledger").json;
    const charged = ownerView.entries.filter((e) => e.kind === "charge").reduce((n, e) => n + e.amount, 0);
    expect(ownerView.balance).toBe(2500 + charged);
    const applications = await owner.listings[":id"].applications.$get({ param: { id: f.listingId } });
    expect(oneTrip(applications, "GET /api/listings/{id}/applications").json.results).toHaveLength(1);
    const application = await owner.applications[":id"].$get({ param: { id: f.applicationId } });
    const review = oneTrip(application, "GET /api/applications/{id}").json;
    expect(review.documents).toHaveLength(2);
    expect(review.guarantors[0]!.documents).toHaveLength(1);
  });

  it("as a renter: their homes, profile, feed, chat history and room page in one round trip each", async () => {
    const f = await fixture();
    const renter = api(f.renter);
    const homes = oneTrip(await renter.me.homes.$get(), "GET /api/me/homes");
    expect(homes.json.results.map((h) => h.apartmentId)).toEqual([f.apartmentId]);
    expect(oneTrip(await renter.me.profile.$get(), "GET /api/me/profile").json.profile!.firstName).toBe("Rita");
    const feed = await renter.apartments[":id"].activities.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(feed, "GET /api/apartments/{id}/activities").json.total).toBe(3); // the payment, a note, the repair reported
    const messages = await renter.apartments[":id"].messages.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(messages, "GET /api/apartments/{id}/messages").status).toBe(200);
    const room = await renter.apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(oneTrip(room, "GET /api/apartments/{id}/room").json.viewer.side).toBe("renter");
    const ledger = await renter.leases[":id"].ledger.$get({ param: { id: f.leaseId } });
    const entries = oneTrip(ledger, "GET /api/leases/{id}/ledger").json.entries;
    expect(entries.filter((e) => e.kind !== "charge")).toHaveLength(1);
    expect(oneTrip(await renter.me.dossier.$get(), "GET /api/me/dossier").json.documents).toHaveLength(2);
    expect(oneTrip(await renter.me.guarantors.$get(), "GET /api/me/guarantors").json.results).toHaveLength(1);
    const mine = oneTrip(await renter.me.applications.$get(), "GET /api/me/applications");
    expect(mine.json.results[0]!.history).toHaveLength(1);
    const application = await renter.applications[":id"].$get({ param: { id: f.applicationId } });
    expect(oneTrip(application, "GET /api/applications/{id}").json.viewer.side).toBe("renter");
    // Refused reads cost one trip too: the lease list is for the landlord side only.
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/leases`, f.renter)).status).toBe(404);
  });

  it("as a member with another role, and when access is refused, still one round trip", async () => {
    const f = await fixture();
    const maintenance = await addMember(f.owner, "maintenance");
    for (const path of [
      "/api/me",
      "/api/properties",
      `/api/apartments/${f.apartmentId}`,
      "/api/orgs/current",
      `/api/apartments/${f.apartmentId}/activities`,
    ]) {
      expect((await expectOneTrip(path, maintenance)).status).toBe(200);
    }
    const stranger = await signUpLandlord("Other Trips Org");
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}`, stranger)).status).toBe(404);
    for (const path of ["leases", "activities", "messages", "room"])
      expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/${path}`, stranger)).status).toBe(404);
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, stranger)).status).toBe(404);
    // Leases' private side is refused to maintenance (issue 15 §4), after the one read.
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, maintenance)).status).toBe(403);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/leases`, maintenance)).status).toBe(403);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/messages`, maintenance)).status).toBe(403);
    expect((await expectOneTrip("/api/properties", { token: stranger.token, orgId: f.owner.orgId })).status).toBe(404);
  });
});
