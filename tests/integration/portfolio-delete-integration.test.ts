import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { addRenter, createApartment, signUpLandlord } from "../setup/helpers";

/**
 * Issue 11 §5: deleting an apartment or a property whose lease has ledger entries answered 500 (the
 * cascade to leases hit the append-only ledger's foreign key). Now 409 `has_money_records` naming what blocks
 * it, nothing deleted; without money records the delete goes through as before.
 */
describe("deleting from the portfolio keeps money records", () => {
  it("an apartment or property whose lease has ledger entries: 409 naming the unit and its records, nothing deleted", async () => {
    const owner = await signUpLandlord();
    const { propertyId, apartmentId } = await createApartment(owner, "3C");
    // A lease that has not started yet: its only ledger entry is the adjustment (leases are charged their past
    // months when created).
    const { leaseId } = await addRenter(owner, apartmentId, { startDate: "2031-01-01" });
    const adjustment = await api(owner).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: 5000, reason: "Key replacement" },
    });
    expect(adjustment.status, adjustment.text).toBe(201);

    const apartment = await api(owner).apartments[":id"].$delete({ param: { id: apartmentId } });
    expect(apartment.status, apartment.text).toBe(409);
    expect(apartment.problem.code).toBe("has_money_records");
    expect(apartment.problem.detail).toContain("unit 3C (1 ledger entry, 0 payments)");

    const property = await api(owner).properties[":id"].$delete({ param: { id: propertyId } });
    expect(property.status, property.text).toBe(409);
    expect(property.problem.code).toBe("has_money_records");
    expect(property.problem.detail).toContain("unit 3C");

    expect((await api(owner).apartments[":id"].$get({ param: { id: apartmentId } })).status).toBe(200);
    expect((await api(owner).properties[":id"].$get({ param: { id: propertyId } })).status).toBe(200);
    const ledger = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(ledger.status).toBe(200);
  });

  it("without money records the apartment and the property (with a lease) are deleted; a foreign id stays 404", async () => {
    const owner = await signUpLandlord();
    const { propertyId, apartmentId } = await createApartment(owner, "4D");
    await addRenter(owner, apartmentId, { startDate: "2031-01-01" });
    const other = await signUpLandlord("Other Org");
    expect((await api(other).properties[":id"].$delete({ param: { id: propertyId } })).status).toBe(404);
    expect((await api(other).apartments[":id"].$delete({ param: { id: apartmentId } })).status).toBe(404);
    expect((await api(owner).properties[":id"].$delete({ param: { id: propertyId } })).status).toBe(204);
    expect((await api(owner).apartments[":id"].$get({ param: { id: apartmentId } })).status).toBe(404);
  });
});
