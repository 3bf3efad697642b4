import { describe, expect, it } from "vitest";
import { type Answer, api, multipart, rawCall } from "../setup/client";
import { readOpenApi } from "../setup/openapi";
import { addRenter, signUpLandlord, signUpRenter, type Caller, type Landlord } from "../setup/helpers";
import { applyTo, createListing, documentForm, FILES, PROFILE } from "../setup/listings";

/**
 * Org isolation, generated from the route table: every operation in /api/openapi.json whose path takes an
 * `{id}` is called by a member of another org with the id of a real object, and must answer 404. A new
 * route with an id that this file does not know how to feed fails the "route table" test below, so it is
 * either covered here or flagged.
 */
type Resource =
  | "property"
  | "apartment"
  | "lease"
  | "activity"
  | "document"
  | "listing"
  | "application"
  | "dossierDocument"
  | "guarantor"
  | "expense"
  | "maintenanceRequest";
type Operation = { method: string; path: string; hasBody: boolean };

/** Which object each id route needs, by path prefix. */
const RESOURCE_BY_PREFIX: Record<string, Resource> = {
  "/properties/{id}": "property",
  "/apartments/{id}": "apartment",
  "/leases/{id}": "lease",
  "/activities/{id}": "activity",
  "/documents/{id}": "document",
  "/listings/{id}": "listing",
  "/applications/{id}": "application",
  // A user's own dossier: another user's id answers 404 like a missing one.
  "/me/dossier/documents/{id}": "dossierDocument",
  "/me/documents/{id}": "dossierDocument", // the deprecated alias of the line above
  "/me/guarantors/{id}": "guarantor",
  "/expenses/{id}": "expense",
  "/maintenance-requests/{id}": "maintenanceRequest",
};
/** A valid body for each id route that takes one (the owner's sanity call proves it is valid). */
const EXAMPLE_BODIES: Record<string, unknown> = {
  "PATCH /properties/{id}": { name: "Renamed by someone" },
  "PATCH /apartments/{id}": { rentAmount: 1, unitNumber: "Z9" },
  "POST /apartments/{id}/leases": {
    renterEmail: "someone-new@example.com",
    startDate: "2026-03-01",
    rentAmount: 90000,
    dueDay: 3,
  },
  "POST /apartments/{id}/activities": { description: "Boiler serviced", needsConfirmation: true },
  "POST /leases/{id}/renters": { email: "co-renter@example.com" },
  "POST /leases/{id}/end": { endDate: "2027-12-31" },
  "POST /leases/{id}/adjustments": { amount: -100, reason: "Isolation credit" },
  "POST /activities/{id}/reject": { reason: "No transfer arrived" },
  "POST /leases/{id}/documents": { templateName: "standard-en-unfurnished" },
  "POST /leases/{id}/checkout": {},
  "PUT /leases/{id}/reminders": { enabled: false },
  "POST /leases/{id}/rent-revision": { anniversary: "2027-01-01", newRent: 90000 },
  "PUT /leases/{id}/rent-revision/clause": { enabled: true, referenceQuarter: "2024-Q4" },
  "PATCH /documents/{id}": { templateFields: { freeClauses: ["No smoking indoors."] } },
  "PUT /documents/{id}/my-details": { name: "Someone Else", idNumber: "X1", phone: "", address: "" },
  "POST /documents/{id}/sign": {
    signedName: "Someone Else",
    signatureImage: "data:image/png;base64,iVBORw0KGgo=",
    consent: true,
  },
  "POST /applications/{id}/withdraw": { note: "Found another place" },
  "POST /applications/{id}/reject": { note: "Sorry" },
  "POST /applications/{id}/accept": { note: "Welcome" },
  "POST /applications/{id}/confirm": { note: "First rent received" },
  "POST /me/guarantors/{id}/documents": documentForm("id_card", FILES.pdf()),
  "PATCH /listings/{id}": { title: "Renamed by someone" },
  "POST /listings/{id}/photos": photoForm(),
  "POST /expenses/{id}/receipt": photoForm(),
  "POST /apartments/{id}/maintenance-requests": {
    category: "plumbing",
    title: "Leak under the sink",
    description: "Water on the floor",
    urgency: "normal",
    entryPermission: true,
  },
  "PATCH /maintenance-requests/{id}": { priority: "high" },
  "PATCH /expenses/{id}": { amount: 4321 },
  "POST /maintenance-requests/{id}/comments": { text: "On my way" },
  "POST /maintenance-requests/{id}/rating": { stars: 5 },
  "POST /maintenance-requests/{id}/costs": { kind: "labour", description: "1 h", amount: 4500, hours: 1 },
  "POST /maintenance-requests/{id}/photos": photoForm(),
  ...Object.fromEntries(
    ["triage", "schedule", "start", "resolve", "close", "cancel", "reopen"].map((a) => [
      `POST /maintenance-requests/{id}/${a}`,
      { note: "Isolation" },
    ]),
  ),
  "PATCH /leases/{id}/charges": { chargesAmount: 5000 },
};
/**
 * Routes whose owner call depends on the object's state or on being a renter party: for them the owner's
 * sanity call proves it got past access control with this status instead of a 2xx (never a 404).
 */
const OWN_STATUS: Record<string, number> = {
  "POST /documents/{id}/send": 409, // a draft is not ready to send
  "POST /documents/{id}/sign": 409, // nor out for signature
  "PUT /documents/{id}/my-details": 403, // the owner is not a renter of it
  "POST /leases/{id}/checkout": 403, // only the lease's renters pay online
  "GET /leases/{id}/receipts/{period}": 409, // that period is not paid
  "POST /listings/{id}/publish": 409, // the fixture listing is already published
  "POST /applications/{id}/checkout": 403, // only the applicant pays online
  "POST /leases/{id}/cancel": 409, // the fixture lease has started: it can only be ended
  "POST /leases/{id}/leave": 403, // only the lease's renters leave it
  "POST /leases/{id}/rent-revision": 409, // no clause, no anniversary yet: nothing to confirm
  "GET /leases/{id}/rent-revision/letter": 409, // no confirmed revision, so no letter
  // The fixture request is `open`: these actions are not allowed from there (the owner is past access control).
  "POST /maintenance-requests/{id}/schedule": 409,
  "POST /maintenance-requests/{id}/resolve": 409,
  "POST /maintenance-requests/{id}/close": 409,
  "POST /maintenance-requests/{id}/reopen": 409,
  "POST /maintenance-requests/{id}/start": 409,
  "POST /maintenance-requests/{id}/rating": 403, // only the renter rates
};
/** Routes only the applicant may call (the owner's sanity call goes through them). */
const CALLED_BY_APPLICANT = new Set(["POST /applications/{id}/withdraw"]);
/** Routes that need the application accepted before the owner's own call can succeed. */
const NEEDS_ACCEPTED = new Set(["POST /applications/{id}/confirm"]);
/**
 * Covered elsewhere: admin routes (disabled-org test), one's own sessions (auth test), the dev mailbox; public
 * listings are for everyone by design (published only: listings-integration); the caller's own org's members
 * and invitations (`/orgs/current/…`: another org's ids answer 404, revocation-integration).
 */
const EXCLUDED = [/^\/admin\//, /^\/auth\/sessions\//, /^\/dev\//, /^\/public\//, /^\/orgs\/current\//];

const strip = (path: string) => path.replace(/^\/api(?=\/)/, "");
/** Path parameters besides the id take this example value. */
const OTHER_PARAMS: Record<string, string> = { period: "2026-01" };
/** A small valid JPEG-less image upload (a PNG) for the photo route. */
function photoForm() {
  const form = new FormData();
  form.append(
    "file",
    new Blob(
      [
        Uint8Array.from(
          atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
          (ch) => ch.charCodeAt(0),
        ),
      ],
      { type: "image/png" },
    ),
    "photo.png",
  );
  return form;
}
const fill = (path: string, id: string) =>
  path.replace("{id}", id).replace(/\{(\w+)\}/g, (_, name: string) => OTHER_PARAMS[name] ?? `{${name}}`);

async function routeTable(): Promise<Operation[]> {
  const res = await rawCall("GET", "/api/openapi.json");
  expect(res.status).toBe(200);
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(readOpenApi(res.json).paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      ops.push({ method: method.toUpperCase(), path: strip(path), hasBody: Boolean(op.requestBody) });
    }
  }
  return ops;
}

const ALL_OPS = await routeTable();
const ID_OPS = ALL_OPS.filter((op) => op.path.includes("{id}") && !EXCLUDED.some((re) => re.test(op.path)));

function resourceFor(path: string): Resource | undefined {
  const prefix = Object.keys(RESOURCE_BY_PREFIX).find((p) => path === p || path.startsWith(`${p}/`));
  return prefix ? RESOURCE_BY_PREFIX[prefix] : undefined;
}

const property = (name: string) => ({
  name,
  address: "1 Isolation Way",
  city: "Lyon",
  postalCode: "69001",
  country: "France",
});

type Objects = Record<Resource, string> & { renter?: Caller; applicant?: Caller };

/**
 * A property and apartment; with `withLease`, a lease whose renter joined and reported a payment (an
 * activity pending the landlord's confirmation, so the owner's own confirm or reject succeeds).
 */
async function createObjects(owner: Landlord, label: string, withLease = false): Promise<Objects> {
  const p = await api(owner).properties.$post({ json: property(`${label} building`) });
  expect(p.status, p.text).toBe(201);
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber: `${label}-1`, roomsCount: 2, rentAmount: 70000, currency: "EUR" },
  });
  expect(a.status, a.text).toBe(201);
  const listing = await createListing(owner, a.json.id);
  const applicant = await signUpRenter();
  expect((await api(applicant).me.profile.$put({ json: PROFILE })).status).toBe(200);
  const applied = await applyTo(applicant, listing.listingId);
  expect(applied.status, applied.text).toBe(201);
  const dossierDocument = await api(owner).me.documents.$post({}, multipart(documentForm("id_card", FILES.pdf())));
  expect(dossierDocument.status, dossierDocument.text).toBe(201);
  const guarantor = await api(owner).me.guarantors.$post({
    json: { name: `${label} Guarantor`, relationship: "parent" },
  });
  expect(guarantor.status, guarantor.text).toBe(201);
  const expense = await api(owner).expenses.$post({
    json: { propertyId: p.json.id, category: "insurance", amount: 4500, incurredOn: "2026-05-01" },
  });
  expect(expense.status, expense.text).toBe(201);
  const receipt = await api(owner).expenses[":id"].receipt.$post(
    { param: { id: expense.json.id } },
    multipart(photoForm()),
  );
  expect(receipt.status, receipt.text).toBe(200);
  const reported = await rawCall(
    "POST",
    `/api/apartments/${a.json.id}/maintenance-requests`,
    { category: "heating", title: "No heating", description: "Cold", urgency: "urgent", entryPermission: false },
    owner,
  );
  expect(reported.status, reported.text).toBe(201);
  const objects = {
    expense: expense.json.id,
    maintenanceRequest: (reported.json as { request: { id: string } }).request.id,
    property: p.json.id,
    apartment: a.json.id,
    lease: "",
    activity: "",
    listing: listing.listingId,
    application: applied.json.id,
    document: "",
    dossierDocument: dossierDocument.json.id,
    guarantor: guarantor.json.id,
    applicant,
  };
  if (!withLease) return objects;
  const { renter, leaseId } = await addRenter(owner, objects.apartment);
  const activity = await api(renter).apartments[":id"].activities.$post({
    param: { id: objects.apartment },
    json: { description: "Payment sent for 2026-05", amount: 70000, period: "2026-05" },
  });
  expect(activity.status, activity.text).toBe(201);
  expect(activity.json.confirmBySide).toBe("landlord");
  const agreement = await api(owner).leases[":id"].documents.$post({
    param: { id: leaseId },
    json: { templateName: "standard-fr-unfurnished" },
  });
  expect(agreement.status, agreement.text).toBe(201);
  return {
    ...objects,
    lease: leaseId,
    activity: activity.json.id,
    document: agreement.json.document.id,
    renter,
  };
}

/** What the owner sees of an object (leases and activities have no GET of their own: their apartment's list). */
function readBack(r: Resource, objects: Objects, who: Caller) {
  switch (r) {
    case "property":
      return api(who).properties[":id"].$get({ param: { id: objects.property } });
    case "apartment":
      return api(who).apartments[":id"].$get({ param: { id: objects.apartment } });
    case "lease":
      return api(who).apartments[":id"].leases.$get({ param: { id: objects.apartment } });
    case "activity":
      return api(who).apartments[":id"].activities.$get({ param: { id: objects.apartment } });
    case "document":
      return api(who).documents[":id"].$get({ param: { id: objects.document } });
    case "listing":
      return api(who).listings[":id"].applications.$get({ param: { id: objects.listing } });
    case "application":
      return withoutLinks(api(who).applications[":id"].$get({ param: { id: objects.application } }));
    case "dossierDocument":
    case "guarantor":
      return withoutLinks(api(who).me.dossier.$get());
    case "expense":
      return api(who).expenses.$get({ query: {} });
    case "maintenanceRequest":
      return withoutLinks(rawCall("GET", `/api/maintenance-requests/${objects.maintenanceRequest}`, undefined, who));
  }
}

/** Signed links carry their expiry second: compare what they point at, not when they were signed. */
async function withoutLinks(pending: Promise<Answer<unknown>>) {
  const { status, text, json } = await pending;
  const unlinked: unknown = JSON.parse(
    JSON.stringify(json, (key, value: unknown) => (key === "url" ? "(link)" : value)),
  );
  return { status, text, json: unlinked };
}

describe("org isolation", () => {
  it("the route table: every id route is known to this test (add new ones to the maps above)", () => {
    expect(ID_OPS.length, "no {id} routes found: is the OpenAPI document complete?").toBeGreaterThanOrEqual(6);
    const unknown = ID_OPS.filter((op) => !resourceFor(op.path)).map((op) => `${op.method} ${op.path}`);
    expect(unknown, "id routes without a resource in RESOURCE_BY_PREFIX").toEqual([]);
    const bodiless = ID_OPS.filter((op) => op.hasBody && !(`${op.method} ${op.path}` in EXAMPLE_BODIES)).map(
      (op) => `${op.method} ${op.path}`,
    );
    expect(bodiless, "id routes that take a body without an example in EXAMPLE_BODIES").toEqual([]);
    // Any other path parameter would escape this test: routes must take `{id}` (or be excluded).
    const otherParams = ALL_OPS.filter(
      (op) =>
        [...op.path.matchAll(/\{(\w+)\}/g)].some(([, name]) => name !== "id" && !(name! in OTHER_PARAMS)) &&
        !EXCLUDED.some((re) => re.test(op.path)),
    ).map((op) => `${op.method} ${op.path}`);
    expect(otherParams, "routes with a path parameter other than {id}").toEqual([]);
  });

  it.each(ID_OPS.map((op) => [`${op.method} ${op.path}`, op] as const))(
    "%s: another org's member gets 404, the owner does not",
    async (_, op) => {
      const resource = resourceFor(op.path);
      if (!resource) throw new Error(`unknown id route ${op.method} ${op.path}: add it to RESOURCE_BY_PREFIX`);
      const ownerA = await signUpLandlord("Org A");
      const ownerB = await signUpLandlord("Org B");
      const withLease = resource === "lease" || resource === "activity" || resource === "document";
      await createObjects(ownerB, "B", withLease);
      const objects = await createObjects(ownerA, "A", withLease);
      const id = objects[resource];
      const path = `/api${fill(op.path, id)}`;
      const body = EXAMPLE_BODIES[`${op.method} ${op.path}`];
      const before = await readBack(resource, objects, ownerA);
      expect(before.status, before.text).toBe(200);

      const foreign = await rawCall(op.method, path, body, ownerB);
      expect(foreign.status, foreign.text).toBe(404);
      expect(foreign.problem.code).toBe("not_found");
      // Word for word the answer for an id that does not exist: nothing tells the two apart.
      const missing = await rawCall(op.method, `/api${fill(op.path, "no-such-id")}`, body, ownerB);
      expect(foreign.problem.detail).toBe(missing.problem.detail);
      // The foreign call changed nothing.
      const after = await readBack(resource, objects, ownerA);
      expect(after.status).toBe(200);
      expect(after.json).toEqual(before.json);
      // A renter without any org gets the same answer for this id as for an id that does not exist.
      const renter = await signUpRenter();
      const renterCall = await rawCall(op.method, path, body, renter);
      const renterMissing = await rawCall(op.method, `/api${fill(op.path, "no-such-id")}`, body, renter);
      expect(renterCall.status).toBeGreaterThanOrEqual(400);
      expect({ status: renterCall.status, code: renterCall.problem.code, detail: renterCall.problem.detail }).toEqual({
        status: renterMissing.status,
        code: renterMissing.problem.code,
        detail: renterMissing.problem.detail,
      });

      const key = `${op.method} ${op.path}`;
      if (NEEDS_ACCEPTED.has(key))
        expect(
          (await api(ownerA).applications[":id"].accept.$post({ param: { id: objects.application } })).status,
        ).toBe(200);
      const own = await rawCall(op.method, path, body, CALLED_BY_APPLICANT.has(key) ? objects.applicant! : ownerA);
      expect(own.status, own.text).not.toBe(404);
      const expected = OWN_STATUS[`${op.method} ${op.path}`];
      if (expected) expect(own.status, own.text).toBe(expected);
      else expect(own.status, own.text).toBeLessThan(300);
    },
  );

  it("renter X cannot reach renter Y's apartment, lease or activity in the same org (every id route)", async () => {
    const owner = await signUpLandlord("Shared Org");
    const x = await createObjects(owner, "X", true);
    const y = await createObjects(owner, "Y", true);
    const renter = x.renter!;
    expect((await api(renter).apartments[":id"].activities.$get({ param: { id: x.apartment } })).status).toBe(200);
    const before = await Promise.all(
      (["apartment", "lease", "activity", "document", "listing", "application"] as const).map((r) =>
        readBack(r, y, owner),
      ),
    );
    for (const op of ID_OPS) {
      const resource = resourceFor(op.path);
      if (resource === "property" || !resource) continue;
      const body = EXAMPLE_BODIES[`${op.method} ${op.path}`];
      const res = await rawCall(op.method, `/api${fill(op.path, y[resource])}`, body, renter);
      const missing = await rawCall(op.method, `/api${fill(op.path, "no-such-id")}`, body, renter);
      expect(res.status, `${op.method} ${op.path}: ${res.text}`).toBeGreaterThanOrEqual(400);
      expect(
        { status: res.status, code: res.problem.code, detail: res.problem.detail },
        `${op.method} ${op.path}`,
      ).toEqual({ status: missing.status, code: missing.problem.code, detail: missing.problem.detail });
    }
    const after = await Promise.all(
      (["apartment", "lease", "activity", "document", "listing", "application"] as const).map((r) =>
        readBack(r, y, owner),
      ),
    );
    expect(after.map((r) => r.json)).toEqual(before.map((r) => r.json));
    // Renter X's own home still lists only apartment X.
    const homes = await api(renter).me.homes.$get();
    expect(homes.json.results.map((h) => h.apartmentId)).toEqual([x.apartment]);
  });

  it("a foreign property answers 404 with include=apartments too, leaking none of its apartments", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const res = await api(ownerB).properties[":id"].$get({
      param: { id: a.property },
      query: { include: "apartments" },
    });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(a.apartment);
  });

  it("list endpoints never include another org's rows, however they are filtered", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const b = await createObjects(ownerB, "B");

    const props = await api(ownerB).properties.$get({ query: { limit: "100" } });
    expect(props.json.results.map((p: { id: string }) => p.id)).toEqual([b.property]);
    expect(props.json.total).toBe(1);
    const apts = await api(ownerB).apartments.$get({ query: { limit: "100" } });
    expect(apts.json.results.map((x: { id: string }) => x.id)).toEqual([b.apartment]);
    const filtered = await api(ownerB).apartments.$get({ query: { propertyId: a.property } });
    expect(filtered.status).toBe(200);
    expect(filtered.json).toMatchObject({ results: [], total: 0 });
    // And the other way round.
    const aProps = await api(ownerA).properties.$get({ query: { limit: "100" } });
    expect(aProps.json.results.map((p: { id: string }) => p.id)).toEqual([a.property]);
  });

  it("another org's property cannot be used as a parent, and answers like one that does not exist", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const b = await createObjects(ownerB, "B");
    const apt = { unitNumber: "X1", roomsCount: 1, rentAmount: 1000, currency: "EUR" };

    const create = await api(ownerB).apartments.$post({ json: { ...apt, propertyId: a.property } });
    const createMissing = await api(ownerB).apartments.$post({ json: { ...apt, propertyId: "no-such-property" } });
    expect(create.status).toBe(404);
    expect({ status: create.status, code: create.problem.code }).toEqual({
      status: createMissing.status,
      code: createMissing.problem.code,
    });

    const move = await api(ownerB).apartments[":id"].$patch({
      param: { id: b.apartment },
      json: { propertyId: a.property },
    });
    const moveMissing = await api(ownerB).apartments[":id"].$patch({
      param: { id: b.apartment },
      json: { propertyId: "no-such-property" },
    });
    expect(move.status).toBeGreaterThanOrEqual(400);
    expect({ status: move.status, code: move.problem.code }).toEqual({
      status: moveMissing.status,
      code: moveMissing.problem.code,
    });
    expect((await api(ownerB).apartments[":id"].$get({ param: { id: b.apartment } })).json.propertyId).toBe(b.property);
    const aApts = await api(ownerA).apartments.$get({ query: { propertyId: a.property } });
    expect(aApts.json.total).toBe(1);
  });

  it("a member of two orgs must choose one with X-Org-Id; an org they are not in answers 404", async () => {
    const owner = await signUpLandlord("First Org");
    const stranger = await signUpLandlord("Stranger Org");
    const first = await createObjects(owner, "First");
    const created = await api(owner).orgs.$post({ json: { name: "Second Org" } });
    expect(created.status, created.text).toBe(201);
    const token = created.json.accessToken;
    const secondOrgId = created.json.org.id;

    const unspecified = await api({ token }).properties.$get();
    expect(unspecified.status).toBe(400);
    expect(unspecified.problem.code).toBe("org_required");
    expect((await api({ token }).properties.$post({ json: property("Where?") })).problem.code).toBe("org_required");

    const inFirst = await api({ token, orgId: owner.orgId }).properties.$get();
    expect(inFirst.json.results.map((p: { id: string }) => p.id)).toEqual([first.property]);
    const inSecond = await api({ token, orgId: secondOrgId }).properties.$get();
    expect(inSecond.status).toBe(200);
    expect(inSecond.json.total).toBe(0);
    expect(
      (await api({ token, orgId: secondOrgId }).properties[":id"].$get({ param: { id: first.property } })).status,
    ).toBe(404);

    for (const [method, path, body] of [
      ["GET", "/api/properties", undefined],
      ["POST", "/api/properties", property("Intruder")],
      ["GET", "/api/orgs/current", undefined],
    ] as const) {
      const res = await rawCall(method, path, body, { token, orgId: stranger.orgId });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // The stranger's org is untouched.
    expect((await api(stranger).properties.$get()).json.total).toBe(0);
    // A single-org member naming a foreign org gets 404 too.
    expect((await api({ token: stranger.token, orgId: owner.orgId }).properties.$get()).status).toBe(404);
  });
});
