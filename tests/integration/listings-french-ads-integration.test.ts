import { describe, expect, it } from "vitest";
import { api, type ApiClient, type Caller, type JsonInput, rawCall } from "../setup/client";
import { createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { PROFILE } from "../setup/listings";

// Issue 13 §7: listings carry what French ads must show (loi n° 89-462 art. 3-1, décret n° 2022-780, CCH
// art. L126-33), publication in France is refused without it, and search filters on it. Issue 12 leftover:
// a place name must hold a letter wherever one is typed.

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];

const AD = { livingArea: 42.5, furnished: true, energyClass: "C", ghgClass: "D" } as const;

const draft = (apartmentId: string, over: Partial<ListingInput> = {}): ListingInput => ({
  apartmentId,
  title: "Deux pièces lumineux",
  description: "Parquet, double vitrage, proche du tram.",
  city: "Grenoble",
  address: "8 Rue Lesdiguières",
  type: "flat",
  availableFrom: "2026-09-01",
  rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 75000 }],
  ...over,
});

/** A property in `country` with one apartment (3 rooms), in the caller's org. */
async function apartmentIn(owner: Caller, country: string, unit: string) {
  const p = await api(owner).properties.$post({
    json: { name: `${unit} House`, address: "8 Rue Lesdiguières", city: "Grenoble", postalCode: "38000", country },
  });
  expect(p.status, p.text).toBe(201);
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber: unit, roomsCount: 3, rentAmount: 75000, currency: "EUR" },
  });
  expect(a.status, a.text).toBe(201);
  return a.json.id;
}

async function create(owner: Caller, apartmentId: string, over: Partial<ListingInput> = {}) {
  const res = await api(owner).listings.$post({ json: draft(apartmentId, over) });
  expect(res.status, res.text).toBe(201);
  return res.json.id;
}

const publish = (owner: Caller, id: string) => api(owner).listings[":id"].publish.$post({ param: { id } });

describe("French ad fields on listings", () => {
  it.each(["livingArea", "furnished", "energyClass", "ghgClass"] as const)(
    "a listing in France without %s stays a draft: 422 listing_incomplete naming that field",
    async (field) => {
      const owner = await signUpLandlord(`Incomplete ${field}`);
      const { apartmentId } = await createApartment(owner, "F1");
      const id = await create(owner, apartmentId, { ...AD, [field]: undefined });
      const res = await publish(owner, id);
      expect(res.status, res.text).toBe(422);
      expect(res.problem.code).toBe("listing_incomplete");
      expect(res.problem.errors!.map((e) => e.path)).toEqual([field]);
      expect((await api(owner).listings[":id"].$get({ param: { id } })).json.status).toBe("draft");
      expect((await api().public.listings[":id"].$get({ param: { id } })).status).toBe(404);
    },
  );

  it("names every missing field at once, and publishes once they are given (a draft may lack them)", async () => {
    const owner = await signUpLandlord("Complete Lettings");
    const { apartmentId } = await createApartment(owner, "F2");
    const id = await create(owner, apartmentId);
    const refused = await publish(owner, id);
    expect(refused.problem.errors!.map((e) => e.path)).toEqual(["livingArea", "furnished", "energyClass", "ghgClass"]);
    expect(refused.problem.detail).toMatch(/living area.*furnished.*DPE energy class.*greenhouse-gas/);

    const patched = await api(owner).listings[":id"].$patch({ param: { id }, json: AD });
    expect(patched.status, patched.text).toBe(200);
    expect((await publish(owner, id)).status).toBe(200);
    const shown = (await api().public.listings[":id"].$get({ param: { id } })).json;
    expect(shown).toMatchObject({ ...AD, roomsCount: 2 });
  });

  it("an unfurnished home with flat charges (art. 23) and a deposit above one month is refused with both at once; provisions publish", async () => {
    const owner = await signUpLandlord("Forfait Lettings");
    const { apartmentId } = await createApartment(owner, "F9");
    const id = await create(owner, apartmentId, {
      ...AD,
      furnished: false,
      chargesKind: "flat",
      chargesAmount: 6000,
      depositAmount: 150000,
    });
    const refused = await publish(owner, id);
    expect(refused.status, refused.text).toBe(422);
    expect(refused.problem.code).toBe("deposit_above_cap");
    expect(refused.problem.errors!.map((e) => `${String(e.code)}@${e.path}`)).toEqual([
      "deposit_above_cap@depositAmount",
      "flat_charges_unfurnished@chargesKind",
    ]);
    expect((await api(owner).listings[":id"].$get({ param: { id } })).json.status).toBe("draft");
    // Missing fields and broken rules come in one answer too.
    const both = await api(owner).listings[":id"].$patch({ param: { id }, json: { livingArea: null } });
    expect(both.status, both.text).toBe(200);
    expect((await publish(owner, id)).problem.errors!.map((e) => e.code)).toEqual([
      "listing_incomplete",
      "deposit_above_cap",
      "flat_charges_unfurnished",
    ]);

    const fixed = await api(owner).listings[":id"].$patch({
      param: { id },
      json: { livingArea: 40, chargesKind: "provision", depositAmount: 75000 },
    });
    expect(fixed.status, fixed.text).toBe(200);
    expect((await publish(owner, id)).status).toBe(200);
    // Published: an edit back to flat charges is refused, the ad stays as it was.
    const back = await api(owner).listings[":id"].$patch({ param: { id }, json: { chargesKind: "flat" } });
    expect([back.status, back.problem.code]).toEqual([422, "flat_charges_unfurnished"]);
    expect((await api().public.listings[":id"].$get({ param: { id } })).json.chargesKind).toBe("provision");
  });

  it("“DPE not required” is an explicit choice that needs no GES class", async () => {
    const owner = await signUpLandlord("Exempt Lettings");
    const { apartmentId } = await createApartment(owner, "F3");
    const id = await create(owner, apartmentId, { livingArea: 19, furnished: false, energyClass: "not_required" });
    expect((await publish(owner, id)).status).toBe(200);
    expect((await api().public.listings[":id"].$get({ param: { id } })).json).toMatchObject({
      energyClass: "not_required",
      ghgClass: null,
    });
  });

  it("France is recognised however the property's country is written; elsewhere the fields are optional", async () => {
    const owner = await signUpLandlord("Borders Lettings");
    for (const [country, unit] of [
      ["france", "B1"],
      ["FR", "B2"],
      ["Франція", "B3"],
    ]) {
      const id = await create(owner, await apartmentIn(owner, country!, unit!));
      expect((await publish(owner, id)).problem.code, country).toBe("listing_incomplete");
    }
    const brussels = await create(owner, await apartmentIn(owner, "Belgique", "B4"));
    expect((await publish(owner, brussels)).status).toBe(200);
  });

  it("stores every field as sent; a published French listing cannot lose one; the cost range is checked", async () => {
    const owner = await signUpLandlord("Fields Lettings");
    const { apartmentId } = await createApartment(owner, "F4");
    const full = {
      ...AD,
      chargesKind: "flat",
      chargesAmount: 6000,
      depositAmount: 150000,
      energyCostMin: 81000,
      energyCostMax: 110000,
      energyPriceYear: 2023,
    } as const;
    const id = await create(owner, apartmentId, full);
    expect(await publish(owner, id).then((r) => r.status)).toBe(200);
    const view = (await api().public.listings[":id"].$get({ param: { id } })).json;
    expect(view).toMatchObject({ ...full, roomsCount: 2 });

    const cleared = await api(owner).listings[":id"].$patch({ param: { id }, json: { energyClass: null } });
    expect(cleared.status, cleared.text).toBe(422);
    expect(cleared.problem.errors!.map((e) => e.path)).toEqual(["energyClass"]);
    expect((await api().public.listings[":id"].$get({ param: { id } })).json.energyClass).toBe("C");

    const upsideDown = await api(owner).listings[":id"].$patch({ param: { id }, json: { energyCostMin: 120000 } });
    expect(upsideDown.status).toBe(400);
    expect(upsideDown.problem.errors).toEqual([{ path: "energyCostMax", message: "must be at least energyCostMin" }]);
    const tooPrecise = await api(owner).listings[":id"].$patch({ param: { id }, json: { livingArea: 42.555 } });
    expect(tooPrecise.status).toBe(400);
    expect(tooPrecise.problem.errors![0]!.path).toBe("livingArea");
    const badClass = await rawCall("PATCH", `/api/listings/${id}`, { energyClass: "H" }, owner);
    expect(badClass.status).toBe(400);
  });
});

describe("search on the ad fields", () => {
  it("filters by area range (inclusive), energy class at least X, and furnished; results carry the ad fields", async () => {
    const owner = await signUpLandlord("Search Ads Lettings");
    const city = "Villeurbanne";
    const made: Record<string, string> = {};
    const rows = [
      ["A", 30, true, "A"],
      ["B", 40, false, "B"],
      ["C", 50, true, "C"],
      ["D", 60, false, "D"],
      ["G", 75.5, true, "G"],
      ["none", 45, false, "not_required"],
    ] as const;
    for (const [name, livingArea, furnished, energyClass] of rows) {
      const { apartmentId } = await createApartment(owner, `S-${name}`);
      const id = await create(owner, apartmentId, { city, livingArea, furnished, energyClass, ghgClass: "C" });
      expect((await publish(owner, id)).status).toBe(200);
      made[name] = id;
    }
    const found = async (query: SearchParams) => {
      const res = await api().public.listings.$get({ query: { city, limit: "50", ...query } });
      expect(res.status, res.text).toBe(200);
      return res.json.results.map((r: { id: string }) => Object.keys(made).find((k) => made[k] === r.id)).sort();
    };
    expect(await found({ energyClassMin: "C" })).toEqual(["A", "B", "C"]);
    expect(await found({ energyClassMin: "A" })).toEqual(["A"]);
    expect(await found({ energyClassMin: "G" })).toEqual(["A", "B", "C", "D", "G"]);
    expect(await found({ areaMin: "40", areaMax: "60" })).toEqual(["B", "C", "D", "none"]);
    expect(await found({ areaMin: "40.01" })).toEqual(["C", "D", "G", "none"]);
    expect(await found({ areaMax: "75.5" })).toEqual(["A", "B", "C", "D", "G", "none"]);
    expect(await found({ areaMax: "75.49" })).toEqual(["A", "B", "C", "D", "none"]);
    expect(await found({ furnished: "true" })).toEqual(["A", "C", "G"]);
    expect(await found({ furnished: "false", energyClassMin: "D", areaMin: "35" })).toEqual(["B", "D"]);

    const card = (await api().public.listings.$get({ query: { city, energyClassMin: "A" } })).json.results[0];
    expect(card).toMatchObject({ livingArea: 30, furnished: true, energyClass: "A", roomsCount: 2 });

    for (const bad of ["energyClassMin=H", "areaMin=-1", "areaMax=abc", "furnished=yes"]) {
      const res = await rawCall("GET", `/api/public/listings?${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});

describe("a place name holds a letter (issue 12 leftover)", () => {
  const noLetters = ["---", "’’", "...", " - ", "12345"];

  it("listing city and address, property address, city and country, the renter's address, the city filter: 422 with the field", async () => {
    const owner = await signUpLandlord("Letters Lettings");
    const { apartmentId } = await createApartment(owner, "P1");
    for (const typed of noLetters) {
      for (const field of ["city", "address"] as const) {
        const res = await api(owner).listings.$post({ json: draft(apartmentId, { [field]: typed }) });
        expect(res.status, `${field} ${typed}`).toBe(422);
        expect(res.problem).toMatchObject({ code: "place_name_without_letter", errors: [{ path: field }] });
      }
      const property = { name: "Maison", address: "1 Rue Haute", city: "Lyon", postalCode: "69001", country: "France" };
      for (const field of ["address", "city", "country"] as const) {
        const res = await api(owner).properties.$post({ json: { ...property, [field]: typed } });
        expect(res.status, `property ${field} ${typed}`).toBe(422);
        expect(res.problem).toMatchObject({ code: "place_name_without_letter", errors: [{ path: field }] });
      }
      const search = await rawCall("GET", `/api/public/listings?city=${encodeURIComponent(typed)}`);
      expect(search.status, `search ${typed}`).toBe(422);
    }
    const id = await create(owner, apartmentId);
    const patched = await api(owner).listings[":id"].$patch({ param: { id }, json: { city: "’’" } });
    expect(patched.problem).toMatchObject({ code: "place_name_without_letter", errors: [{ path: "city" }] });

    const renter = await signUpRenter();
    const profile = await api(renter).me.profile.$put({ json: { ...PROFILE, address: "----- -----" } });
    expect(profile.status).toBe(422);
    expect(profile.problem).toMatchObject({ code: "place_name_without_letter", errors: [{ path: "address" }] });

    // Letters of any script name a place; digits and punctuation may come with them.
    for (const city of ["上海", "תל אביב", "Київ", "Saint-Étienne", "L’Haÿ-les-Roses"])
      expect((await api(owner).listings.$post({ json: draft(apartmentId, { city }) })).status, city).toBe(201);
    expect((await api(owner).listings.$get({ query: { limit: "50" } })).json.total).toBe(6);
  });
});
