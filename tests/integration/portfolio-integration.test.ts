import { describe, expect, it } from "vitest";
import { addMember, call, signUpLandlord } from "../setup/helpers";

const property = {
  name: "Riverside",
  address: "1 Quai Voltaire",
  city: "Paris",
  postalCode: "75007",
  country: "France",
};

describe("portfolio", () => {
  it("lets an owner add, list, edit and delete properties and apartments", async () => {
    const owner = await signUpLandlord();
    const created = await call("POST", "/api/properties", property, owner);
    expect(created.status, created.text).toBe(201);
    const apt = await call(
      "POST",
      "/api/apartments",
      { propertyId: created.json.id, unitNumber: "2B", roomsCount: 3, rentAmount: 85000, currency: "eur" },
      owner,
    );
    expect(apt.status, apt.text).toBe(201);
    expect(apt.json).toMatchObject({ unitNumber: "2B", rentAmount: 85000, currency: "EUR" });

    const list = await call("GET", `/api/apartments?propertyId=${created.json.id}&page=1&limit=10`, undefined, owner);
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ total: 1, page: 1, limit: 10 });
    expect(list.headers.get("x-d1-round-trips")).toBe("1");

    const patched = await call("PATCH", `/api/apartments/${apt.json.id}`, { rentAmount: 90000 }, owner);
    expect(patched.json.rentAmount).toBe(90000);
    expect((await call("DELETE", `/api/apartments/${apt.json.id}`, undefined, owner)).status).toBe(204);
    expect((await call("GET", `/api/apartments/${apt.json.id}`, undefined, owner)).status).toBe(404);
  });

  it("paginates", async () => {
    const owner = await signUpLandlord();
    for (let i = 0; i < 5; i++) await call("POST", "/api/properties", { ...property, name: `Building ${i}` }, owner);
    const page2 = await call("GET", "/api/properties?page=2&limit=2", undefined, owner);
    expect(page2.json.total).toBe(5);
    expect(page2.json.results.map((p: { name: string }) => p.name)).toEqual(["Building 2", "Building 3"]);
  });

  it("answers bad input with a 400 problem that names the field", async () => {
    const owner = await signUpLandlord();
    const res = await call(
      "POST",
      "/api/apartments",
      { propertyId: "x", unitNumber: "", roomsCount: 0, rentAmount: 12.5, currency: "euro" },
      owner,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json.code).toBe("invalid_input");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["unitNumber", "roomsCount", "rentAmount", "currency"]),
    );
  });

  it("forbids a maintenance member to change rents, but lets them read", async () => {
    const owner = await signUpLandlord();
    const p = await call("POST", "/api/properties", property, owner);
    const apt = await call(
      "POST",
      "/api/apartments",
      { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
      owner,
    );
    const maintenance = await addMember(owner, "maintenance");
    expect((await call("GET", `/api/apartments/${apt.json.id}`, undefined, maintenance)).status).toBe(200);
    const res = await call("PATCH", `/api/apartments/${apt.json.id}`, { rentAmount: 1 }, maintenance);
    expect(res.status).toBe(403);
    expect(res.json.code).toBe("forbidden");
    const manager = await addMember(owner, "manager");
    expect((await call("PATCH", `/api/apartments/${apt.json.id}`, { rentAmount: 51000 }, manager)).status).toBe(200);
  });
});

describe("unread chat counts in portfolio lists", () => {
  it("are zero on fresh properties and apartments (the list queries run)", async () => {
    const owner = await signUpLandlord();
    const p = await call("POST", "/api/properties", property, owner);
    await call(
      "POST",
      "/api/apartments",
      { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
      owner,
    );
    const props = await call("GET", "/api/properties", undefined, owner);
    expect(props.status, props.text).toBe(200);
    expect(props.json.results[0].unread).toBe(0);
    const apts = await call("GET", "/api/apartments", undefined, owner);
    expect(apts.json.results[0].unread).toBe(0);
  });
});
