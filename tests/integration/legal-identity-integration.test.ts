import { describe, expect, it } from "vitest";
import { agreementFields } from "../../worker/documents/fields";
import { renderAgreementPdf } from "../../worker/documents/render";
import { templateByName } from "../../worker/documents/templates";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { api, type ApiClient, type Caller, type JsonInput } from "../setup/client";
import { agreementFieldsOf, pdfText } from "../setup/documents";
import { addRenter, createApartment, env, signUpLandlord, uniqueEmail } from "../setup/helpers";

// Issue 13 §1 and §5 (loi n° 89-462 art. 3 and 10, migration 0037): who the org is in law. A person or a
// company, a company that is an SCI familiale (3-year minimum, like a person) or not (6 years), and who
// represents it; the combination is checked per field; the agreement names a company by its denomination,
// legal form, SIRET, registered office and representative, never a person by a company number. Also: the
// template must fit the lease (422 `template_mismatch`), a French lease has a rent (422 `rent_required`), and
// an open-ended lease prints its legal term.

const SIRET = "73282932000074";
type Settings = JsonInput<ApiClient["orgs"]["current"]["settings"]["$patch"]>;
type LeaseBody = JsonInput<ApiClient["apartments"][":id"]["leases"]["$post"]>;

const IDENTITY = {
  legalName: "SCI Fabre Immobilier",
  legalForm: "SCI",
  street: "1 Place Bellecour",
  postalCode: "69002",
  city: "Lyon",
  addressCountry: "FR",
} as const;

async function orgWith(label: string, settings: Settings) {
  const owner = await signUpLandlord(`Org ${label}`);
  const res = await api(owner).orgs.current.settings.$patch({ json: settings });
  expect(res.status, res.text).toBe(200);
  const { apartmentId } = await createApartment(owner, label); // in Lyon, France
  const post = (terms: Partial<LeaseBody>) =>
    api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: { renterEmail: uniqueEmail(), startDate: "2026-09-01", rentAmount: 80000, dueDay: 1, ...terms },
    });
  return { owner, apartmentId, post };
}

const refusedWith = async (owner: Caller, json: Settings) => {
  const res = await api(owner).orgs.current.settings.$patch({ json });
  expect(res.status, res.text).toBe(400);
  return { code: res.problem.code, paths: (res.problem.errors ?? []).map((e) => e.path).sort() };
};

describe("the org's legal identity (settings)", () => {
  it("refuses a person with a company number, an SCI familiale flag or a representative, naming each field", async () => {
    const owner = await signUpLandlord("Identity checks");
    expect(await refusedWith(owner, { legalKind: "individual", companyNumber: SIRET })).toEqual({
      code: "company_number_needs_company",
      paths: ["companyNumber", "legalKind"],
    });
    expect(await refusedWith(owner, { legalKind: "individual", familyCompany: true })).toEqual({
      code: "family_company_needs_company",
      paths: ["familyCompany", "legalKind"],
    });
    expect(await refusedWith(owner, { legalKind: "individual", representative: "Odile Fabre, gérante" })).toEqual({
      code: "representative_needs_company",
      paths: ["legalKind", "representative"],
    });
    // The stored identity counts too: a company's number stays when it turns into a person.
    const company = { legalKind: "company", companyNumber: SIRET } as const;
    expect((await api(owner).orgs.current.settings.$patch({ json: company })).status).toBe(200);
    expect((await refusedWith(owner, { legalKind: "individual" })).code).toBe("company_number_needs_company");
    // A person without them is fine.
    const person = { legalKind: "individual", companyNumber: null, legalForm: null } as const;
    expect((await api(owner).orgs.current.settings.$patch({ json: person })).status).toBe(200);
  });

  it("stores an SCI familiale with its representative, and answers them", async () => {
    const { owner } = await orgWith("S1", {
      ...IDENTITY,
      legalKind: "company",
      companyNumber: "732 829 320 00074",
      familyCompany: true,
      representative: "Odile Fabre, gérante",
    });
    const got = await api(owner).orgs.current.settings.$get();
    expect(got.json).toMatchObject({
      legalKind: "company",
      companyNumber: SIRET,
      familyCompany: true,
      representative: "Odile Fabre, gérante",
    });
  });
});

describe("the minimum term follows who the org is (art. 10)", () => {
  it("an SCI familiale lets for 3 years like a person; another company for 6", async () => {
    const family = await orgWith("F1", { ...IDENTITY, legalKind: "company", familyCompany: true });
    const three = await family.post({ endDate: "2029-08-31" });
    expect(three.status, three.text).toBe(201);
    expect(three.json.lease).toMatchObject({ landlordKind: "individual" });
    expect((await family.post({ endDate: "2029-07-31" })).problem.code).toBe("lease_too_short");

    const company = await orgWith("C1", { ...IDENTITY, legalName: "SAS Bailleur", legalKind: "company" });
    const refused = await company.post({ endDate: "2029-08-31" });
    expect(refused.status).toBe(422);
    expect(refused.problem.code).toBe("lease_too_short");
    const six = await company.post({ endDate: "2032-08-31" });
    expect(six.status, six.text).toBe(201);
    expect(six.json.lease).toMatchObject({ landlordKind: "company" });
    // The request cannot say otherwise than the org's identity (its settings are where that changes).
    const told = await company.post({ endDate: "2029-08-31", landlordKind: "individual" });
    expect(told.status).toBe(422);
    expect(told.problem.code).toBe("landlord_kind_contradicts_org");
    expect(told.problem.errors?.map((e) => e.path)).toEqual(["landlordKind"]);
  });

  it("the apartment page's new-lease default is the kind the org lets as", async () => {
    const { owner, apartmentId } = await orgWith("F2", { legalKind: "company", familyCompany: true });
    const room = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(room.json.apartment.landlordKind).toBe("individual");
  });
});

describe("a French lease has a rent", () => {
  it("rent 0 is refused with `rent_required` at rentAmount; outside France it is not checked here", async () => {
    const { post } = await orgWith("R1", {});
    const res = await post({ rentAmount: 0 });
    expect(res.status).toBe(422);
    expect(res.problem.code).toBe("rent_required");
    expect(res.problem.errors?.map((e) => e.path)).toEqual(["rentAmount"]);
  });
});

const fonts = assetFonts(env.ASSETS);

describe("the agreement's landlord, from the org's identity", () => {
  it("an SCI familiale: denomination, legal form, SIRET, office, representative; a person's terms (art. 13)", async () => {
    const { owner, apartmentId } = await orgWith("P1", {
      ...IDENTITY,
      legalKind: "company",
      companyNumber: SIRET,
      familyCompany: true,
      representative: "Odile Fabre, gérante",
    });
    const { leaseId } = await addRenter(owner, apartmentId, {
      kind: "furnished",
      startDate: "2026-09-01",
      endDate: "2027-08-31",
    });
    // A furnished lease takes a furnished template: the unfurnished one is refused, not swapped.
    const wrong = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-unfurnished" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.problem.code).toBe("template_mismatch");
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-furnished" },
    });
    expect(created.status, created.text).toBe(201);
    const fields = agreementFieldsOf(created.json.document);
    expect(fields.landlord).toMatchObject({
      name: "SCI Fabre Immobilier",
      entity: "company",
      kind: "individual",
      legalForm: "SCI",
      idNumber: SIRET,
      representative: "Odile Fabre, gérante",
    });
    const bytes = await renderAgreementPdf({
      documentId: created.json.document.id,
      template: templateByName("standard-fr-furnished")!,
      fields: { ...fields, landlord: { ...fields.landlord, address: "1 Place Bellecour, 69002 Lyon" } },
      fonts,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain(
      `Le bailleur : SCI Fabre Immobilier, personne morale (SCI), SIRET n° ${SIRET}, siège social : 1 Place Bellecour, 69002 Lyon, représentée par Odile Fabre, gérante`,
    );
    expect(text).toContain("article 13");
    expect(text).not.toContain("pièce d’identité n° 7");
    expect(text).not.toContain("Qualité du bailleur : personne physique");
  }, 120_000);

  it("a person: no company number as an identity document", async () => {
    const { owner, apartmentId } = await orgWith("P2", {
      legalName: "Jeanne Martin",
      legalKind: "individual",
      street: "3 Rue Mercière",
      postalCode: "69002",
      city: "Lyon",
    });
    const { leaseId } = await addRenter(owner, apartmentId, {
      kind: "furnished",
      startDate: "2026-09-01",
      endDate: "2027-08-31",
    });
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-furnished" },
    });
    expect(created.status, created.text).toBe(201);
    const { landlord } = agreementFieldsOf(created.json.document);
    expect(landlord).toMatchObject({ name: "Jeanne Martin", entity: "individual", idNumber: "", representative: "" });
  });
});

describe("an open-ended lease prints its legal term (art. 10, 25-7)", () => {
  const fieldsFor = (kind: "unfurnished" | "furnished", landlordKind: "individual" | "company") =>
    agreementFields.parse({
      date: "2026-08-20",
      landlord: { name: "Jeanne Martin", address: "3 Rue Mercière, 69002 Lyon", kind: landlordKind },
      renters: [{ userId: "u1", name: "Élodie Dubois", idNumber: "P123" }],
      property: { address: "8 Rue Sainte-Catherine, 69001 Lyon" },
      lease: { startDate: "2026-09-01", endDate: "", kind },
      rent: { amount: 92000 },
    });
  const textOf = async (name: string, fields: ReturnType<typeof fieldsFor>) =>
    (await pdfText(await renderAgreementPdf({ documentId: "d", template: templateByName(name)!, fields, fonts }))).text;

  it("3 years for a person, 6 for a company, 1 furnished; renewed tacitly", async () => {
    const person = await textOf("standard-fr-unfurnished", fieldsFor("unfurnished", "individual"));
    expect(person).toContain("durée minimale légale de 3 ans");
    expect(person).toContain("au 31 août 2029 inclus");
    expect(person).toContain("reconduit tacitement");
    const company = await textOf("standard-fr-unfurnished", fieldsFor("unfurnished", "company"));
    expect(company).toContain("durée minimale légale de 6 ans");
    expect(company).toContain("au 31 août 2032 inclus");
    const furnished = await textOf("standard-en-furnished", fieldsFor("furnished", "individual"));
    expect(furnished).toContain("legal minimum term of 1 year");
    expect(furnished).toContain("to August 31, 2027 inclusive");
  });
});

describe("a cancelled lease", () => {
  it("records when it was called off (status and cancelledAt); the list shows it, the start stays as agreed", async () => {
    const { owner, apartmentId } = await orgWith("X1", {});
    const { leaseId } = await addRenter(owner, apartmentId, {
      kind: "furnished",
      startDate: "2027-06-01",
      endDate: "2028-05-31",
    });
    const res = await api(owner).leases[":id"].cancel.$post({ param: { id: leaseId } });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ status: "cancelled", startDate: "2027-06-01" });
    expect(res.json.cancelledAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const list = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    const lease = list.json.results.find((l) => l.id === leaseId);
    expect(lease).toMatchObject({ status: "cancelled", startDate: "2027-06-01", cancelledAt: res.json.cancelledAt });
  });
});
