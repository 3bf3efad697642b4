import { describe, expect, it } from "vitest";
import { api, type Caller } from "../setup/client";
import { signUpLandlord, uniqueEmail } from "../setup/helpers";

// Issue 13 (tester's report): whether French law applies hung on a free-text country. A property's country
// is now an ISO 3166-1 alpha-2 code (worker/lib/countries.ts): the API stores the code, understands a
// country's name in any common language for compatibility, refuses anything else (422 `unknown_country`),
// and every "is this France" decision (leases, listings) is `isFrenchJurisdiction` over the code.

const place = { address: "12 Rue des Lilas", city: "Lyon", postalCode: "69003" };

async function propertyIn(owner: Caller, country: string) {
  return api(owner).properties.$post({ json: { name: `House ${country}`, ...place, country } });
}

/** A flat in a property whose country was typed as `country`; the lease's post for it. */
async function flatIn(owner: Caller, country: string) {
  const p = await propertyIn(owner, country);
  expect(p.status, p.text).toBe(201);
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 2, rentAmount: 80000, currency: "EUR" },
  });
  expect(a.status, a.text).toBe(201);
  return { stored: p.json.country, apartmentId: a.json.id };
}

describe("a property's country is an ISO 3166-1 alpha-2 code", () => {
  const handed: [string, string][] = [
    ["FR", "FR"],
    ["france", "FR"],
    ["République française", "FR"],
    ["Guadeloupe", "GP"],
    ["Франція", "FR"],
    ["צרפת", "FR"],
    ["Frankreich", "FR"],
    ["Francia", "FR"],
    ["French Republic", "FR"],
  ];

  it.each(handed)(
    "%s is stored as %s and French lease law applies (12 months unfurnished refused)",
    async (typed, code) => {
      const owner = await signUpLandlord(`Agence ${code} ${typed}`);
      const { stored, apartmentId } = await flatIn(owner, typed);
      expect(stored).toBe(code);
      const res = await api(owner).apartments[":id"].leases.$post({
        param: { id: apartmentId },
        json: {
          renterEmail: uniqueEmail(),
          startDate: "2026-09-01",
          endDate: "2027-08-31",
          rentAmount: 80000,
          dueDay: 1,
        },
      });
      expect(res.status, res.text).toBe(422);
      expect(res.problem.code).toBe("lease_too_short");
    },
  );

  it("a country elsewhere, typed in Hebrew, is stored as its code and keeps its freedom", async () => {
    const owner = await signUpLandlord("Agence Bruxelles");
    const { stored, apartmentId } = await flatIn(owner, "בלגיה");
    expect(stored).toBe("BE");
    const res = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: {
        renterEmail: uniqueEmail(),
        startDate: "2026-09-01",
        endDate: "2027-08-31",
        rentAmount: 80000,
        dueDay: 1,
      },
    });
    expect(res.status, res.text).toBe(201);
  });

  it.each(["Atlantis", "FX", "DD", "xx", "Frankreichland"])(
    "%j names no country: 422 unknown_country",
    async (typed) => {
      const owner = await signUpLandlord(`Agence nowhere ${typed}`);
      const res = await propertyIn(owner, typed);
      expect(res.status, res.text).toBe(422);
      expect(res.problem.code).toBe("unknown_country");
      expect((await api(owner).properties.$get({ query: {} })).json.results).toEqual([]);
    },
  );

  it("an edit resolves the same way and refuses the same way, leaving the row as it was", async () => {
    const owner = await signUpLandlord("Agence edit");
    const p = await propertyIn(owner, "FR");
    const param = { id: p.json.id };
    const moved = await api(owner).properties[":id"].$patch({ param, json: { country: "Франция" } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json.country).toBe("FR");
    const bad = await api(owner).properties[":id"].$patch({ param, json: { country: "Utopia", city: "Ailleurs" } });
    expect(bad.status, bad.text).toBe(422);
    expect(bad.problem.code).toBe("unknown_country");
    const now = await api(owner).properties[":id"].$get({ param, query: {} });
    expect(now.json).toMatchObject({ country: "FR", city: "Lyon" });
  });

  it("listings decide on the same code: publishing in Ukrainian-typed France needs the French ad fields", async () => {
    const owner = await signUpLandlord("Agence annonce");
    const { apartmentId } = await flatIn(owner, "Франція");
    const draft = await api(owner).listings.$post({
      json: {
        apartmentId,
        title: "Deux pièces",
        description: "Lumineux, proche du tram.",
        city: "Lyon",
        address: "12 Rue des Lilas",
        type: "flat",
        availableFrom: "2026-09-01",
        rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 80000 }],
      },
    });
    expect(draft.status, draft.text).toBe(201);
    const res = await api(owner).listings[":id"].publish.$post({ param: { id: draft.json.id } });
    expect(res.status, res.text).toBe(422);
    expect(res.problem.code).toBe("listing_incomplete");
  });

  it("org settings refuse withdrawn codes: FX (metropolitan France) and UK are not countries", async () => {
    const owner = await signUpLandlord("Agence FX");
    for (const country of ["FX", "UK", "DD"]) {
      const res = await api(owner).orgs.current.settings.$patch({ json: { country } });
      expect(res.status, res.text).toBe(400);
      expect(res.problem.code).toBe("invalid_country");
    }
    const ok = await api(owner).orgs.current.settings.$patch({ json: { country: "GP" } });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.country).toBe("GP");
  });
});
