import { describe, expect, it } from "vitest";
import { api, type ApiClient, type Caller, type JsonInput } from "../setup/client";
import { download, FURNISHED_ANNEXES, pdfText, waitForDocument } from "../setup/documents";
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
    const mobility = { kind: "mobility" as const, depositAmount: 0, mobilityReason: "internship" as const };
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
/** A draft on a template that fits the lease's kind (another is refused: 422 `template_mismatch`). */
async function draftAgreement(
  terms: LeaseTerms,
  templateName: "standard-fr-furnished" | "standard-fr-unfurnished" | "standard-en-furnished",
) {
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
        annexes:
          terms.kind === "furnished"
            ? [...FURNISHED_ANNEXES]
            : ["dpe", "risks", "surface", "notice", "condition_report"],
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
    const { owner, id } = await draftAgreement(terms, "standard-en-furnished");
    const { ready } = await renderAndSend(owner, id);
    const { text } = await pdfText(await download(ready.pdfUrl!, owner));
    expect(text).toContain("This agreement is made for 12 months, from the first to the last day inclusive.");
    expect(text).toContain("Furnished residential tenancy agreement");
  });

  it("sending one that breaks a rule the lease does not hold is refused with its code; fixed, it is sent", async () => {
    const terms = {
      startDate: "2026-09-01",
      endDate: "2029-08-31",
      depositAmount: 80000,
      kind: "unfurnished",
    } as const;
    const { owner, renter, id } = await draftAgreement(terms, "standard-fr-unfurnished");
    const patch = (templateFields: Record<string, unknown>) =>
      api(owner).documents[":id"].$patch({ param: { id }, json: { templateFields } });
    // The kind is the lease's, and so is the template's furniture.
    const flat = await patch({ rent: { chargesMode: "flat" } });
    expect(flat.status, flat.text).toBe(200);
    expect(flat.json.templateName).toBe("standard-fr-unfurnished");
    const { sent } = await renderAndSend(owner, id);
    expect(sent.status).toBe(422);
    expect(refusal(sent)).toEqual({
      status: 422,
      code: "flat_charges_unfurnished",
      errors: ["flat_charges_unfurnished@templateFields.rent.chargesMode"],
    });
    expect((await api(renter).documents[":id"].$get({ param: { id } })).json.status).toBe("ready");
    expect((await patch({ rent: { chargesMode: "provision" } })).status).toBe(200);
    const ok = await renderAndSend(owner, id);
    expect(ok.sent.status, ok.sent.text).toBe(200);
    expect(ok.sent.json.status).toBe("out_for_signature");
  });

  it("cannot contradict its lease: kind, dates, term and deposit are the lease's (tester's case)", async () => {
    const terms = { startDate: "2026-11-01", endDate: "2027-10-31", depositAmount: 144000, kind: "furnished" } as const;
    const { owner, id } = await draftAgreement(terms, "standard-fr-furnished");
    const contradicting = await api(owner).documents[":id"].$patch({
      param: { id },
      json: {
        templateFields: {
          lease: { kind: "unfurnished", periodMonths: 36, endDate: "2029-10-31" },
          deposit: { amount: 72000 },
        },
      },
    });
    expect(contradicting.status, contradicting.text).toBe(422);
    expect(contradicting.problem.code).toBe("agreement_contradicts_lease");
    expect(contradicting.problem.errors?.map((e) => e.path)).toEqual([
      "templateFields.lease.kind",
      "templateFields.lease.endDate",
      "templateFields.deposit.amount",
      "templateFields.lease.periodMonths",
    ]);
    // Every other term the lease holds is refused too, one field each.
    for (const [templateFields, path] of [
      [{ landlord: { kind: "company" } }, "landlord.kind"],
      [{ lease: { startDate: "2026-12-01" } }, "lease.startDate"],
      [{ rent: { amount: 99000 } }, "rent.amount"],
      [{ rent: { currency: "USD" } }, "rent.currency"],
      [{ rent: { paymentDay: 9 } }, "rent.paymentDay"],
      [{ deposit: { required: false } }, "deposit.required"],
    ] as const) {
      const res = await api(owner).documents[":id"].$patch({ param: { id }, json: { templateFields } });
      expect(refusal(res)).toMatchObject({ status: 422, code: "agreement_contradicts_lease" });
      expect(res.problem.errors?.map((e) => e.path)).toEqual([`templateFields.${path}`]);
    }
    // Creating one with an override is refused the same way.
    const lease = (await api(owner).documents[":id"].$get({ param: { id } })).json.leaseId;
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: lease },
      json: { templateName: "standard-fr-furnished", templateFields: { lease: { kind: "unfurnished" } } },
    });
    expect(refusal(created)).toMatchObject({ status: 422, code: "agreement_contradicts_lease" });
    // Sending the values it loaded back (an editor's save) is no contradiction; the lease's terms stay.
    const current = (await api(owner).documents[":id"].$get({ param: { id } })).json;
    const resaved = await api(owner).documents[":id"].$patch({
      param: { id },
      json: { templateFields: { lease: current.templateFields.lease, deposit: current.templateFields.deposit } },
    });
    expect(resaved.status, resaved.text).toBe(200);
    expect(resaved.json.templateFields).toMatchObject({
      lease: { kind: "furnished", startDate: "2026-11-01", endDate: "2027-10-31", periodMonths: 12 },
      deposit: { required: true, amount: 144000 },
    });
    const { ready, sent } = await renderAndSend(owner, id);
    expect(sent.status, sent.text).toBe(200);
    const { text } = await pdfText(await download(ready.pdfUrl!, owner));
    expect(text).toContain("Contrat de location meublée");
    expect(text).toMatch(/Date de fin\s:\s31 octobre 2027/);
    expect(text).toMatch(/Montant du dépôt de garantie\s:\s1\s440,00\s€/);
    expect(text).not.toContain("2029");
  });

  it("sending without the mandatory annexes is refused, naming them; ticked, it is sent", async () => {
    const terms = { startDate: "2026-09-01", endDate: "2027-08-31", depositAmount: 160000, kind: "furnished" } as const;
    const { owner, id } = await draftAgreement(terms, "standard-fr-furnished");
    const unticked = await api(owner).documents[":id"].$patch({
      param: { id },
      json: { templateFields: { annexes: ["dpe", "condition_report"] } },
    });
    expect(unticked.status, unticked.text).toBe(200);
    const { sent } = await renderAndSend(owner, id);
    expect(sent.status, sent.text).toBe(422);
    expect(sent.problem.code).toBe("annexes_missing");
    expect(sent.problem.errors?.map((e) => e.message)).toEqual(["risks", "notice", "furniture_inventory"]);
    const ticked = await api(owner).documents[":id"].$patch({
      param: { id },
      json: { templateFields: { annexes: [...FURNISHED_ANNEXES] } },
    });
    expect(ticked.status).toBe(200);
    const ok = await renderAndSend(owner, id);
    expect(ok.sent.status, ok.sent.text).toBe(200);
  });
});
