import { describe, expect, it } from "vitest";
import { api, type ApiClient, type Caller, type JsonInput } from "../setup/client";
import { download, pdfText, waitForDocument } from "../setup/documents";
import {
  addRenter,
  createApartment,
  signUpLandlord,
  signUpRenter,
  uniqueEmail,
  type LeaseTerms,
} from "../setup/helpers";

// Issue 13 §5: French rental law in the lease and agreement flow (worker/lib/french-lease-law.ts). The API
// refuses a lease of a dwelling in France that breaks loi n° 89-462 (422, a code per rule in `errors`);
// the agreement carries the kind, counts its term from date to date and lists its annexes; sending one that
// breaks a rule is refused the same way; a dwelling elsewhere keeps today's freedom.

type LeaseBody = JsonInput<ApiClient["apartments"][":id"]["leases"]["$post"]>;

async function frenchFlat(label: string) {
  const owner = await signUpLandlord(`Agence ${label}`);
  const { apartmentId } = await createApartment(owner, label); // 12 Rue des Lilas, Lyon, France
  const post = (terms: Partial<LeaseBody>) =>
    api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: { renterEmail: uniqueEmail(), startDate: "2026-09-01", rentAmount: 80000, dueDay: 1, ...terms },
    });
  return { owner, apartmentId, post };
}

/** The codes of a refused lease, and each error's own code and path. */
const refusal = (res: { status: number; problem: { code: string; errors?: { path: string }[] } }) => ({
  status: res.status,
  code: res.problem.code,
  errors: res.problem.errors?.map((e) => `${(e as { code?: string }).code}@${e.path}`),
});

describe("a French lease (loi n° 89-462)", () => {
  it("unfurnished: 36 months ok and 35 refused for an individual, 72 ok and 71 refused for a company", async () => {
    const { post } = await frenchFlat("N1");
    expect((await post({ endDate: "2029-08-31" })).status).toBe(201);
    expect(refusal(await post({ endDate: "2029-07-31" }))).toEqual({
      status: 422,
      code: "lease_too_short",
      errors: ["lease_too_short@endDate"],
    });
    expect((await post({ endDate: "2032-08-31", landlordKind: "company" })).status).toBe(201);
    const company71 = await post({ endDate: "2032-07-31", landlordKind: "company" });
    expect(refusal(company71).code).toBe("lease_too_short");
    const [error] = company71.problem.errors as { params?: Record<string, number> }[];
    expect(error?.params).toMatchObject({ minMonths: 72, months: 71, days: 0 });
    expect((await post({})).status).toBe(201); // open-ended: renewed by tacit agreement
  });

  it("deposit: exactly one month ok, one cent more refused (unfurnished); two months furnished", async () => {
    const { post } = await frenchFlat("D1");
    expect((await post({ depositAmount: 80000 })).status).toBe(201);
    expect(refusal(await post({ depositAmount: 80001 }))).toEqual({
      status: 422,
      code: "deposit_above_cap",
      errors: ["deposit_above_cap@depositAmount"],
    });
    expect((await post({ kind: "furnished", endDate: "2027-08-31", depositAmount: 160000 })).status).toBe(201);
    expect((await post({ kind: "furnished", endDate: "2027-08-31", depositAmount: 160001 })).status).toBe(422);
  });

  it("the issue's case: 12 months unfurnished with two months' deposit breaks two rules, both listed", async () => {
    const { owner, apartmentId, post } = await frenchFlat("I1");
    const res = await post({ endDate: "2027-08-31", depositAmount: 160000 });
    expect(refusal(res)).toEqual({
      status: 422,
      code: "lease_too_short",
      errors: ["lease_too_short@endDate", "deposit_above_cap@depositAmount"],
    });
    // Nothing half-written.
    const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(leases.json.results).toEqual([]);
  });

  it("bail mobilité: 1 and 10 months ok, 11 refused, any deposit refused; student: 9 months ok", async () => {
    const { post } = await frenchFlat("M1");
    const mobility = { kind: "mobility" as const, depositAmount: 0 };
    expect((await post({ ...mobility, endDate: "2026-09-30" })).status).toBe(201);
    expect((await post({ ...mobility, endDate: "2027-06-30" })).status).toBe(201);
    expect(refusal(await post({ ...mobility, endDate: "2027-07-31" })).code).toBe("mobility_duration");
    expect(refusal(await post({ ...mobility })).code).toBe("mobility_duration"); // open-ended
    expect(refusal(await post({ ...mobility, endDate: "2026-12-31", depositAmount: 1 })).code).toBe("mobility_deposit");
    const student = { kind: "student_furnished" as const };
    expect((await post({ ...student, endDate: "2027-05-31", depositAmount: 160000 })).status).toBe(201);
    expect(refusal(await post({ ...student, endDate: "2027-06-30" })).code).toBe("student_lease_duration");
  });

  it("a dwelling outside France keeps today's freedom", async () => {
    const owner = await signUpLandlord("Agence Bruxelles");
    const p = await api(owner).properties.$post({
      json: { name: "Maison", address: "1 Rue Haute", city: "Bruxelles", postalCode: "1000", country: "Belgium" },
    });
    const a = await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 2, rentAmount: 80000, currency: "EUR" },
    });
    const res = await api(owner).apartments[":id"].leases.$post({
      param: { id: a.json.id },
      json: {
        renterEmail: uniqueEmail(),
        startDate: "2026-09-01",
        endDate: "2026-09-10",
        rentAmount: 80000,
        dueDay: 1,
        depositAmount: 240000,
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.lease).toMatchObject({ kind: "unfurnished", landlordKind: "individual" });
  });
});

/** A French furnished lease from 1 September to 31 August with a joined renter, and a draft agreement on it. */
async function draftAgreement(terms: LeaseTerms, templateName: "standard-fr-furnished" | "standard-en-unfurnished") {
  const owner = await signUpLandlord("Agence Annexes");
  const { apartmentId } = await createApartment(owner, "A1");
  const renter = await signUpRenter("Élodie Dubois");
  const { leaseId } = await addRenter(owner, apartmentId, terms, renter);
  const created = await api(owner).leases[":id"].documents.$post({
    param: { id: leaseId },
    json: {
      templateName,
      templateFields: {
        landlord: { address: "1 Place Bellecour, 69002 Lyon" },
        renters: [{ userId: renter.userId, name: "Élodie Dubois", idNumber: "FR-123" }],
      },
    },
  });
  expect(created.status, created.text).toBe(201);
  return { owner, renter, id: created.json.document.id, document: created.json.document };
}

async function renderAndSend(owner: Caller, id: string) {
  expect((await api(owner).documents[":id"].render.$post({ param: { id } })).status).toBe(202);
  const ready = await waitForDocument(id, owner, (d) => d.status !== "rendering");
  expect(ready.status).toBe("ready");
  return { ready, sent: await api(owner).documents[":id"].send.$post({ param: { id } }) };
}

describe("a French agreement", () => {
  it("says 12 mois for 1 September to 31 August and lists its annexes; the kind follows the lease", async () => {
    const terms = { startDate: "2026-09-01", endDate: "2027-08-31", depositAmount: 160000, kind: "furnished" } as const;
    const { owner, id, document } = await draftAgreement(terms, "standard-fr-furnished");
    expect(document.templateFields.lease).toMatchObject({ kind: "furnished", periodMonths: 12 });
    const patched = await api(owner).documents[":id"].$patch({
      param: { id },
      json: {
        templateFields: {
          rent: { charges: 5000, chargesMode: "flat" },
          annexes: ["dpe", "risks", "notice", "condition_report", "furniture_inventory"],
        },
      },
    });
    expect(patched.status, patched.text).toBe(200);
    const { ready, sent } = await renderAndSend(owner, id);
    expect(sent.status, sent.text).toBe(200);
    const { text } = await pdfText(await download(ready.pdfUrl!, owner));
    expect(text).toContain("Le bail est conclu pour une durée de 12 mois, du premier au dernier jour inclus.");
    expect(text).not.toContain("11 mois");
    expect(text).toContain("Forfait de charges");
    expect(text).toContain("9. Annexes");
    for (const annex of [
      "Diagnostic de performance énergétique (DPE)",
      "État des risques (ERP)",
      "Notice d’information relative aux droits et obligations des locataires et des bailleurs",
      "État des lieux d’entrée",
      "Inventaire et état détaillé du mobilier",
    ])
      expect(text).toContain(`– ${annex}`);
    expect(text).not.toContain("Constat de risque d’exposition au plomb");
    // Dates as the French write them, a no-break space before each colon, never an ISO date.
    expect(text).toMatch(/Date de prise d’effet\s:\s1er septembre 2026/);
    expect(text).toMatch(/Date de fin\s:\s31 août 2027/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it("in English too: 12 months, not 11", async () => {
    const terms = { startDate: "2026-09-01", endDate: "2027-08-31", kind: "furnished" } as const;
    const { owner, id } = await draftAgreement(terms, "standard-en-unfurnished");
    const { ready } = await renderAndSend(owner, id);
    const { text } = await pdfText(await download(ready.pdfUrl!, owner));
    expect(text).toContain("This agreement is made for 12 months, from the first to the last day inclusive.");
    expect(text).toContain("Furnished residential tenancy agreement");
  });

  it("sending one that breaks a rule is refused with a code per rule; fixed, it is sent", async () => {
    const terms = { startDate: "2026-09-01", endDate: "2027-08-31", depositAmount: 160000, kind: "furnished" } as const;
    const { owner, renter, id } = await draftAgreement(terms, "standard-fr-furnished");
    // Changed to unfurnished in the editor: the template follows, and the term and deposit no longer hold.
    const patch = (templateFields: Record<string, unknown>) =>
      api(owner).documents[":id"].$patch({ param: { id }, json: { templateFields } });
    const unfurnished = await patch({ lease: { kind: "unfurnished" }, rent: { chargesMode: "flat" } });
    expect(unfurnished.status, unfurnished.text).toBe(200);
    expect(unfurnished.json.templateName).toBe("standard-fr-unfurnished");
    const { sent } = await renderAndSend(owner, id);
    expect(sent.status).toBe(422);
    expect(sent.problem.code).toBe("lease_too_short");
    expect(sent.problem.errors?.map((e) => `${(e as { code?: string }).code}@${e.path}`)).toEqual([
      "lease_too_short@templateFields.lease.endDate",
      "deposit_above_cap@templateFields.deposit.amount",
      "flat_charges_unfurnished@templateFields.rent.chargesMode",
    ]);
    expect((await api(renter).documents[":id"].$get({ param: { id } })).json.status).toBe("ready");

    // A bail mobilité with a deposit or provisions is refused too.
    expect(
      (await patch({ lease: { kind: "mobility", endDate: "2027-06-30" }, rent: { chargesMode: "provision" } })).status,
    ).toBe(200);
    const mobility = await renderAndSend(owner, id);
    expect(mobility.sent.problem.errors?.map((e) => (e as { code?: string }).code)).toEqual([
      "mobility_deposit",
      "mobility_flat_charges",
    ]);

    // Lawful again: a company's six-year unfurnished lease with one month's deposit and provisions.
    const fixed = await patch({
      landlord: { kind: "company" },
      lease: { kind: "unfurnished", endDate: "2032-08-31" },
      deposit: { amount: 80000 },
      rent: { chargesMode: "provision" },
    });
    expect(fixed.status, fixed.text).toBe(200);
    const ok = await renderAndSend(owner, id);
    expect(ok.sent.status, ok.sent.text).toBe(200);
    expect(ok.sent.json.status).toBe("out_for_signature");
  });
});
