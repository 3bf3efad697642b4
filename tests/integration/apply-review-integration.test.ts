import { describe, expect, it } from "vitest";
import { api, type ApiClient, type JsonInput, multipart, rawCall } from "../setup/client";
import { addMember, createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing, pngOf } from "../setup/listings";

/**
 * Issue 14 §6 and §7: the dossier checklist before applying, lawful durations, income and the
 * rent-to-income ratio in the landlord's review, idempotent listing creation, photo order, and drafts'
 * thumbnails behind signed links for the org's staff only.
 */

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;

const ad = (apartmentId: string): ListingInput => ({
  apartmentId,
  title: "Trois pièces lumineux",
  description: "Balcon, métro à deux minutes.",
  city: "Lyon",
  address: "12 Rue des Lilas",
  type: "flat",
  chargesAmount: 5000,
  depositAmount: 90000,
  availableFrom: "2026-09-01",
  guarantorsRequired: 0,
  requiredDocuments: [],
  rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 90000 }],
  livingArea: 62.5,
  furnished: false,
  energyClass: "C",
  ghgClass: "B",
  chargesKind: "provision",
});

const photoForm = async (seed: number) => {
  const form = new FormData();
  form.append("file", await pngOf(20 + seed, 10), `photo-${seed}.png`);
  return form;
};

describe("applying: the checklist before, the review after", () => {
  it("the checklist lists every requirement, met or not, with the codes the 422 gives; one round trip", async () => {
    const owner = await signUpLandlord("Checklist Lettings");
    const { apartmentId } = await createApartment(owner, "C1");
    const { listingId } = await createListing(owner, apartmentId, {
      guarantorsRequired: 1,
      requiredDocuments: ["id_card", "visa"],
    });
    const renter = await signUpRenter("Chloé Checklist");
    const empty = await api(renter).me.checklist.$get({ query: { listingId } });
    expect(empty.status, empty.text).toBe(200);
    expect(empty.headers.get("x-d1-round-trips")).toBe("1");
    expect(empty.json.complete).toBe(false);
    expect(empty.json.items.filter((i) => !i.ok).map((i) => [i.code, i.path])).toEqual([
      ["profile_field_missing", "profile.firstName"],
      ["profile_field_missing", "profile.lastName"],
      ["profile_field_missing", "profile.phone"],
      ["profile_field_missing", "profile.birthDate"],
      ["profile_field_missing", "profile.nationality"],
      ["document_missing", "documents.id_card"],
      ["document_missing", "documents.visa"],
      ["guarantors_missing", "guarantorIds"],
    ]);
    // The apply refusal lists the same items, each with its stable code, all at once.
    const refused = await applyTo(renter, listingId);
    expect(refused.status).toBe(422);
    expect(refused.problem.code).toBe("dossier_incomplete");
    expect(refused.problem.errors!.map((e) => e.code)).toEqual(
      empty.json.items.filter((i) => !i.ok).map((i) => i.code),
    );

    const { guarantorId } = await completeDossier(renter);
    const some = await api(renter).me.checklist.$get({ query: { listingId } });
    expect(some.json.items.filter((i) => !i.ok).map((i) => i.path)).toEqual(["documents.visa"]);
    expect(some.json.items.find((i) => i.path === `guarantors.${guarantorId}`)).toMatchObject({
      code: "guarantor_documents_missing",
      ok: true,
    });
    // Drafts and unknown listings: 404; signed out: 401.
    const { listingId: draft } = await createListing(owner, apartmentId, { status: "draft", title: "Draft" });
    expect((await api(renter).me.checklist.$get({ query: { listingId: draft } })).status).toBe(404);
    expect((await rawCall("GET", `/api/me/checklist?listingId=${listingId}`)).status).toBe(401);
    expect((await rawCall("GET", "/api/me/checklist", undefined, renter)).status).toBe(400);
  });

  it("lawful durations follow the ad's kind: unfurnished 36 months, furnished 12", async () => {
    const owner = await signUpLandlord("Duration Lettings");
    const { apartmentId } = await createApartment(owner, "D1");
    const { listingId: furnished } = await createListing(owner, apartmentId);
    const { listingId: unfurnished } = await createListing(owner, apartmentId, { title: "Nu" });
    await env.DB.prepare("update listings set furnished = 0 where id = ?").bind(unfurnished).run();
    const renter = await signUpRenter("Duncan Duration");
    await completeDossier(renter);
    const ofListing = async (listingId: string) =>
      (await api(renter).me.checklist.$get({ query: { listingId } })).json.duration;
    expect(await ofListing(furnished)).toEqual({ min: 12, max: 120, default: 12 });
    const lawful = await ofListing(unfurnished);
    expect(lawful).toEqual({ min: 36, max: 120, default: 36 });
    expect((await applyTo(renter, unfurnished, { durationMonths: 12 })).problem.code).toBe("lease_too_short");
    const applied = await applyTo(renter, unfurnished, { durationMonths: lawful.default });
    expect(applied.status, applied.text).toBe(201);
  });

  it("the review shows the listing, each applicant's and guarantor's income and ratio, and the documents inline", async () => {
    const owner = await signUpLandlord("Review Lettings");
    const { apartmentId } = await createApartment(owner, "R1");
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 2, rentAmount: 100000 }] });
    const rich = await signUpRenter("Rania Rich");
    const { guarantorId } = await completeDossier(rich);
    expect((await applyTo(rich, listingId, { guarantorIds: [guarantorId], incomeAmount: 315000 })).status).toBe(201);
    const quiet = await signUpRenter("Quentin Quiet");
    await completeDossier(quiet);
    expect((await applyTo(quiet, listingId)).status).toBe(201);

    const review = await api(owner).listings[":id"].applications.$get({ param: { id: listingId } });
    expect(review.status, review.text).toBe(200);
    expect(review.headers.get("x-d1-round-trips")).toBe("1");
    expect(review.json.listing).toMatchObject({ title: "Bright flat near the park", city: "Lyon", currency: "EUR" });
    const [second, first] = review.json.results;
    // (1,000.00 rent + 50.00 charges) / 3,150.00 income = 0.33; the guarantor's 3,500.00 → 0.3.
    expect(first).toMatchObject({
      renterName: "Rania Rich",
      incomeAmount: 315000,
      rentAmount: 100000,
      rentToIncome: 0.33,
    });
    expect(first!.guarantorDossiers).toHaveLength(1);
    expect(first!.guarantorDossiers[0]).toMatchObject({
      name: "Gina Guarantor",
      incomeAmount: 350000,
      rentToIncome: 0.3,
    });
    expect(first!.guarantorDossiers[0]!.documents).toHaveLength(1);
    expect(first!.documents.map((d) => d.kind).sort()).toEqual(["id_card", "proof_of_income"]);
    expect(second).toMatchObject({ renterName: "Quentin Quiet", incomeAmount: null, rentToIncome: null });
    expect(second!.guarantorDossiers).toEqual([]);
    // The documents open inline for the reviewer, and for nobody outside the application.
    const file = await rawCall("GET", first!.documents[0]!.url, undefined, owner);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^inline/);
    const stranger = await signUpLandlord("Stranger Lettings");
    expect((await rawCall("GET", first!.documents[0]!.url, undefined, stranger)).status).toBe(404);
  });
});

describe("listing management", () => {
  it("a double submit with one Idempotency-Key creates one listing; a concurrent replay is 409 or the same listing", async () => {
    const owner = await signUpLandlord("Idem Lettings");
    const { apartmentId } = await createApartment(owner, "I1");
    const keyed = api({ ...owner, headers: { "idempotency-key": "new-listing-0001" } });
    const first = await keyed.listings.$post({ json: ad(apartmentId) });
    expect(first.status, first.text).toBe(201);
    const again = await keyed.listings.$post({ json: ad(apartmentId) });
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    const racing = api({ ...owner, headers: { "idempotency-key": "new-listing-0002" } });
    const answers = await Promise.all([0, 1, 2, 3].map(() => racing.listings.$post({ json: ad(apartmentId) })));
    const created = new Set(answers.filter((a) => a.status === 201).map((a) => a.json.id));
    expect(created.size).toBe(1);
    for (const a of answers.filter((a) => a.status !== 201)) expect(a.problem.code).toBe("idempotency_in_progress");
    const list = await api(owner).listings.$get({ query: {} });
    expect(list.json.total).toBe(2);
    // Without a key, every request creates (the API's plain behaviour).
    expect((await api(owner).listings.$post({ json: ad(apartmentId) })).status).toBe(201);
  });

  it("photos keep their upload order, reorder by photoOrder, and a draft's thumbnails are signed links for staff only", async () => {
    const owner = await signUpLandlord("Photo Order Lettings");
    const { apartmentId } = await createApartment(owner, "P1");
    const created = await api(owner).listings.$post({ json: ad(apartmentId) });
    const id = created.json.id;
    const ids: string[] = [];
    for (const seed of [1, 2, 3]) {
      const photo = await api(owner).listings[":id"].photos.$post({ param: { id } }, multipart(await photoForm(seed)));
      expect(photo.status, photo.text).toBe(201);
      ids.push(photo.json.id);
    }
    const read = async () => (await api(owner).listings[":id"].$get({ param: { id } })).json.photos;
    expect((await read()).map((p) => p.id)).toEqual(ids);
    const reordered = [ids[0]!, ids[2]!, ids[1]!];
    expect((await api(owner).listings[":id"].$patch({ param: { id }, json: { photoOrder: reordered } })).status).toBe(
      200,
    );
    const photos = await read();
    expect(photos.map((p) => p.id)).toEqual(reordered);
    // A draft: the public URL answers 404, the staff link serves the image to members only.
    expect((await rawCall("GET", `/api/public/listings/${id}/photos/${ids[0]}`)).status).toBe(404);
    expect(photos[0]!.url).toMatch(/^\/files\//);
    const served = await rawCall("GET", photos[0]!.url, undefined, owner);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toMatch(/^image\//);
    const maintenance = await addMember(owner, "maintenance");
    expect((await rawCall("GET", photos[0]!.url, undefined, maintenance)).status).toBe(200);
    const renter = await signUpRenter("Pierre Peek");
    expect((await rawCall("GET", photos[0]!.url, undefined, renter)).status).toBe(404);
    const other = await signUpLandlord("Other Photo Lettings");
    expect((await rawCall("GET", photos[0]!.url, undefined, other)).status).toBe(404);
  });
});
