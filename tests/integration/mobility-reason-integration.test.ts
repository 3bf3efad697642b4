import { describe, expect, it } from "vitest";
import { agreementFields } from "../../worker/documents/fields";
import { AGREEMENT_LAW_PATHS, agreementViolations } from "../../worker/documents/law";
import { renderAgreementPdf } from "../../worker/documents/render";
import { templateByName } from "../../worker/documents/templates";
import { MOBILITY_REASONS } from "../../worker/lib/mobility-reasons";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { agreementFieldsOf, pdfText } from "../setup/documents";
import { addRenter, createApartment, env, signUpLandlord, uniqueEmail } from "../setup/helpers";

// Loi n° 89-462 art. 25-13: a bail mobilité states the renter's reason (formation professionnelle, études
// supérieures, contrat d'apprentissage, stage, service civique, mutation professionnelle, mission
// temporaire). Required wherever a bail mobilité's terms arrive (the lease, its agreement), printed in the
// agreement; a student's furnished lease and a bail mobilité are titled as such.

const fonts = assetFonts(env.ASSETS);
type LeaseBody = JsonInput<ApiClient["apartments"][":id"]["leases"]["$post"]>;
const MOBILITY = { kind: "mobility", startDate: "2026-09-01", endDate: "2027-02-28", depositAmount: 0 } as const;

const fieldsOf = (lease: Record<string, unknown>) =>
  agreementFields.parse({
    date: "2026-08-20",
    landlord: { name: "Jeanne Martin", address: "1 Place Bellecour, 69002 Lyon" },
    renters: [{ userId: "u1", name: "Élodie Dubois", idNumber: "P123" }],
    property: { address: "8 Rue Sainte-Catherine, 69001 Lyon" },
    lease: { startDate: "2026-09-01", endDate: "2027-02-28", ...lease },
    rent: { amount: 92000, chargesMode: "flat" },
  });

describe("the reason of a bail mobilité", () => {
  it("a lease: refused without its reason (422 at mobilityReason) or with an unknown one; stored with it", async () => {
    const owner = await signUpLandlord("Agence Mobilité");
    const { apartmentId } = await createApartment(owner, "M1");
    const post = (terms: Partial<LeaseBody>) =>
      api(owner).apartments[":id"].leases.$post({
        param: { id: apartmentId },
        json: { renterEmail: uniqueEmail(), rentAmount: 80000, dueDay: 1, startDate: "2026-09-01", ...terms },
      });
    const missing = await post(MOBILITY);
    expect(missing.status).toBe(422);
    expect(missing.problem.code).toBe("mobility_reason_required");
    expect(missing.problem.errors).toEqual([expect.objectContaining({ path: "mobilityReason" })]);
    const unknown = await post({ ...MOBILITY, mobilityReason: "holiday" as never });
    expect(unknown.status).toBe(400);
    for (const reason of MOBILITY_REASONS) {
      const ok = await post({ ...MOBILITY, mobilityReason: reason });
      expect(ok.status, ok.text).toBe(201);
      expect(ok.json.lease.mobilityReason).toBe(reason);
    }
    // Another kind carries no reason.
    const furnished = await post({ kind: "furnished", endDate: "2027-08-31", mobilityReason: "internship" });
    expect(furnished.status, furnished.text).toBe(201);
    expect(furnished.json.lease.mobilityReason).toBeNull();
  });

  it("its agreement: prefilled from the lease, held by it, titled Bail mobilité and stating the reason", async () => {
    const owner = await signUpLandlord("Agence Mutation");
    const { apartmentId } = await createApartment(owner, "M2");
    const { leaseId } = await addRenter(owner, apartmentId, { ...MOBILITY, mobilityReason: "job_transfer" });
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-furnished" },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.document.title).toBe("Bail mobilité");
    const fields = agreementFieldsOf(created.json.document);
    expect(fields.lease).toMatchObject({ kind: "mobility", mobilityReason: "job_transfer" });
    const changed = await api(owner).documents[":id"].$patch({
      param: { id: created.json.document.id },
      json: { templateFields: { lease: { mobilityReason: "internship" } } },
    });
    expect(changed.status).toBe(422);
    expect(changed.problem.code).toBe("agreement_contradicts_lease");
    const { text } = await pdfText(
      await renderAgreementPdf({
        documentId: "doc-m",
        template: templateByName("standard-fr-furnished")!,
        fields,
        fonts,
      }),
    );
    expect(text).toContain("Bail mobilité 1. Les parties");
    expect(text).toContain("le locataire justifie être en mutation professionnelle");
  });

  it("an agreement without the reason (a bail mobilité made before it) breaks the rule at lease.mobilityReason", () => {
    const without = agreementViolations(fieldsOf({ kind: "mobility" }), true, "FR");
    expect(without.map((v) => [v.code, AGREEMENT_LAW_PATHS[v.field]])).toEqual([
      ["mobility_reason_required", "lease.mobilityReason"],
    ]);
    expect(agreementViolations(fieldsOf({ kind: "mobility", mobilityReason: "internship" }), true, "FR")).toEqual([]);
    // Elsewhere than France, no such rule.
    expect(agreementViolations(fieldsOf({ kind: "mobility" }), true, "BE")).toEqual([]);
  });

  it("titles: student furnished and bail mobilité in French and English, the reason in English", async () => {
    const cases = [
      [
        "standard-fr-furnished",
        { kind: "student_furnished", endDate: "2027-05-31" },
        "Contrat de location meublée étudiante",
      ],
      [
        "standard-en-furnished",
        { kind: "student_furnished", endDate: "2027-05-31" },
        "Furnished student tenancy agreement",
      ],
      [
        "standard-en-furnished",
        { kind: "mobility", mobilityReason: "higher_education" },
        "Bail mobilité (mobility lease)",
      ],
      ["standard-fr-furnished", { kind: "furnished", endDate: "2027-08-31" }, "Contrat de location meublée"],
    ] as const;
    for (const [name, lease, title] of cases) {
      const template = templateByName(name)!;
      const { text } = await pdfText(
        await renderAgreementPdf({ documentId: "doc-t", template, fields: fieldsOf(lease), fonts }),
      );
      expect(text.startsWith(`${title} `), `${name} ${lease.kind}: ${text.slice(0, 80)}`).toBe(true);
      if (lease.kind === "mobility") expect(text).toContain("the renter is in higher education");
    }
  });
});
