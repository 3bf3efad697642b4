import { describe, expect, it } from "vitest";
import { call, signUpLandlord, signUpRenter, type Caller, type Landlord } from "../setup/helpers";

/**
 * Org isolation, generated from the route table: every operation in /api/openapi.json whose path takes an
 * `{id}` is called by a member of another org with the id of a real object, and must answer 404. A new
 * route with an id that this file does not know how to feed fails the "route table" test below, so it is
 * either covered here or flagged.
 */
type Resource = "property" | "apartment";
type Operation = { method: string; path: string; hasBody: boolean };

/** Which object each id route needs, by path prefix. */
const RESOURCE_BY_PREFIX: Record<string, Resource> = {
  "/properties/{id}": "property",
  "/apartments/{id}": "apartment",
};
/** A valid body for each id route that takes one (the owner's sanity call proves it is valid). */
const EXAMPLE_BODIES: Record<string, unknown> = {
  "PATCH /properties/{id}": { name: "Renamed by someone" },
  "PATCH /apartments/{id}": { rentAmount: 1, unitNumber: "Z9" },
};
/** Covered elsewhere: admin routes (disabled-org test), one's own sessions (auth test), the dev mailbox. */
const EXCLUDED = [/^\/admin\//, /^\/auth\/sessions\//, /^\/dev\//];

const strip = (path: string) => path.replace(/^\/api(?=\/)/, "");

async function routeTable(): Promise<Operation[]> {
  const res = await call("GET", "/api/openapi.json");
  expect(res.status).toBe(200);
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(res.json.paths as Record<string, Record<string, { requestBody?: unknown }>>)) {
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

const property = (name: string) => ({ name, address: "1 Isolation Way", city: "Lyon", postalCode: "69001", country: "France" });

async function createObjects(owner: Landlord, label: string) {
  const p = await call("POST", "/api/properties", property(`${label} building`), owner);
  expect(p.status, p.text).toBe(201);
  const a = await call("POST", "/api/apartments", { propertyId: p.json.id, unitNumber: `${label}-1`, roomsCount: 2, rentAmount: 70000, currency: "EUR" }, owner);
  expect(a.status, a.text).toBe(201);
  return { property: p.json.id as string, apartment: a.json.id as string };
}

const readBack = (r: Resource, id: string, who: Caller) => call("GET", `/api/${r === "property" ? "properties" : "apartments"}/${id}`, undefined, who);

describe("org isolation", () => {
  it("the route table: every id route is known to this test (add new ones to the maps above)", () => {
    expect(ID_OPS.length, "no {id} routes found: is the OpenAPI document complete?").toBeGreaterThanOrEqual(6);
    const unknown = ID_OPS.filter((op) => !resourceFor(op.path)).map((op) => `${op.method} ${op.path}`);
    expect(unknown, "id routes without a resource in RESOURCE_BY_PREFIX").toEqual([]);
    const bodiless = ID_OPS.filter((op) => op.hasBody && !(`${op.method} ${op.path}` in EXAMPLE_BODIES)).map((op) => `${op.method} ${op.path}`);
    expect(bodiless, "id routes that take a body without an example in EXAMPLE_BODIES").toEqual([]);
    // Any other path parameter would escape this test: routes must take `{id}` (or be excluded).
    const otherParams = ALL_OPS.filter((op) => /\{(?!id\})[^}]+\}/.test(op.path) && !EXCLUDED.some((re) => re.test(op.path))).map((op) => `${op.method} ${op.path}`);
    expect(otherParams, "routes with a path parameter other than {id}").toEqual([]);
  });

  it.each(ID_OPS.map((op) => [`${op.method} ${op.path}`, op] as const))("%s: another org's member gets 404, the owner does not", async (_, op) => {
    const resource = resourceFor(op.path);
    if (!resource) throw new Error(`unknown id route ${op.method} ${op.path}: add it to RESOURCE_BY_PREFIX`);
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    await createObjects(ownerB, "B");
    const objects = await createObjects(ownerA, "A");
    const id = objects[resource];
    const path = `/api${op.path.replace("{id}", id)}`;
    const body = EXAMPLE_BODIES[`${op.method} ${op.path}`];
    const before = await readBack(resource, id, ownerA);

    const foreign = await call(op.method, path, body, ownerB);
    expect(foreign.status, foreign.text).toBe(404);
    expect(foreign.json.code).toBe("not_found");
    // The foreign call changed nothing.
    const after = await readBack(resource, id, ownerA);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
    // A renter without any org gets the same answer for this id as for an id that does not exist.
    const renter = await signUpRenter();
    const renterCall = await call(op.method, path, body, renter);
    const renterMissing = await call(op.method, `/api${op.path.replace("{id}", "no-such-id")}`, body, renter);
    expect(renterCall.status).toBeGreaterThanOrEqual(400);
    expect({ status: renterCall.status, code: renterCall.json?.code }).toEqual({ status: renterMissing.status, code: renterMissing.json?.code });

    const own = await call(op.method, path, body, ownerA);
    expect(own.status, own.text).not.toBe(404);
    expect(own.status, own.text).toBeLessThan(300);
  });

  it("a foreign property answers 404 with include=apartments too, leaking none of its apartments", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const res = await call("GET", `/api/properties/${a.property}?include=apartments`, undefined, ownerB);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(a.apartment);
  });

  it("list endpoints never include another org's rows, however they are filtered", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const b = await createObjects(ownerB, "B");

    const props = await call("GET", "/api/properties?limit=100", undefined, ownerB);
    expect(props.json.results.map((p: { id: string }) => p.id)).toEqual([b.property]);
    expect(props.json.total).toBe(1);
    const apts = await call("GET", "/api/apartments?limit=100", undefined, ownerB);
    expect(apts.json.results.map((x: { id: string }) => x.id)).toEqual([b.apartment]);
    const filtered = await call("GET", `/api/apartments?propertyId=${a.property}`, undefined, ownerB);
    expect(filtered.status).toBe(200);
    expect(filtered.json).toMatchObject({ results: [], total: 0 });
    // And the other way round.
    const aProps = await call("GET", "/api/properties?limit=100", undefined, ownerA);
    expect(aProps.json.results.map((p: { id: string }) => p.id)).toEqual([a.property]);
  });

  it("another org's property cannot be used as a parent, and answers like one that does not exist", async () => {
    const ownerA = await signUpLandlord("Org A");
    const ownerB = await signUpLandlord("Org B");
    const a = await createObjects(ownerA, "A");
    const b = await createObjects(ownerB, "B");
    const apt = { unitNumber: "X1", roomsCount: 1, rentAmount: 1000, currency: "EUR" };

    const create = await call("POST", "/api/apartments", { ...apt, propertyId: a.property }, ownerB);
    const createMissing = await call("POST", "/api/apartments", { ...apt, propertyId: "no-such-property" }, ownerB);
    expect(create.status).toBe(404);
    expect({ status: create.status, code: create.json.code }).toEqual({ status: createMissing.status, code: createMissing.json.code });

    const move = await call("PATCH", `/api/apartments/${b.apartment}`, { propertyId: a.property }, ownerB);
    const moveMissing = await call("PATCH", `/api/apartments/${b.apartment}`, { propertyId: "no-such-property" }, ownerB);
    expect(move.status).toBeGreaterThanOrEqual(400);
    expect({ status: move.status, code: move.json.code }).toEqual({ status: moveMissing.status, code: moveMissing.json.code });
    expect((await readBack("apartment", b.apartment, ownerB)).json.propertyId).toBe(b.property);
    const aApts = await call("GET", `/api/apartments?propertyId=${a.property}`, undefined, ownerA);
    expect(aApts.json.total).toBe(1);
  });

  it("a member of two orgs must choose one with X-Org-Id; an org they are not in answers 404", async () => {
    const owner = await signUpLandlord("First Org");
    const stranger = await signUpLandlord("Stranger Org");
    const first = await createObjects(owner, "First");
    const created = await call("POST", "/api/orgs", { name: "Second Org" }, owner);
    expect(created.status, created.text).toBe(201);
    const token = created.json.accessToken as string;
    const secondOrgId = created.json.org.id as string;

    const unspecified = await call("GET", "/api/properties", undefined, { token });
    expect(unspecified.status).toBe(400);
    expect(unspecified.json.code).toBe("org_required");
    expect((await call("POST", "/api/properties", property("Where?"), { token })).json.code).toBe("org_required");

    const inFirst = await call("GET", "/api/properties", undefined, { token, orgId: owner.orgId });
    expect(inFirst.json.results.map((p: { id: string }) => p.id)).toEqual([first.property]);
    const inSecond = await call("GET", "/api/properties", undefined, { token, orgId: secondOrgId });
    expect(inSecond.status).toBe(200);
    expect(inSecond.json.total).toBe(0);
    expect((await call("GET", `/api/properties/${first.property}`, undefined, { token, orgId: secondOrgId })).status).toBe(404);

    for (const [method, path, body] of [
      ["GET", "/api/properties", undefined],
      ["POST", "/api/properties", property("Intruder")],
      ["GET", "/api/orgs/current", undefined],
    ] as const) {
      const res = await call(method, path, body, { token, orgId: stranger.orgId });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // The stranger's org is untouched.
    expect((await call("GET", "/api/properties", undefined, stranger)).json.total).toBe(0);
    // A single-org member naming a foreign org gets 404 too.
    expect((await call("GET", "/api/properties", undefined, { token: stranger.token, orgId: owner.orgId })).status).toBe(404);
  });
});
