import { expect } from "vitest";
import { api, rawCall } from "./client";
import { readOpenApi } from "./openapi";
import { addRenter, signUpLandlord } from "./helpers";
import { applyTo, completeDossier, createListing } from "./listings";

/**
 * Every data-reading GET route of the route table with paths to call it on a seeded org (a property, an
 * apartment with a renter's lease, money on it, an agreement, a listing with an application, bank details and
 * a maintenance request). Shared by the generated suites that walk the route table: round-trips-integration
 * (one D1 round trip each) and maintenance-sight-integration (nothing private reaches a maintenance member).
 */

/** GET routes that read no data from D1, or are not part of the product API. */
/** The org's bank details in the fixture (a maintenance member never receives them). */
export const BANK = { iban: "FR7630006000011234567890189", bic: "AGRIFRPP" };

export const NOT_DATA_READS = new Set([
  "/auth/providers",
  "/auth/google/start",
  "/auth/google/callback",
  "/dev/mail",
  // Without a vendor link it answers 401 before any read (maintenance-integration measures it with one).
  "/vendor-link/maintenance-request",
]);

export async function getRoutes(): Promise<string[]> {
  const res = await rawCall("GET", "/api/openapi.json");
  return Object.entries(readOpenApi(res.json).paths)
    .filter(([, item]) => "get" in item)
    .map(([path]) => path.replace(/^\/api(?=\/)/, ""));
}

export async function fixture() {
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
    json: { templateName: "standard-en-unfurnished" },
  });
  expect(document.status, document.text).toBe(201);
  // Bank details on the org, a plain note and a maintenance request reported by the renter (issue 15).
  const settings = await api(owner).orgs.current.settings.$patch({
    json: { bankHolder: "SCI Trips", iban: BANK.iban, bic: BANK.bic },
  });
  expect(settings.status, settings.text).toBe(200);
  const note = await api(owner).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { description: "Boiler check on Monday" },
  });
  expect(note.status, note.text).toBe(201);
  const reported = await rawCall(
    "POST",
    `/api/apartments/${apartmentId}/maintenance-requests`,
    {
      category: "heating",
      title: "No hot water",
      description: "Since Sunday",
      urgency: "urgent",
      entryPermission: true,
    },
    renter,
  );
  expect(reported.status, reported.text).toBe(201);
  const maintenanceRequestId = (reported.json as { request: { id: string } }).request.id;
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
    maintenanceRequestId,
  };
}

export type ReadFixture = Awaited<ReturnType<typeof fixture>>;

export function readsFor(f: ReadFixture): Record<string, string[]> {
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
    // Issue 16 §3: the person's data exports (signing each link needs no D1).
    "/me/exports": ["/api/me/exports"],
    "/me/account": ["/api/me/account"],
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
    "/maintenance-requests/{id}": [
      `/api/maintenance-requests/${f.maintenanceRequestId}`,
      "/api/maintenance-requests/no-such-id",
    ],
    "/vendors": ["/api/vendors"],
    // Issue 16 §2: the audit trail (owners; platform admins, measured as an admin in audit-read).
    "/orgs/current/audit": [
      "/api/orgs/current/audit",
      `/api/orgs/current/audit?targetId=${f.apartmentId}&action=PATCH&from=2026-01-01&to=2026-12-31T00:00:00%2B01:00&format=csv`,
    ],
    "/admin/audit": ["/api/admin/audit", "/api/admin/audit?from=nonsense"],
  };
}
