import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { futureDate, todayUtc } from "../setup/dates";
import { createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Issue 14 renter findings §2: a move-in date before today (on the place's calendar, Europe/Paris for the
 * helpers' French org) is refused with 422 `move_in_in_past` at `moveInDate`, in the caller's language,
 * nothing written; the apply form's proposal (`moveInFrom`) is the listing's availability or today.
 */
describe("the move-in date of an application", () => {
  it("a past date → 422 move_in_in_past at moveInDate (French sentence), nothing written; a future date applies", async () => {
    const owner = await signUpLandlord("Agence Calendrier");
    const { apartmentId } = await createApartment(owner, "M1");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter("Hugo Bernard");
    await completeDossier(renter);
    const yesterday = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    const refused = await api({ ...renter, headers: { "accept-language": "fr" } }).applications.$post({
      json: { listingId, moveInDate: yesterday, durationMonths: 12, guarantorIds: [] },
    });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.problem.code).toBe("move_in_in_past");
    expect(refused.problem.errors).toEqual([expect.objectContaining({ path: "moveInDate", code: "move_in_in_past" })]);
    expect(refused.problem.detail).toContain("date d’emménagement");
    expect((await api(renter).me.applications.$get()).json.results).toHaveLength(0);
    const applied = await applyTo(renter, listingId, { moveInDate: futureDate(1) });
    expect(applied.status, applied.text).toBe(201);
  });

  it("the checklist proposes the listing's availability, or today once it is past", async () => {
    const owner = await signUpLandlord("Agence Disponible");
    const { apartmentId } = await createApartment(owner, "M2");
    // The fixture's listing is available from 2026-09-01, already past.
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter("Nina Roux");
    const checklist = await api(renter).me.checklist.$get({ query: { listingId } });
    expect(checklist.status, checklist.text).toBe(200);
    const proposed = checklist.json.listing.moveInFrom;
    // Today in Paris: the UTC date, or the next one late in the evening.
    expect([todayUtc(), todayUtc(Date.now() + 2 * 3_600_000)]).toContain(proposed);
  });
});
