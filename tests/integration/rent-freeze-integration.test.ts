import { describe, expect, it } from "vitest";
import { addMonths, todayIn } from "../../worker/lib/calendar";
import { api, type Caller } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";

/**
 * The rent freeze of F and G dwellings (loi n° 2021-1104 « Climat et résilience » art. 159, amending loi
 * n° 89-462 art. 17-1; worker/leases/revision/energy.ts): the DPE class is read from the apartment's most
 * recent listing stating one; F or G answers status `frozen` and refuses confirmation (422
 * `rent_revision_frozen`, nothing written); D is revised; no DPE known is revised as usual (energyClass null).
 */
const today = todayIn("UTC");
const revise = (who: Caller) => api(who).leases[":id"]["rent-revision"];
// Second anniversary a month ago, reference 2022-Q2: 800,00 € × 145.17 / 140.59 = 826,06 € when not frozen.
const START = addMonths(today, -25);
const ANNIVERSARY = addMonths(START, 24);

/** A French lease with a revision clause, its apartment listed with each DPE class of `classes` in turn. */
async function leaseWithDpe(classes: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "not_required")[]) {
  const owner = await signUpLandlord("Agence Gel");
  const { apartmentId } = await createApartment(owner, "G1");
  for (const energyClass of classes) {
    const listing = await api(owner).listings.$post({
      json: {
        apartmentId,
        title: "Deux pièces",
        description: "Simple vitrage, chauffage électrique.",
        city: "Lyon",
        address: "3 Quai Saint-Antoine",
        type: "flat",
        availableFrom: today,
        rooms: [{ name: "Logement entier", capacity: 1, rentAmount: 80000 }],
        energyClass,
      },
    });
    expect(listing.status, listing.text).toBe(201);
  }
  const { leaseId } = await addRenter(
    owner,
    apartmentId,
    { startDate: START, rentAmount: 80000, dueDay: 5 },
    await signUpRenter("Inès Moreau"),
  );
  const clause = await revise(owner).clause.$put({
    param: { id: leaseId },
    json: { enabled: true, referenceQuarter: "2022-Q2" },
  });
  expect(clause.status, clause.text).toBe(200);
  return { owner, leaseId };
}

async function rentAndRevisions(leaseId: string) {
  const rent = await env.DB.prepare("select rent_amount as rent from leases where id = ?")
    .bind(leaseId)
    .first<{ rent: number }>();
  const revisions = await env.DB.prepare("select count(*) as n from rent_revisions where lease_id = ?")
    .bind(leaseId)
    .first<{ n: number }>();
  return [rent?.rent, revisions?.n];
}

describe("rent freeze of F and G dwellings (DPE)", () => {
  it("an F dwelling is frozen: no proposal, and confirming answers 422 rent_revision_frozen, writing nothing", async () => {
    const { owner, leaseId } = await leaseWithDpe(["F"]);
    const seen = await revise(owner).$get({ param: { id: leaseId } });
    expect(seen.status, seen.text).toBe(200);
    expect(seen.json).toMatchObject({ status: "frozen", energyClass: "F", proposal: null, canConfirm: false });
    expect(seen.json.anniversary).toBe(ANNIVERSARY);

    const refused = await revise(owner).$post({
      param: { id: leaseId },
      json: { anniversary: ANNIVERSARY, newRent: 82606 },
    });
    expect([refused.status, refused.problem?.code]).toEqual([422, "rent_revision_frozen"]);
    expect(await rentAndRevisions(leaseId)).toEqual([80000, 0]);
  });

  it("the most recent listing's class counts: a D ad followed by a G ad freezes; a G ad followed by a D ad does not", async () => {
    const frozen = await leaseWithDpe(["D", "G"]);
    const a = await revise(frozen.owner).$get({ param: { id: frozen.leaseId } });
    expect([a.json.status, a.json.energyClass]).toEqual(["frozen", "G"]);
    const renovated = await leaseWithDpe(["G", "D"]);
    const b = await revise(renovated.owner).$get({ param: { id: renovated.leaseId } });
    expect([b.json.status, b.json.energyClass]).toEqual(["due", "D"]);
  });

  it("a D dwelling is revised: 800,00 € → 826,06 €", async () => {
    const { owner, leaseId } = await leaseWithDpe(["D"]);
    const seen = await revise(owner).$get({ param: { id: leaseId } });
    expect(seen.json).toMatchObject({ status: "due", energyClass: "D", canConfirm: true });
    expect(seen.json.proposal?.newRent).toBe(82606);
    const done = await revise(owner).$post({
      param: { id: leaseId },
      json: { anniversary: ANNIVERSARY, newRent: 82606 },
    });
    expect(done.status, done.text).toBe(201);
    expect(await rentAndRevisions(leaseId)).toEqual([82606, 1]);
  });

  it("no DPE known (no listing of the apartment states a class): revised as usual, energyClass null", async () => {
    const { owner, leaseId } = await leaseWithDpe([]);
    const seen = await revise(owner).$get({ param: { id: leaseId } });
    expect(seen.json).toMatchObject({ status: "due", energyClass: null, canConfirm: true });
    const done = await revise(owner).$post({
      param: { id: leaseId },
      json: { anniversary: ANNIVERSARY, newRent: 82606 },
    });
    expect(done.status, done.text).toBe(201);
    expect(await rentAndRevisions(leaseId)).toEqual([82606, 1]);
  });
});
