import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { addMember, addRenter, signUpLandlord } from "../setup/helpers";

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
    const created = await api(owner).properties.$post({ json: property });
    expect(created.status, created.text).toBe(201);
    const apt = await api(owner).apartments.$post({
      json: { propertyId: created.json.id, unitNumber: "2B", roomsCount: 3, rentAmount: 85000, currency: "eur" },
    });
    expect(apt.status, apt.text).toBe(201);
    expect(apt.json).toMatchObject({ unitNumber: "2B", rentAmount: 85000, currency: "EUR" });

    const list = await api(owner).apartments.$get({ query: { propertyId: created.json.id, page: "1", limit: "10" } });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ total: 1, page: 1, limit: 10 });
    expect(list.headers.get("x-d1-round-trips")).toBe("1");

    const patched = await api(owner).apartments[":id"].$patch({
      param: { id: apt.json.id },
      json: { rentAmount: 90000 },
    });
    expect(patched.json.rentAmount).toBe(90000);
    expect((await api(owner).apartments[":id"].$delete({ param: { id: apt.json.id } })).status).toBe(204);
    expect((await api(owner).apartments[":id"].$get({ param: { id: apt.json.id } })).status).toBe(404);
  });

  it("paginates", async () => {
    const owner = await signUpLandlord();
    for (let i = 0; i < 5; i++) await api(owner).properties.$post({ json: { ...property, name: `Building ${i}` } });
    const page2 = await api(owner).properties.$get({ query: { page: "2", limit: "2" } });
    expect(page2.json.total).toBe(5);
    expect(page2.json.results.map((p: { name: string }) => p.name)).toEqual(["Building 2", "Building 3"]);
  });

  it("answers bad input with a 400 problem that names the field", async () => {
    const owner = await signUpLandlord();
    const res = await api(owner).apartments.$post({
      json: { propertyId: "x", unitNumber: "", roomsCount: 0, rentAmount: 12.5, currency: "euro" },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.problem.code).toBe("invalid_input");
    expect(res.problem.errors!.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["unitNumber", "roomsCount", "rentAmount", "currency"]),
    );
  });

  it("forbids a maintenance member to change rents, but lets them read", async () => {
    const owner = await signUpLandlord();
    const p = await api(owner).properties.$post({ json: property });
    const apt = await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
    });
    const maintenance = await addMember(owner, "maintenance");
    expect((await api(maintenance).apartments[":id"].$get({ param: { id: apt.json.id } })).status).toBe(200);
    const res = await api(maintenance).apartments[":id"].$patch({
      param: { id: apt.json.id },
      json: { rentAmount: 1 },
    });
    expect(res.status).toBe(403);
    expect(res.problem.code).toBe("forbidden");
    const manager = await addMember(owner, "manager");
    expect(
      (await api(manager).apartments[":id"].$patch({ param: { id: apt.json.id }, json: { rentAmount: 51000 } })).status,
    ).toBe(200);
  });

  it("changes an apartment's currency only while nothing is priced in it: a lease locks it (409, nothing written)", async () => {
    const owner = await signUpLandlord();
    const p = await api(owner).properties.$post({ json: property });
    const apt = await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
    });
    const id = apt.json.id;
    // Nothing priced yet: a mistaken currency is corrected; the same currency is always accepted.
    const fixed = await api(owner).apartments[":id"].$patch({ param: { id }, json: { currency: "GBP" } });
    expect([fixed.status, fixed.json.currency]).toEqual([200, "GBP"]);
    expect((await api(owner).apartments[":id"].$patch({ param: { id }, json: { currency: "EUR" } })).status).toBe(200);
    await addRenter(owner, id, { startDate: "2026-01-01" });
    const locked = await api(owner).apartments[":id"].$patch({
      param: { id },
      json: { currency: "USD", rentAmount: 1 },
    });
    expect([locked.status, locked.problem.code]).toEqual([409, "currency_locked"]);
    const after = await api(owner).apartments[":id"].$get({ param: { id } });
    expect([after.json.currency, after.json.rentAmount]).toEqual(["EUR", 50000]);
    expect(
      (await api(owner).apartments[":id"].$patch({ param: { id }, json: { currency: "EUR", rentAmount: 52000 } }))
        .status,
    ).toBe(200);
    const missing = await api(owner).apartments[":id"].$patch({ param: { id: "nope" }, json: { currency: "USD" } });
    expect(missing.status).toBe(404);
  });
});

describe("property postcodes", () => {
  it("a French address needs La Poste's 5 digits (France, overseas, on create and on any edit); elsewhere any code", async () => {
    const owner = await signUpLandlord();
    const bad = await api(owner).properties.$post({ json: { ...property, postalCode: "7500" } });
    expect([bad.status, bad.problem.code, bad.problem.errors?.[0]?.path]).toEqual([
      400,
      "invalid_postcode",
      "postalCode",
    ]);
    const reunion = await api(owner).properties.$post({
      json: { ...property, city: "Saint-Denis", postalCode: "97400", country: "RE" },
    });
    expect(reunion.status, reunion.text).toBe(201);
    const uk = await api(owner).properties.$post({
      json: { ...property, city: "London", postalCode: "SW1A 1AA", country: "GB" },
    });
    expect(uk.status, uk.text).toBe(201);
    // Moving the British property to France without a French postcode is refused; nothing changes.
    const moved = await api(owner).properties[":id"].$patch({ param: { id: uk.json.id }, json: { country: "FR" } });
    expect([moved.status, moved.problem.code]).toEqual([400, "invalid_postcode"]);
    const kept = await api(owner).properties[":id"].$get({ param: { id: uk.json.id } });
    expect(kept.json.country).toBe("GB");
    const edited = await api(owner).properties[":id"].$patch({
      param: { id: reunion.json.id },
      json: { postalCode: "974" },
    });
    expect([edited.status, edited.problem.code]).toEqual([400, "invalid_postcode"]);
    const both = await api(owner).properties[":id"].$patch({
      param: { id: uk.json.id },
      json: { country: "FR", postalCode: "75011", city: "Paris" },
    });
    expect(both.status, both.text).toBe(200);
  });
});

describe("unread chat counts in portfolio lists", () => {
  it("are zero on fresh properties and apartments (the list queries run)", async () => {
    const owner = await signUpLandlord();
    const p = await api(owner).properties.$post({ json: property });
    await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
    });
    const props = await api(owner).properties.$get();
    expect(props.status, props.text).toBe(200);
    expect(props.json.results[0]!.unread).toBe(0);
    const apts = await api(owner).apartments.$get();
    expect(apts.json.results[0]!.unread).toBe(0);
  });
});
