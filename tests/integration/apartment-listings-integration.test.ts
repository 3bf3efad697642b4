import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { addMember, createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, createListing, PROFILE } from "../setup/listings";

/**
 * A vacant apartment's page names its way to the next renter (issue 14 tester): `listings` in the apartment
 * overview, in its one read: the ads that are not closed, with the applications waiting for a decision, for
 * members who manage listings; nobody else gets any.
 */
describe("the apartment page's listings", () => {
  it("names the open ad and the applications waiting to the owner, and nothing to maintenance staff", async () => {
    const owner = await signUpLandlord("Vacant Flats");
    const { apartmentId } = await createApartment(owner, "V1");
    const overview = () => api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });

    const empty = await overview();
    expect(empty.status, empty.text).toBe(200);
    expect(empty.json.listings).toEqual([]);

    await createListing(owner, apartmentId, { status: "closed", title: "Last year's ad" });
    const { listingId } = await createListing(owner, apartmentId, {
      status: "published",
      title: "Sunny two-room flat",
    });
    const renter = await signUpRenter("Amal Haddad");
    expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);

    const shown = await overview();
    expect(shown.json.listings).toEqual([
      {
        id: listingId,
        title: "Sunny two-room flat",
        status: "published",
        availableFrom: "2026-09-01",
        pendingApplications: 1,
      },
    ]);

    const staff = await addMember(owner, "maintenance");
    const theirs = await api(staff).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(theirs.status, theirs.text).toBe(200);
    expect(theirs.json.listings).toEqual([]);
  });
});

describe("a search that found nothing", () => {
  it("suggests other cities with listings, never the one searched, however it was typed", async () => {
    const owner = await signUpLandlord("Lyon Only Lettings");
    const { apartmentId } = await createApartment(owner, "L1");
    await createListing(owner, apartmentId, { status: "published", title: "Studio in Lyon" });
    // Lyon has a published listing (the fixture's city), but none this cheap: nothing found.
    for (const city of ["Lyon", "lyon", " LYON "]) {
      const found = await api().public.listings.$get({ query: { city, priceMax: "1" } });
      expect(found.status, found.text).toBe(200);
      expect(found.json.total).toBe(0);
      expect(found.json.cities.map((c: { city: string }) => c.city.toLowerCase())).not.toContain("lyon");
    }
    const home = await api().public.listings.$get({ query: {} });
    expect(home.json.cities.map((c: { city: string }) => c.city)).toContain("Lyon");
  });
});
