import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { can, type Permission } from "../../worker/auth/policy";
import type { Role } from "../../worker/domain";
import { api, rawCall, renewSession } from "../setup/client";
import { addMember, addRenter, signUpRenter } from "../setup/helpers";
import { readOpenApi } from "../setup/openapi";
import { documentForm, FILES, PROFILE } from "../setup/listings";
import { ACTORS, changedTables, seedWorld, snapshot, type ActorName, type World } from "../setup/permission-world";
import { futureDate } from "../setup/dates";

/**
 * The permission matrix, generated from the route table: every write operation (POST, PUT, PATCH, DELETE) in
 * /api/openapi.json is called by every actor of one shared world (tests/setup/permission-world.ts) and must get
 * the answer the permission module (worker/auth/policy.ts) gives for the permission the route declares in
 * ROUTES below. A refused call must leave every table as it was (a snapshot of every row before and after).
 * Refusals run first, on the untouched world; the allowed calls run after, on the same world (or a fresh
 * object where the call consumes it), and must get past access control (no 401, 403 or 404).
 *
 * A write route this file does not know fails the "route table" test: add it to ROUTES.
 */

/** The answer expected: "ok" = past access control (2xx, or a 409/422 about the object's state or the body). */
type Expect = "ok" | 401 | 403 | 404 | 409 | "skip";
type Rule = (actor: ActorName) => Expect;
type Spec = {
  rule: Rule;
  /** The `{id}` to call with; `fresh` asks for an object the allowed call may consume. */
  id?: (w: World, fresh: boolean) => string | Promise<string>;
  body?: (w: World) => unknown;
};

const ROLE: Partial<Record<ActorName, Role>> = { owner: "owner", manager: "manager", maintenance: "maintenance" };
const APARTMENT_RENTERS: ActorName[] = ["renter", "otherLeaseRenter", "endedRenter"];

/** Org routes (`requireOrg`): members by role; users without any org 403 `no_org`; another org `foreign`. */
const org =
  (permission: Permission | null, foreign: Expect): Rule =>
  (a) => {
    if (a === "anonymous") return 401;
    const role = ROLE[a];
    if (role) return !permission || can({ role }, permission) ? "ok" : 403;
    return a === "foreign" ? foreign : 403;
  };

/**
 * Apartment or lease routes: members by role (403 without the permission); the renters of `renters` by the
 * renter's permissions (404 without it: landlord actions do not reveal themselves); everyone else 404.
 */
const place =
  (permission: Permission | null, renters: ActorName[], overrides: Partial<Record<ActorName, Expect>> = {}): Rule =>
  (a) => {
    if (a in overrides) return overrides[a]!;
    if (a === "anonymous") return 401;
    const role = ROLE[a];
    if (role) return !permission || can({ role }, permission) ? "ok" : 403;
    if (renters.includes(a)) return !permission || can({ role: null }, permission) ? "ok" : 404;
    return 404;
  };

/**
 * `renter`'s maintenance request on apartment X: owners and managers (`staff`), its lease's renter (`renter`);
 * the unassigned maintenance member, the other lease's and the former renter, strangers: 404.
 */
const maintenance =
  (renter: Expect, staff: Expect = "ok"): Rule =>
  (a) => {
    if (a === "anonymous") return 401;
    if (a === "owner" || a === "manager") return staff;
    if (a === "renter") return renter;
    return 404;
  };
/** Routes about the caller's own account: anyone signed in; `skip` where calling would end the world's sessions. */
const self =
  (signedIn: Expect = "ok"): Rule =>
  (a) =>
    a === "anonymous" ? 401 : signedIn;
/** One user's own object (`/me/...`): that user, everyone else 404. */
const ownedBy =
  (owner: ActorName): Rule =>
  (a) =>
    a === "anonymous" ? 401 : a === owner ? "ok" : 404;
/** Public by design (sign-up, sign-in, webhooks with their own signature, verification of a hash). */
const PUBLIC: Rule = () => "skip";
/** The withdrawn application: its applicant and its reviewers reach it; the action's side decides the rest. */
const application =
  (side: "renter" | "landlord" | "both"): Rule =>
  (a) => {
    if (a === "anonymous") return 401;
    const role = ROLE[a];
    if (role) {
      if (!can({ role }, "application.review")) return 403;
      return side === "renter" ? 403 : "ok";
    }
    if (a === "applicant") return side === "landlord" ? 403 : "ok";
    return 404;
  };

const propertyBody = {
  name: "Matrix House",
  address: "1 Rue Test",
  city: "Lyon",
  postalCode: "69001",
  country: "France",
};
async function freshProperty(w: World) {
  const p = await api(w.owner).properties.$post({ json: propertyBody });
  expect(p.status, p.text).toBe(201);
  return p.json.id;
}
async function freshExpense(w: World) {
  const e = await api(w.owner).expenses.$post({
    json: { propertyId: w.propertyId, category: "other", amount: 1200, incurredOn: "2026-05-03" },
  });
  expect(e.status, e.text).toBe(201);
  return e.json.id;
}
async function freshApartment(w: World) {
  const a = await api(w.owner).apartments.$post({
    json: {
      propertyId: w.propertyId,
      unitNumber: `F-${crypto.randomUUID().slice(0, 4)}`,
      roomsCount: 1,
      rentAmount: 50000,
      currency: "EUR",
    },
  });
  expect(a.status, a.text).toBe(201);
  return a.json.id;
}

const ROUTES: Record<string, Spec> = {
  "POST /auth/signup": { rule: PUBLIC },
  "POST /auth/login": { rule: PUBLIC },
  "POST /auth/refresh": { rule: PUBLIC },
  "POST /auth/verify-email": { rule: PUBLIC },
  "POST /auth/password-reset": { rule: PUBLIC },
  "POST /auth/password-reset/confirm": { rule: PUBLIC },
  "POST /stripe/webhook": { rule: PUBLIC },
  "POST /verify": { rule: PUBLIC },
  // Ending one's own sessions would end the world's: anonymous only (tests/integration/auth-integration.test.ts).
  // Signing out when signed out succeeds (204, clearing cookies); signed in, it would end the world's sessions.
  "POST /auth/logout": { rule: PUBLIC },
  "DELETE /auth/sessions/{id}": { rule: self("skip"), id: () => "no-such-session" },
  "POST /auth/sessions/revoke-others": { rule: self("skip") },
  "POST /auth/verify-email/resend": { rule: self() },
  "PUT /me/locale": { rule: self(), body: () => ({ locale: "uk" }) },
  // Erasing and closing confirm the password first: the matrix's wrong one is refused (422 `wrong_password`) past
  // access control, and nothing changes (tests/integration/erasure-integration.test.ts erases and closes).
  "POST /me/erasure": { rule: self(), body: () => ({ password: "not-the-password" }) },
  "POST /orgs/current/close": { rule: org("org.settings", "ok"), body: () => ({ password: "not-the-password" }) },
  "POST /orgs": { rule: self(), body: () => ({ name: "Side Org" }) },
  "POST /orgs/current/invitations": {
    rule: org("team.manage", "ok"),
    body: () => ({ email: `invitee-${crypto.randomUUID().slice(0, 6)}@example.com`, role: "maintenance" }),
  },
  // Owners only (`org.settings`); another org's owner changes their own org's settings.
  "PATCH /orgs/current/settings": {
    rule: org("org.settings", "ok"),
    body: () => ({ contactPhone: "+33 4 78 00 00 00" }),
  },
  "POST /orgs/current/settings/logo": { rule: org("org.settings", "ok"), body: () => photoForm() },
  "DELETE /orgs/current/settings/logo": { rule: org("org.settings", "ok") },
  // Needs an invitation addressed to the caller (tests/integration/auth-integration.test.ts, leases).
  "POST /invitations/accept": { rule: self("skip"), body: () => ({ token: "not-a-token" }) },
  "POST /properties": { rule: org("portfolio.edit", "ok"), body: () => propertyBody },
  "PATCH /properties/{id}": {
    rule: org("portfolio.edit", 404),
    id: (w) => w.propertyId,
    body: () => ({ name: "Renamed" }),
  },
  "DELETE /properties/{id}": {
    rule: org("portfolio.edit", 404),
    id: (w, fresh) => (fresh ? freshProperty(w) : w.propertyId),
  },
  // The body names org A's property: another org's member gets its 404.
  "POST /apartments": {
    rule: org("portfolio.edit", 404),
    body: (w) => ({ propertyId: w.propertyId, unitNumber: "N1", roomsCount: 1, rentAmount: 1000, currency: "EUR" }),
  },
  "PATCH /apartments/{id}": {
    rule: org("portfolio.edit", 404),
    id: (w) => w.apartmentId,
    body: () => ({ rentAmount: 86000 }),
  },
  "DELETE /apartments/{id}": {
    rule: org("portfolio.edit", 404),
    id: (w, fresh) => (fresh ? freshApartment(w) : w.apartmentId),
  },
  "POST /apartments/{id}/leases": {
    rule: place("lease.manage", APARTMENT_RENTERS),
    id: (w, fresh) => (fresh ? freshApartment(w) : w.apartmentId),
    body: () => ({ renterEmail: "someone-new@example.com", startDate: "2026-03-01", rentAmount: 90000, dueDay: 3 }),
  },
  "POST /leases/{id}/renters": {
    rule: org("lease.manage", 404),
    id: (w) => w.lease,
    body: () => ({ email: `co-${crypto.randomUUID().slice(0, 6)}@example.com` }),
  },
  "POST /leases/{id}/adjustments": {
    rule: place("ledger.write", ["renter"]),
    id: (w) => w.lease,
    body: () => ({ amount: -100, reason: "Matrix credit" }),
  },
  "PUT /leases/{id}/reminders": {
    rule: place("ledger.write", ["renter"]),
    id: (w) => w.lease,
    body: () => ({ enabled: false }),
  },
  // Only the lease's own renters pay it online (the landlord side: 403).
  "POST /leases/{id}/checkout": {
    rule: place("payment.report", ["renter"], { owner: 403, manager: 403, maintenance: 403 }),
    id: (w) => w.lease,
    body: () => ({}),
  },
  "POST /leases/{id}/documents": {
    rule: place("agreement.edit", ["renter"]),
    id: (w) => w.lease,
    body: () => ({ templateName: "standard-en-unfurnished" }),
  },
  "PATCH /documents/{id}": {
    rule: place("agreement.edit", ["renter"]),
    id: (w) => w.document,
    body: () => ({ templateFields: { freeClauses: ["No smoking indoors."] } }),
  },
  // A renter party completes their own entry; the landlord side holds no `agreement.sign`.
  "PUT /documents/{id}/my-details": {
    rule: place("agreement.sign", ["renter"]),
    id: (w) => w.document,
    body: () => ({ name: "Rita Renter", idNumber: "X1", phone: "", address: "" }),
  },
  "POST /documents/{id}/render": { rule: place("agreement.edit", ["renter"]), id: (w) => w.document },
  "POST /documents/{id}/duplicate": { rule: place("agreement.edit", ["renter"]), id: (w) => w.document },
  "POST /documents/{id}/send": { rule: place("agreement.edit", ["renter"]), id: (w) => w.document },
  // Renters sign (`agreement.sign`), the landlord side countersigns (`agreement.countersign`): maintenance holds neither.
  "POST /documents/{id}/sign": {
    rule: place("agreement.countersign", ["renter"], { renter: can({ role: null }, "agreement.sign") ? "ok" : 404 }),
    id: (w) => w.document,
    body: () => ({ signedName: "Someone", signatureImage: "data:image/png;base64,iVBORw0KGgo=", consent: true }),
  },
  // The body names org A's apartment: another org's member gets its 404.
  "POST /listings": {
    rule: org("listing.manage", 404),
    body: (w) => ({
      apartmentId: w.listingApartmentId,
      title: "Matrix listing",
      description: "Quiet.",
      city: "Lyon",
      address: "1 Rue Test",
      type: "flat",
      chargesAmount: 0,
      depositAmount: 0,
      availableFrom: "2026-09-01",
      rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 70000 }],
    }),
  },
  "PATCH /listings/{id}": {
    rule: org("listing.manage", 404),
    id: (w) => w.listing,
    body: () => ({ title: "Renamed listing" }),
  },
  "POST /listings/{id}/publish": { rule: org("listing.manage", 404), id: (w) => w.listing },
  "POST /listings/{id}/close": { rule: org("listing.manage", 404), id: (w) => w.listing },
  "POST /listings/{id}/photos": { rule: org("listing.manage", 404), id: (w) => w.listing, body: () => photoForm() },
  "POST /me/dossier/documents": { rule: self(), body: () => documentForm("id_card", FILES.pdf()) },
  "POST /me/documents": { rule: self(), body: () => documentForm("id_card", FILES.pdf()) },
  "DELETE /me/dossier/documents/{id}": { rule: ownedBy("applicant"), id: (w, fresh) => dossierDocumentOf(w, fresh) },
  "DELETE /me/documents/{id}": { rule: ownedBy("applicant"), id: (w, fresh) => dossierDocumentOf(w, fresh) },
  "POST /me/guarantors": { rule: self(), body: () => ({ name: "Gina Guarantor", relationship: "parent" }) },
  "DELETE /me/guarantors/{id}": { rule: ownedBy("applicant"), id: (w, fresh) => guarantorOf(w, fresh) },
  "POST /me/guarantors/{id}/documents": {
    rule: ownedBy("applicant"),
    id: (w) => w.guarantor,
    body: () => documentForm("id_card", FILES.pdf()),
  },
  // Issue 16 §3: anyone signed in asks for their own data export (202; the world's actors each ask once).
  "POST /me/exports": { rule: self() },
  "PUT /me/profile": {
    rule: self(),
    body: () => PROFILE,
  },
  "POST /applications": {
    rule: self(),
    body: (w) => ({
      listingId: w.listing,
      moveInDate: futureDate(1),
      durationMonths: 12,
      guarantorIds: [],
      message: "Hi",
    }),
  },
  "POST /applications/{id}/withdraw": { rule: application("renter"), id: (w) => w.application },
  "POST /applications/{id}/reject": { rule: application("landlord"), id: (w) => w.application },
  "POST /applications/{id}/accept": { rule: application("landlord"), id: (w) => w.application },
  "POST /applications/{id}/confirm": { rule: application("landlord"), id: (w) => w.application },
  "POST /applications/{id}/room-ticket": { rule: application("both"), id: (w) => w.application },
  // Only the applicant pays online (reviewers: 403).
  "POST /applications/{id}/checkout": { rule: application("renter"), id: (w) => w.application, body: () => ({}) },
  // A post with an amount is money: `ledger.write` on the landlord side, `payment.report` for the lease's own
  // renters, on their own lease (another lease's renter: 404), never once their lease has ended (403 `read_only`).
  "POST /apartments/{id}/activities": {
    rule: place("ledger.write", APARTMENT_RENTERS, {
      renter: can({ role: null }, "payment.report") ? "ok" : 404,
      endedRenter: 403,
    }),
    id: (w) => w.apartmentId,
    body: (w) => ({ description: "Cash collected", amount: 80000, period: "2026-06", leaseId: w.lease }),
  },
  // `renter`'s payment report: confirmed by `payment.confirm` holders; its own author cannot (403 `own_entry`);
  // renters of other leases of the apartment, current or ended, do not reach it (404).
  "POST /activities/{id}/confirm": {
    rule: place("payment.confirm", APARTMENT_RENTERS, { renter: 403 }),
    id: (w) => w.activity,
  },
  "POST /activities/{id}/reject": {
    rule: place("payment.confirm", APARTMENT_RENTERS, { renter: 403 }),
    id: (w) => w.activity,
    body: () => ({ reason: "No transfer arrived" }),
  },
  "POST /apartments/{id}/room-ticket": { rule: place(null, APARTMENT_RENTERS), id: (w) => w.apartmentId },
  "POST /apartments/{id}/read": { rule: place(null, APARTMENT_RENTERS), id: (w) => w.apartmentId },
  // Taking access away (tests/integration/revocation-integration.test.ts). `{id}` of a member is their user id; an
  // allowed call gets a member, an invitation or a lease of its own so the world keeps its people.
  "DELETE /orgs/current/members/{id}": {
    rule: org("team.manage", 404),
    id: async (w, fresh) => (fresh ? (await addMember(w.owner, "maintenance")).userId : w.owner.userId),
  },
  "PATCH /orgs/current/members/{id}": {
    rule: org("team.manage", 404),
    id: async (w, fresh) => (fresh ? (await addMember(w.owner, "maintenance")).userId : w.owner.userId),
    body: () => ({ role: "manager" }),
  },
  "DELETE /orgs/current/invitations/{id}": {
    rule: org("team.manage", 404),
    id: (w, fresh) => (fresh ? freshInvitation(w) : "no-such-invitation"),
  },
  "POST /leases/{id}/end": {
    rule: place("lease.manage", ["renter"]),
    id: (w, fresh) => (fresh ? freshLease(w, "2026-01-01") : w.lease),
    body: () => ({ endDate: "2026-12-31" }),
  },
  // Only before it starts: the world's lease has started (409 `lease_started` for holders of `lease.manage`).
  "POST /leases/{id}/cancel": {
    rule: place("lease.manage", ["renter"]),
    id: (w, fresh) => (fresh ? freshLease(w, "2030-01-01") : w.lease),
  },
  // A renter of the lease leaves it; `renter` is its only renter (409 `last_renter`); the landlord side 403.
  "POST /leases/{id}/leave": {
    rule: place(null, ["renter"], { owner: 403, manager: 403, maintenance: 403 }),
    id: (w) => w.lease,
  },
  // Rent revision (tests/integration/rent-revision-integration.test.ts): the world's lease has no clause and
  // no anniversary yet, so holders of `lease.manage` get past access control to a 409 about its state.
  "POST /leases/{id}/rent-revision": {
    rule: place("lease.manage", ["renter"]),
    id: (w) => w.lease,
    body: () => ({ anniversary: "2027-03-01", newRent: 90000 }),
  },
  "PUT /leases/{id}/rent-revision/clause": {
    rule: place("lease.manage", ["renter"]),
    id: (w, fresh) => (fresh ? freshLease(w, "2026-01-01") : w.lease),
    body: () => ({ enabled: true, referenceQuarter: "2025-Q4" }),
  },
  // Platform admins only: 404 for everyone here (tests/integration/rent-revision-integration.test.ts).
  "PUT /admin/rent-index/{quarter}": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: () => "2099-Q1",
    body: () => ({ value: "999.99" }),
  },
  // Platform admins only (none of these actors is one): 404 for everyone (tests/integration/disabled-org-integration.test.ts).
  "POST /admin/users/{id}/ban": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.owner.userId,
    body: () => ({ reason: "Matrix says so" }),
  },
  "POST /admin/users/{id}/unban": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.owner.userId,
    body: () => ({ reason: "Matrix says so" }),
  },
  // Platform admins only (none of these actors is one): 404 for everyone (tests/integration/disabled-org-integration.test.ts).
  "POST /admin/orgs/{id}/disable": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.owner.orgId,
    body: () => ({ reason: "Matrix says so" }),
  },
  "POST /admin/orgs/{id}/enable": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.owner.orgId,
    body: () => ({ reason: "Matrix says so" }),
  },
  // Listing moderation (issue 16 §1): platform admins only; none of these actors is one.
  "POST /admin/listings/{id}/takedown": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.listing,
    body: () => ({ reason: "Matrix says so" }),
  },
  "POST /admin/listings/{id}/restore": {
    rule: (a) => (a === "anonymous" ? 401 : 404),
    id: (w) => w.listing,
    body: () => ({ reason: "Matrix says so" }),
  },
  // The org dashboard's live channel: owners and managers of the caller's own org (a foreign owner gets their own).
  "POST /dashboard/room-ticket": { rule: org("ledger.write", "ok") },
  // Expenses and owner statements (issue 15 §6–7): owners and managers (`ledger.write`); the body or the id
  // names org A's property or expense, so another org's owner gets its 404.
  "POST /expenses": {
    rule: org("ledger.write", 404),
    body: (w) => ({ propertyId: w.propertyId, category: "insurance", amount: 1200, incurredOn: "2026-06-01" }),
  },
  "POST /expenses/{id}/receipt": { rule: org("ledger.write", 404), id: (w) => w.expense, body: () => photoForm() },
  "PATCH /expenses/{id}": { rule: org("ledger.write", 404), id: (w) => w.expense, body: () => ({ amount: 4321 }) },
  "DELETE /expenses/{id}": { rule: org("ledger.write", 404), id: (w, fresh) => (fresh ? freshExpense(w) : w.expense) },
  "POST /properties/{id}/statement/pdf": { rule: org("ledger.write", 404), id: (w) => w.propertyId },
  // Issue 15: maintenance requests. A renter of a current lease of the apartment reports (an ended lease: 403
  // `read_only`); maintenance members do not open requests (403).
  "POST /apartments/{id}/maintenance-requests": {
    rule: place(null, APARTMENT_RENTERS, { maintenance: 403, endedRenter: 403 }),
    id: (w) => w.apartmentId,
    body: () => ({
      category: "plumbing",
      title: "Dripping tap",
      description: "Drip",
      urgency: "low",
      entryPermission: true,
    }),
  },
  "PATCH /maintenance-requests/{id}": {
    rule: maintenance(403),
    id: (w) => w.maintenanceRequest,
    body: () => ({ priority: "high" }),
  },
  "POST /maintenance-requests/{id}/triage": { rule: maintenance(403), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/schedule": { rule: maintenance(403), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/start": { rule: maintenance(403), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/resolve": { rule: maintenance(403), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/close": { rule: maintenance(403), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/cancel": { rule: maintenance("ok"), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/reopen": { rule: maintenance("ok"), id: (w) => w.maintenanceRequest },
  "POST /maintenance-requests/{id}/comments": {
    rule: maintenance("ok"),
    id: (w) => w.maintenanceRequest,
    body: () => ({ text: "Any news?" }),
  },
  "POST /maintenance-requests/{id}/rating": {
    rule: maintenance("ok", 403),
    id: (w) => w.maintenanceRequest,
    body: () => ({ stars: 4 }),
  },
  "POST /maintenance-requests/{id}/costs": {
    rule: maintenance(403),
    id: (w) => w.maintenanceRequest,
    body: () => ({ kind: "material", description: "Washer", amount: 350 }),
  },
  "POST /maintenance-requests/{id}/photos": {
    rule: maintenance("ok"),
    id: (w) => w.maintenanceRequest,
    body: () => photoForm(),
  },
  "POST /vendors": {
    rule: org("maintenance.triage", "ok"),
    body: () => ({ name: "Plomberie Martin", trade: "Plombier" }),
  },
  // The vendor's signed page (tests/integration/maintenance-integration.test.ts): its own token, no account.
  "POST /vendor-link/maintenance-request/comments": { rule: PUBLIC },
  "POST /vendor-link/maintenance-request/photos": { rule: PUBLIC },
  "POST /vendor-link/maintenance-request/start": { rule: PUBLIC },
  "POST /vendor-link/maintenance-request/resolve": { rule: PUBLIC },
  // A lease's charges (tests/integration/lease-charges-edit-integration.test.ts).
  "PATCH /leases/{id}/charges": {
    rule: place("lease.manage", ["renter"]),
    id: (w, fresh) => (fresh ? freshLease(w, "2026-01-01") : w.lease),
    body: () => ({ chargesAmount: 5000 }),
  },
};

async function freshInvitation(w: World) {
  const sent = await api(w.owner).orgs.current.invitations.$post({
    json: { email: `revoked-${crypto.randomUUID().slice(0, 6)}@example.com`, role: "maintenance" },
  });
  expect(sent.status, sent.text).toBe(201);
  return sent.json.id;
}
/** A lease of its own (on a fresh apartment), starting `startDate`. */
async function freshLease(w: World, startDate: string) {
  return (await addRenter(w.owner, await freshApartment(w), { startDate })).leaseId;
}

async function dossierDocumentOf(w: World, fresh: boolean) {
  if (!fresh) return w.dossierDocument;
  const d = await api(w.callers.applicant).me.documents.$post(
    {},
    { init: { body: documentForm("proof_of_income", FILES.pdf()) } },
  );
  expect(d.status, d.text).toBe(201);
  return d.json.id;
}
async function guarantorOf(w: World, fresh: boolean) {
  if (!fresh) return w.guarantor;
  const g = await api(w.callers.applicant).me.guarantors.$post({
    json: { name: "Fresh Guarantor", relationship: "friend" },
  });
  expect(g.status, g.text).toBe(201);
  return g.json.id;
}

function photoForm() {
  const form = new FormData();
  const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
  form.append("file", new Blob([Uint8Array.from(atob(png), (ch) => ch.charCodeAt(0))], { type: "image/png" }), "p.png");
  return form;
}

type Operation = { method: string; path: string; key: string };
async function writeRoutes(): Promise<Operation[]> {
  const res = await rawCall("GET", "/api/openapi.json");
  expect(res.status).toBe(200);
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(readOpenApi(res.json).paths))
    for (const method of Object.keys(item)) {
      if (!["post", "put", "patch", "delete"].includes(method)) continue;
      const p = path.replace(/^\/api(?=\/)/, "");
      ops.push({ method: method.toUpperCase(), path: p, key: `${method.toUpperCase()} ${p}` });
    }
  return ops;
}

const WRITES = await writeRoutes();
const CASES = WRITES.flatMap((op) => ACTORS.map((actor) => ({ op, actor, expected: ROUTES[op.key]?.rule(actor) })));
const REFUSALS = CASES.filter((c) => typeof c.expected === "number");
const ALLOWED = CASES.filter((c) => c.expected === "ok");

let world: World;
beforeAll(async () => {
  world = await seedWorld();
}, 120_000);
// The matrix outlives an access token on a loaded machine (800 cases): every caller's session is renewed
// before a case whose token would expire within five minutes (before the case's snapshot: renewing writes).
beforeEach(async () => {
  for (const caller of Object.values(world.callers)) await renewSession(caller);
});

async function call(op: Operation, actor: ActorName, fresh: boolean) {
  const spec = ROUTES[op.key]!;
  const id = spec.id ? await spec.id(world, fresh) : undefined;
  const path = `/api${op.path.replace(/\{(id|quarter)\}/, id ?? "{id}")}`;
  return rawCall(op.method, path, spec.body?.(world), world.callers[actor]);
}

describe(`permission matrix: ${WRITES.length} write routes × ${ACTORS.length} actors`, () => {
  it("the route table: every write route is in the matrix (add new ones to ROUTES)", () => {
    expect(WRITES.length, "no write routes found: is the OpenAPI document complete?").toBeGreaterThan(20);
    expect(
      WRITES.filter((op) => !ROUTES[op.key]).map((op) => op.key),
      "write routes missing from ROUTES",
    ).toEqual([]);
    const gone = Object.keys(ROUTES).filter((k) => !WRITES.some((op) => op.key === k));
    expect(gone, "ROUTES entries for routes that no longer exist").toEqual([]);
  });

  it("renewing a caller's session (the matrix outlives an access token) gives a working token and rotates the refresh token", async () => {
    const renter = await signUpRenter("Rémi Renew");
    const before = { ...renter };
    await renewSession(renter); // 15 minutes left: nothing to do
    expect(renter.refreshToken).toBe(before.refreshToken);
    await renewSession(renter, 3600); // any token expires within the hour: renewed (the access token may be
    expect(renter.refreshToken).not.toBe(before.refreshToken); // byte-equal when issued in the same second)
    expect((await api(renter).me.$get()).status).toBe(200);
    const reused = await api().auth.refresh.$post({ json: { refreshToken: before.refreshToken } });
    expect(reused.status).toBe(401);
  });

  it.each(REFUSALS.map((c) => [`${c.op.key} as ${c.actor} → ${c.expected}`, c] as const))(
    "%s, writing nothing",
    async (_, { op, actor, expected }) => {
      const before = await snapshot();
      const res = await call(op, actor, false);
      expect(res.status, res.text).toBe(expected);
      expect(changedTables(before, await snapshot()), "tables written by a refused call").toEqual([]);
    },
  );

  it.each(ALLOWED.map((c) => [`${c.op.key} as ${c.actor}`, c] as const))(
    "%s gets past access control",
    async (_, { op, actor }) => {
      const res = await call(op, actor, true);
      expect([401, 403, 404], `${res.status}: ${res.text}`).not.toContain(res.status);
      expect(res.status, res.text).toBeLessThan(500);
    },
  );
});
