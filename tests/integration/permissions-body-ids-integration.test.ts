import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, multipart, rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing, documentForm, FILES, PROFILE, pngOf } from "../setup/listings";

/**
 * Issue 11, section 1, the handed cases about what a body names: a closed application's dossier as it was,
 * places that applications name, renters named in an agreement, and lists of ids.
 */

type Dossier = { documents: { kind: string }[]; guarantors: { id: string; documents: { kind: string }[] }[] };
async function dossierSeenBy(who: Caller, applicationId: string) {
  const res = await api(who).applications[":id"].$get({ param: { id: applicationId } });
  expect(res.status, res.text).toBe(200);
  const { documents, guarantors } = res.json as Dossier;
  return {
    documents: documents.map((d) => d.kind).sort(),
    guarantors: guarantors.map((g) => ({ id: g.id, documents: g.documents.map((d) => d.kind).sort() })),
  };
}

const count = async (table: string, where = "1 = 1", ...binds: string[]) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where ${where}`)
    .bind(...binds)
    .first<{ n: number }>())!.n;

describe("a closed application's dossier is frozen at its closing", () => {
  it.each(["withdraw", "reject"] as const)(
    "after %s, files uploaded later do not show to the reviewer",
    async (how) => {
      const owner = await signUpLandlord();
      const { apartmentId } = await createApartment(owner);
      const { listingId } = await createListing(owner, apartmentId, { guarantorsRequired: 1 });
      const renter = await signUpRenter();
      const { guarantorId } = await completeDossier(renter);
      const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
      expect(applied.status, applied.text).toBe(201);
      const id = applied.json.id;
      const asApplied = await dossierSeenBy(owner, id);
      expect(asApplied).toEqual({
        documents: ["id_card", "proof_of_income"],
        guarantors: [{ id: guarantorId, documents: ["proof_of_income"] }],
      });

      const closed =
        how === "withdraw"
          ? await api(renter).applications[":id"].withdraw.$post({ param: { id } })
          : await api(owner).applications[":id"].reject.$post({ param: { id } });
      expect(closed.status, closed.text).toBe(200);
      // After the closing: a new own document, a new document of the chosen guarantor.
      const late = await api(renter).me.documents.$post({}, multipart(documentForm("visa", FILES.pdf())));
      expect(late.status, late.text).toBe(201);
      const lateGuarantorDoc = await api(renter).me.guarantors[":id"].documents.$post(
        { param: { id: guarantorId } },
        multipart(documentForm("rib", FILES.pdf())),
      );
      expect(lateGuarantorDoc.status, lateGuarantorDoc.text).toBe(201);

      expect(await dossierSeenBy(owner, id)).toEqual(asApplied);
      expect(await dossierSeenBy(renter, id)).toEqual(asApplied);
    },
  );

  it("an open application still shows what the applicant adds", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter();
    expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
    await api(renter).me.documents.$post({}, multipart(documentForm("visa", FILES.pdf())));
    expect((await dossierSeenBy(owner, applied.json.id)).documents).toEqual(["visa"]);
  });
});

describe("replacing a listing's places", () => {
  it("refuses (409 places_have_applications, naming them) when a place has applications; they stay", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { listingId, roomIds } = await createListing(owner, apartmentId, {
      rooms: [{ capacity: 1 }, { capacity: 1 }],
    });
    const renter = await signUpRenter();
    expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
    const applied = await applyTo(renter, listingId, { roomId: roomIds[0] });
    expect(applied.status, applied.text).toBe(201);

    const rooms = [{ name: "Big room", capacity: 2, rentAmount: 90000 }];
    const res = await rawCall("PATCH", `/api/listings/${listingId}`, { rooms }, owner);
    expect(res.status, res.text).toBe(409);
    expect(res.problem.code).toBe("places_have_applications");
    expect(res.problem.detail).toContain("Room 1 (1 application)");
    expect(res.problem.detail).not.toContain("Room 2");
    expect(await count("listing_places", "listing_id = ?", listingId)).toBe(2);
    expect((await api(renter).applications[":id"].$get({ param: { id: applied.json.id } })).status).toBe(200);
    expect((await api(owner).applications[":id"].$get({ param: { id: applied.json.id } })).status).toBe(200);

    // Other fields still change; a listing nobody applied to gets new places.
    expect((await rawCall("PATCH", `/api/listings/${listingId}`, { title: "Renamed flat" }, owner)).status).toBe(200);
    const fresh = await createListing(owner, apartmentId, { status: "draft" });
    const replaced = await rawCall("PATCH", `/api/listings/${fresh.listingId}`, { rooms }, owner);
    expect(replaced.status, replaced.text).toBe(200);
    expect(await count("listing_places", "listing_id = ?", fresh.listingId)).toBe(1);
  });
});

describe("ids inside bodies are checked like ids in paths", () => {
  async function leaseWithRenter() {
    const owner = await signUpLandlord("Agreement Org");
    const { apartmentId } = await createApartment(owner);
    const { renter, leaseId } = await addRenter(owner, apartmentId);
    return { owner, renter, leaseId };
  }
  const renterEntry = (userId: string, name: string) => ({
    userId,
    name,
    idNumber: "X1",
    email: "",
    phone: "",
    address: "",
  });

  it("an agreement naming another org's renter is refused (422 unknown_renter): no draft, so nothing to send", async () => {
    const victimOrg = await leaseWithRenter();
    const attacker = await leaseWithRenter();
    const before = await count("documents", "org_id = ?", attacker.owner.orgId);
    const res = await rawCall(
      "POST",
      `/api/leases/${attacker.leaseId}/documents`,
      {
        templateName: "standard-en-unfurnished",
        templateFields: { renters: [renterEntry(victimOrg.renter.userId, "Victim")] },
      },
      attacker.owner,
    );
    expect(res.status, res.text).toBe(422);
    expect(res.problem.code).toBe("unknown_renter");
    expect(res.problem.errors?.[0]?.path).toBe("templateFields.renters.0.userId");
    expect(await count("documents", "org_id = ?", attacker.owner.orgId)).toBe(before);

    // The lease's own renter, listed twice: 400.
    const twice = await rawCall(
      "POST",
      `/api/leases/${attacker.leaseId}/documents`,
      {
        templateName: "standard-en-unfurnished",
        templateFields: {
          renters: [renterEntry(attacker.renter.userId, "Rita"), renterEntry(attacker.renter.userId, "Rita again")],
        },
      },
      attacker.owner,
    );
    expect(twice.status, twice.text).toBe(400);

    // Editing a draft cannot swap a renter for a stranger either.
    const draft = await api(attacker.owner).leases[":id"].documents.$post({
      param: { id: attacker.leaseId },
      json: { templateName: "standard-en-unfurnished" },
    });
    expect(draft.status, draft.text).toBe(201);
    const swap = await rawCall(
      "PATCH",
      `/api/documents/${draft.json.document.id}`,
      { templateFields: { renters: [renterEntry(victimOrg.renter.userId, "Victim")] } },
      attacker.owner,
    );
    expect(swap.status, swap.text).toBe(422);
    expect(swap.problem.code).toBe("unknown_renter");
  });

  it("one guarantor listed three times does not make three: 400, and no application", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId, { guarantorsRequired: 3 });
    const renter = await signUpRenter();
    const { guarantorId } = await completeDossier(renter);
    const res = await applyTo(renter, listingId, { guarantorIds: [guarantorId, guarantorId, guarantorId] });
    expect(res.status, res.text).toBe(400);
    expect(res.problem.code).toBe("invalid_input");
    expect(res.problem.detail).toContain("same guarantor twice");
    expect(await count("applications", "listing_id = ?", listingId)).toBe(0);
    // Listed once, it is one guarantor of the three required.
    const once = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
    expect(once.status, once.text).toBe(422);
    expect(once.problem.code).toBe("dossier_incomplete");
  });

  it("a photo order naming one photo twice is refused (400), the photos stay", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId);
    const form = new FormData();
    form.append("file", await pngOf(4, 4), "a.png");
    const photo = await rawCall("POST", `/api/listings/${listingId}/photos`, form, owner);
    expect(photo.status, photo.text).toBe(201);
    const id = (photo.json as { id: string }).id;
    const res = await rawCall("PATCH", `/api/listings/${listingId}`, { photoOrder: [id, id] }, owner);
    expect(res.status, res.text).toBe(400);
    expect(await count("listing_photos", "listing_id = ?", listingId)).toBe(1);
  });
});
