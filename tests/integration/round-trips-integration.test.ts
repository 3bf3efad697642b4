import { describe, expect, it } from "vitest";
import { addMember, addRenter, call, signUpLandlord, type Caller } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Every read endpoint costs one D1 round trip, access check included (ARCHITECTURE.md, quality bars).
 * The worker reports the count in `x-d1-round-trips` outside production.
 */

/** GET routes that read no data from D1, or are not part of the product API. */
const NOT_DATA_READS = new Set(["/auth/providers", "/auth/google/start", "/auth/google/callback", "/dev/mail"]);

async function getRoutes(): Promise<string[]> {
  const res = await call("GET", "/api/openapi.json");
  return Object.entries(res.json.paths as Record<string, Record<string, unknown>>)
    .filter(([, item]) => "get" in item)
    .map(([path]) => path.replace(/^\/api(?=\/)/, ""));
}

async function fixture() {
  const owner = await signUpLandlord("Trips Org");
  const p = await call(
    "POST",
    "/api/properties",
    { name: "Trip Tower", address: "1 Rue", city: "Paris", postalCode: "75001", country: "France" },
    owner,
  );
  const a = await call(
    "POST",
    "/api/apartments",
    { propertyId: p.json.id, unitNumber: "1A", roomsCount: 2, rentAmount: 90000, currency: "EUR" },
    owner,
  );
  expect(a.status).toBe(201);
  const apartmentId = a.json.id as string;
  // A renter with a lease, an activity and a profile, so the new reads return real rows.
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  expect(
    (
      await call(
        "POST",
        `/api/apartments/${apartmentId}/activities`,
        { description: "Payment sent", amount: 90000, period: "2026-05" },
        renter,
      )
    ).status,
  ).toBe(201);
  const profile = {
    firstName: "Rita",
    lastName: "Renter",
    phone: "+33 6 12 34 56 78",
    birthDate: "1990-04-02",
    address: "3 Rue Neuve, 75001 Paris",
  };
  expect((await call("PUT", "/api/me/profile", profile, renter)).status).toBe(200);
  expect(
    (await call("POST", `/api/leases/${leaseId}/adjustments`, { amount: 2500, reason: "Late fee" }, owner)).status,
  ).toBe(201);
  const document = await call(
    "POST",
    `/api/leases/${leaseId}/documents`,
    { templateName: "standard-en-furnished" },
    owner,
  );
  expect(document.status, document.text).toBe(201);
  // A listing with an application from a renter with a complete dossier.
  const { listingId } = await createListing(owner, apartmentId);
  const { guarantorId } = await completeDossier(renter);
  const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
  expect(applied.status, applied.text).toBe(201);
  return {
    owner,
    renter,
    propertyId: p.json.id as string,
    apartmentId,
    leaseId,
    documentId: document.json.document.id as string,
    listingId,
    applicationId: applied.json.id as string,
  };
}

function readsFor(f: Awaited<ReturnType<typeof fixture>>): Record<string, string[]> {
  return {
    "/me": ["/api/me"],
    "/auth/sessions": ["/api/auth/sessions"],
    "/orgs/current": ["/api/orgs/current"],
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
  };
}

async function expectOneTrip(path: string, who: Caller) {
  const res = await call("GET", path, undefined, who);
  expect(res.status, `${path}: ${res.text}`).toBeLessThan(500);
  expect(res.headers.get("x-d1-round-trips"), `${path} (status ${res.status})`).toBe("1");
  return res;
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
    expect(
      (await expectOneTrip(`/api/properties/${f.propertyId}?include=apartments`, f.owner)).json.apartments.total,
    ).toBe(1);
    expect((await expectOneTrip("/api/orgs/current", f.owner)).json.members).toHaveLength(1);
    expect(
      (await expectOneTrip(`/api/apartments/${f.apartmentId}/leases`, f.owner)).json.results[0].renters,
    ).toHaveLength(1);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/activities`, f.owner)).json.total).toBe(1);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/room`, f.owner)).json.leases).toHaveLength(1);
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, f.owner)).json.balance).toBe(2500);
    expect((await expectOneTrip(`/api/listings/${f.listingId}/applications`, f.owner)).json.results).toHaveLength(1);
    const review = (await expectOneTrip(`/api/applications/${f.applicationId}`, f.owner)).json;
    expect(review.documents).toHaveLength(2);
    expect(review.guarantors[0].documents).toHaveLength(1);
  });

  it("as a renter: their homes, profile, feed, chat history and room page in one round trip each", async () => {
    const f = await fixture();
    expect(
      (await expectOneTrip("/api/me/homes", f.renter)).json.results.map((h: { apartmentId: string }) => h.apartmentId),
    ).toEqual([f.apartmentId]);
    expect((await expectOneTrip("/api/me/profile", f.renter)).json.profile.firstName).toBe("Rita");
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/activities`, f.renter)).json.total).toBe(1);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/messages`, f.renter)).status).toBe(200);
    expect((await expectOneTrip(`/api/apartments/${f.apartmentId}/room`, f.renter)).json.viewer.side).toBe("renter");
    expect((await expectOneTrip(`/api/leases/${f.leaseId}/ledger`, f.renter)).json.entries).toHaveLength(1);
    expect((await expectOneTrip("/api/me/dossier", f.renter)).json.documents).toHaveLength(2);
    expect((await expectOneTrip("/api/me/guarantors", f.renter)).json.results).toHaveLength(1);
    expect((await expectOneTrip("/api/me/applications", f.renter)).json.results[0].history).toHaveLength(1);
    expect((await expectOneTrip(`/api/applications/${f.applicationId}`, f.renter)).json.viewer.side).toBe("renter");
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
