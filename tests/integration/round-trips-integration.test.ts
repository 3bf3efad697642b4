import { describe, expect, it } from "vitest";
import { type Answer, api, rawCall } from "../setup/client";
import { readOpenApi } from "../setup/openapi";
import { addMember, addRenter, signUpLandlord, type Caller } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Every read endpoint costs one D1 round trip, access check included (ARCHITECTURE.md, quality bars).
 * The worker reports the count in `x-d1-round-trips` outside production.
 */

/** GET routes that read no data from D1, or are not part of the product API. */
const NOT_DATA_READS = new Set([
  "/auth/providers",
  "/auth/google/start",
  "/auth/google/callback",
  "/dev/mail",
  // Without a vendor link it answers 401 before any read (maintenance-integration measures it with one).
  "/vendor-link/maintenance-request",
]);

async function getRoutes(): Promise<string[]> {
  const res = await rawCall("GET", "/api/openapi.json");
  return Object.entries(readOpenApi(res.json).paths)
    .filter(([, item]) => "get" in item)
    .map(([path]) => path.replace(/^\/api(?=\/)/, ""));
}

async function fixture() {
  const owner = await signUpLandlord("Trips Org");
  const p = await api(owner).properties.$post({
    json: { name: "Trip Tower", address: "1 Rue", city: "Paris", postalCode: "75001", country: "France" },
  });
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber: "1A", roomsCount: 2, rentAmount: 90000, currency: "EUR" },
  });
  expect(a.status).toBe(201);
  const apartmentId = a.json.id;
  // A renter with a lease, an activity and a profile, so the new reads return real rows.
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  expect(
    (
      await api(renter).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description: "Payment sent", amount: 90000, period: "2026-05" },
      })
    ).status,
  ).toBe(201);
  const profile = {
    firstName: "Rita",
    lastName: "Renter",
    phone: "+33 6 12 34 56 78",
    birthDate: "1990-04-02",
    address: "3 Rue Neuve, 75001 Paris",
  };
  expect((await api(renter).me.profile.$put({ json: profile })).status).toBe(200);
  expect(
    (
      await api(owner).leases[":id"].adjustments.$post({
        param: { id: leaseId },
        json: { amount: 2500, reason: "Late fee" },
      })
    ).status,
  ).toBe(201);
  const document = await api(owner).leases[":id"].documents.$post({
    param: { id: leaseId },
    json: { templateName: "standard-en-furnished" },
  });
  expect(document.status, document.text).toBe(201);
  // A listing with an application from a renter with a complete dossier.
  const { listingId } = await createListing(owner, apartmentId);
  const { guarantorId } = await completeDossier(renter);
  const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
  expect(applied.status, applied.text).toBe(201);
  return {
    owner,
    renter,
    propertyId: p.json.id,
    apartmentId,
    leaseId,
    documentId: document.json.document.id,
    listingId,
    applicationId: applied.json.id,
  };
}

function readsFor(f: Awaited<ReturnType<typeof fixture>>): Record<string, string[]> {
  return {
    "/me": ["/api/me"],
    "/auth/sessions": ["/api/auth/sessions"],
    "/orgs/current": ["/api/orgs/current"],
    "/orgs/current/settings": ["/api/orgs/current/settings"],
    "/properties": ["/api/properties", "/api/properties?page=2&limit=1"],
    "/properties/{id}": [
      `/api/properties/${f.propertyId}`,
      `/api/properties/${f.propertyId}?include=apartments`,
      "/api/properties/no-such-id",
    ],
    "/apartments": ["/api/apartments", `/api/apartments?propertyId=${f.propertyId}`],
    "/apartments/{id}": [`/api/apartments/${f.apartmentId}`, "/api/apartments/no-such-id"],
    "/apartments/{id}/leases": [`/api/apartments/${f.apartmentId}/leases`, "/api/apartments/no-such-id/leases"],
    "/apartments/{id}/activities": [
      `/api/apartments/${f.apartmentId}/activities`,
      `/api/apartments/${f.apartmentId}/activities?page=2&limit=1`,
    ],
    // The access check is the one D1 trip; the history itself comes from the room (RPC, its own storage).
    "/apartments/{id}/messages": [
      `/api/apartments/${f.apartmentId}/messages`,
      `/api/apartments/${f.apartmentId}/messages?before=5&limit=10`,
    ],
    "/apartments/{id}/room": [`/api/apartments/${f.apartmentId}/room`],
    "/leases/{id}/ledger": [`/api/leases/${f.leaseId}/ledger`, "/api/leases/no-such-id/ledger"],
    "/me/homes": ["/api/me/homes"],
    "/document-templates": ["/api/document-templates"],
    "/apartments/{id}/documents": [`/api/apartments/${f.apartmentId}/documents`],
    "/documents/{id}": [`/api/documents/${f.documentId}`, "/api/documents/no-such-id"],
    "/me/agreements": ["/api/me/agreements"],
    // Unpaid period: the answer is a 409 after the one read; a paid one is covered in rent-receipts-integration.
    "/leases/{id}/receipts/{period}": [`/api/leases/${f.leaseId}/receipts/2026-01`],
    "/leases/{id}/rent-revision": [`/api/leases/${f.leaseId}/rent-revision`, "/api/leases/no-such-id/rent-revision"],
    // No confirmed revision: a 409 after the one read; a letter is covered in rent-revision-integration.
    "/leases/{id}/rent-revision/letter": [`/api/leases/${f.leaseId}/rent-revision/letter`],
    // Not a platform admin here: the 404 comes after the one read that checks it.
    "/admin/rent-index": ["/api/admin/rent-index"],
    "/listings": ["/api/listings"],
    "/public/sitemap": ["/api/public/sitemap"],
    "/public/listings/{id}/photos/{photoId}": [`/api/public/listings/${f.listingId}/photos/no-such-photo`],
    "/listings/{id}": [`/api/listings/${f.listingId}`, "/api/listings/no-such-id"],
    "/public/listings": ["/api/public/listings?city=Lyon&sort=price_asc", "/api/public/listings?q=bright"],
    "/public/listings/{id}": [`/api/public/listings/${f.listingId}`, "/api/public/listings/no-such-id"],
    "/dashboard/rent": ["/api/dashboard/rent", "/api/dashboard/rent?month=2026-01"],
    "/me/profile": ["/api/me/profile"],
    "/me/dossier": ["/api/me/dossier"],
    "/me/guarantors": ["/api/me/guarantors"],
    "/me/applications": ["/api/me/applications"],
    "/applications/{id}": [`/api/applications/${f.applicationId}`, "/api/applications/no-such-id"],
    "/applications/{id}/messages": [`/api/applications/${f.applicationId}/messages`],
    "/listings/{id}/applications": [
      `/api/listings/${f.listingId}/applications`,
      "/api/listings/no-such-id/applications",
    ],
    // Platform admins only (404 to the owner, in the same one round trip; measured as an admin in admin-users).
    "/admin/users": ["/api/admin/users", `/api/admin/users?q=${encodeURIComponent(f.owner.email)}&page=2&limit=5`],
    "/admin/listings": ["/api/admin/listings", "/api/admin/listings?q=Lyon"],
    "/admin/orgs": ["/api/admin/orgs", "/api/admin/orgs?q=acme&page=1&limit=10"],
    "/dashboard": ["/api/dashboard", "/api/dashboard?page=2&limit=1"],
    "/me/checklist": [`/api/me/checklist?listingId=${f.listingId}`, "/api/me/checklist?listingId=no-such-id"],
    "/expenses": ["/api/expenses", `/api/expenses?propertyId=${f.propertyId}&from=2026-01-01&to=2026-12-31`],
    // No receipt on a missing expense: the 404 comes after the one read (a stored one: expenses-integration).
    "/expenses/{id}/receipt": ["/api/expenses/no-such-id/receipt"],
    "/properties/{id}/statement": [
      `/api/properties/${f.propertyId}/statement`,
      `/api/properties/${f.propertyId}/statement?month=2026-01&format=csv`,
      "/api/properties/no-such-id/statement",
    ],
    // Never asked for: queued (R2 and the queue, no D1) after the one read.
    "/properties/{id}/statement/pdf": [`/api/properties/${f.propertyId}/statement/pdf?month=2026-01`],
    // Issue 15: maintenance reads (access check and reads in one batch); the vendor page refuses without a link.
    "/apartments/{id}/maintenance-requests": [`/api/apartments/${f.apartmentId}/maintenance-requests`],
    "/maintenance-requests": ["/api/maintenance-requests", "/api/maintenance-requests?status=open&urgency=urgent"],
    "/me/maintenance-requests": ["/api/me/maintenance-requests"],
    "/maintenance-requests/{id}": ["/api/maintenance-requests/no-such-id"],
    "/vendors": ["/api/vendors"],
  };
}

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
    expect(oneTrip(feed, "GET /api/apartments/{id}/activities").json.total).toBe(1);
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
    expect(oneTrip(feed, "GET /api/apartments/{id}/activities").json.total).toBe(1);
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
      `/api/apartments/${f.apartmentId}/leases`,
      `/api/apartments/${f.apartmentId}/activities`,
      `/api/apartments/${f.apartmentId}/messages`,
    ]) {
      expect((await expectOneTrip(path, maintenance)).status).toBe(200);
    }
    const stranger = await signUpLandlord("Other Trips Org");
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}`, stranger)).status).toBe(404);
    for (const path of ["leases", "activities", "messages", "room"])
      expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/${path}`, stranger)).status).toBe(404);
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, stranger)).status).toBe(404);
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, maintenance)).status).toBe(200);
    expect((await expectOneTrip("/api/properties", { token: stranger.token, orgId: f.owner.orgId })).status).toBe(404);
  });
});
