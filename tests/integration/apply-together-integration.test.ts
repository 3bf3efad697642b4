import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Applying tells every reason at once (the dossier's gaps and the French lease-law rules of the asked term
 * in one 422), and the checklist says up front when the caller has already applied.
 */
describe("applying", () => {
  it("refuses once with what the dossier lacks and the unlawful term together", async () => {
    const owner = await signUpLandlord("Together Lettings");
    const { apartmentId } = await createApartment(owner, "T1");
    const { listingId } = await createListing(owner, apartmentId, { requiredDocuments: ["proof_of_income"] });
    await env.DB.prepare("update listings set furnished = 0 where id = ?").bind(listingId).run();
    const renter = await signUpRenter("Tess Together");

    const refused = await applyTo(renter, listingId, { durationMonths: 12 });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.problem.code).toBe("dossier_incomplete");
    const errors = refused.problem.errors as { path: string; code?: string }[];
    expect(errors.some((e) => e.path === "documents.proof_of_income")).toBe(true);
    expect(errors.some((e) => e.path.startsWith("profile."))).toBe(true);
    expect(errors).toContainEqual(expect.objectContaining({ path: "durationMonths", code: "lease_too_short" }));

    // A complete dossier: the term alone is refused, with its own code as before.
    await completeDossier(renter);
    await env.DB.prepare("update listings set required_documents = '[]' where id = ?").bind(listingId).run();
    expect((await applyTo(renter, listingId, { durationMonths: 12 })).problem.code).toBe("lease_too_short");
  });

  it("the checklist names the caller's application to the listing, null before", async () => {
    const owner = await signUpLandlord("Applied Lettings");
    const { apartmentId } = await createApartment(owner, "A1");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter("Ada Applied");
    await completeDossier(renter);
    const checklist = async () => (await api(renter).me.checklist.$get({ query: { listingId } })).json;
    expect((await checklist()).application).toBeNull();
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
    expect((await checklist()).application).toEqual({ id: applied.json.id, status: "pending" });
    // Someone else's checklist for the same listing stays empty.
    const other = await signUpRenter("Otto Other");
    expect((await api(other).me.checklist.$get({ query: { listingId } })).json.application).toBeNull();
  });
});
