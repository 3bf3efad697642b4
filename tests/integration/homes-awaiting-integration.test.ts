import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { futureDate } from "../setup/dates";
import { createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Issue 14: "My homes" points an accepted applicant, who has no lease until the first payment, to the
 * application (GET /api/me/homes `awaitingPayment`, in its one round trip); a pending or rejected application
 * is not there, and no other renter sees it.
 */
describe("My homes and an accepted application", () => {
  it("lists the accepted application waiting for its first payment, for its renter only; one round trip", async () => {
    const owner = await signUpLandlord("Agence En Attente");
    const { apartmentId } = await createApartment(owner, "W1");
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1, rentAmount: 64000 }] });
    const renter = await signUpRenter("Inès Attente");
    const other = await signUpRenter("Autre Candidat");
    for (const who of [renter, other]) await completeDossier(who);
    const moveIn = futureDate(10);
    const applied = await applyTo(renter, listingId, { moveInDate: moveIn });
    expect(applied.status, applied.text).toBe(201);
    const theirs = await applyTo(other, listingId, { moveInDate: moveIn });
    expect(theirs.status, theirs.text).toBe(201);

    const before = await api(renter).me.homes.$get();
    expect(before.json.awaitingPayment).toEqual([]);

    const id = applied.json.id;
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);
    const after = await api(renter).me.homes.$get();
    expect(after.status, after.text).toBe(200);
    expect(after.headers.get("x-d1-round-trips")).toBe("1");
    expect(after.json.results).toEqual([]);
    expect(after.json.awaitingPayment).toEqual([
      {
        applicationId: id,
        listingTitle: expect.any(String),
        city: expect.any(String),
        orgName: "Agence En Attente",
        moveInDate: moveIn,
      },
    ]);
    expect((await api(other).me.homes.$get()).json.awaitingPayment).toEqual([]);
  });
});
