import { describe, expect, it } from "vitest";
import { agreementFields } from "../../worker/documents/fields";
import { renderAgreementPdf } from "../../worker/documents/render";
import { TEMPLATES } from "../../worker/documents/templates";
import { assetFonts } from "../../worker/lib/pdf/writer";
import { api } from "../setup/client";
import { agreementFieldsOf, leaseWithTwoRenters, pdfText } from "../setup/documents";
import { env } from "../setup/helpers";

// issue 13 §5 (art. 10 and 13 of loi 89-462; décret 2015-587 model lease): a company landlord is named as a
// personne morale with its legal form, its SIRET labelled as such, its registered office and its
// representative, even when it lets as a person (an SCI familiale); a person by an identity document. Every
// landlord (who it is × the kind it lets as) in every template language, read back from the rendered PDF.

const fonts = assetFonts(env.ASSETS);
const SIRET = "73282932000074";

const fieldsFor = (entity: "individual" | "company", kind: "individual" | "company") =>
  agreementFields.parse({
    date: "2026-08-20",
    landlord: {
      name: entity === "company" ? "SCI Les Tilleuls" : "Jeanne Martin",
      idNumber: entity === "company" ? SIRET : "X1234567",
      address: "1 Place Bellecour, 69002 Lyon",
      kind,
      entity,
      legalForm: entity === "company" ? "société civile immobilière" : "",
      country: "FR",
      representative: entity === "company" ? "Marie Dupont, gérante" : "",
    },
    renters: [{ userId: "u1", name: "Élodie Dubois", idNumber: "P123" }],
    property: { address: "8 Rue Sainte-Catherine, 69001 Lyon" },
    lease: { startDate: "2026-09-01", endDate: "2029-08-31", kind: "unfurnished" },
    rent: { amount: 92000 },
  });

/** What each language must (and must not) say of each landlord. */
const EXPECT = {
  fr: {
    company: [
      "personne morale (société civile immobilière)",
      `SIRET n° ${SIRET}`,
      "siège social",
      "représentée par Marie Dupont, gérante",
    ],
    person: ["Jeanne Martin, pièce d’identité n° X1234567", "personne physique"],
    family: "article 13",
    idDoc: "pièce d’identité n° 7",
    notPerson: "Qualité du bailleur : personne physique",
  },
  en: {
    company: [
      "a legal person (société civile immobilière)",
      `SIRET no. ${SIRET}`,
      "registered office",
      "represented by Marie Dupont, gérante",
    ],
    person: ["Jeanne Martin, ID no. X1234567", "natural person"],
    family: "article 13",
    idDoc: "ID no. 7",
    notPerson: "The landlord is a natural person",
  },
} as const;

describe("the landlord's identity on the agreement", () => {
  for (const template of TEMPLATES.filter((t) => t.kind === "standard" && !t.furnished)) {
    const w = EXPECT[template.locale];
    for (const kind of ["individual", "company"] as const) {
      it(`${template.locale}: a company letting as ${kind} is a personne morale with its SIRET and representative`, async () => {
        const bytes = await renderAgreementPdf({
          documentId: "doc-sci",
          template,
          fields: fieldsFor("company", kind),
          fonts,
        });
        const { text } = await pdfText(bytes);
        for (const expected of w.company) expect(text).toContain(expected);
        expect(text).not.toContain(w.idDoc);
        expect(text).not.toContain(w.notPerson);
        if (kind === "individual") expect(text).toContain(w.family);
        else expect(text).not.toContain(w.family);
      });
    }
    it(`${template.locale}: a person is named with an identity document`, async () => {
      const bytes = await renderAgreementPdf({
        documentId: "doc-person",
        template,
        fields: fieldsFor("individual", "individual"),
        fonts,
      });
      const { text } = await pdfText(bytes);
      for (const expected of w.person) expect(text).toContain(expected);
      expect(text).not.toContain(w.company[0]);
    });
  }

  it("an SCI letting as a person: the draft names the company (org settings) and its representative, required before sending", async () => {
    const { owner, leaseId } = await leaseWithTwoRenters("SCI Famille Martin");
    const settings = await api(owner).orgs.current.settings.$patch({
      json: {
        legalName: "SCI Famille Martin",
        legalForm: "SCI",
        legalKind: "company",
        companyNumber: "732 829 320 00074",
        street: "1 Place Bellecour",
        postalCode: "69002",
        city: "Lyon",
        addressCountry: "fr",
      },
    });
    expect(settings.status, settings.text).toBe(200);
    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      // The lease was made before the org said it is a company: it lets as a person (an SCI familiale).
      json: { templateName: "standard-fr-furnished" },
    });
    expect(created.status, created.text).toBe(201);
    const landlord = agreementFieldsOf(created.json.document).landlord;
    expect(landlord).toMatchObject({ entity: "company", kind: "individual", legalForm: "SCI", idNumber: SIRET });
    expect(landlord.representative).not.toBe("");
    // Cleared, the representative blocks sending, by its path.
    const id = created.json.document.id;
    const saved = await api(owner).documents[":id"].$patch({
      param: { id },
      json: { templateFields: { landlord: { representative: "" } } },
    });
    expect(saved.status, saved.text).toBe(200);
    const doc = await api(owner).documents[":id"].$get({ param: { id } });
    expect(doc.json.missing.map((m) => m.path)).toContain("landlord.representative");
  });
});
