import { isolate } from "../lib/pdf/text";
import { landlordEntity, type AgreementFields } from "./fields";
import type { Block } from "./blocks";

/**
 * The landlord's line of an agreement. A person is identified by an identity document ("pièce d'identité
 * n° …", the template's own line); a company is a personne morale named by its registration (décret
 * n° 2015-587 model lease: "dénomination, forme juridique, SIRET, siège social, représentant"): its SIRET in
 * France, its registry number elsewhere, its registered office and who represents it. The company is named
 * so even when it lets as a person (an SCI familiale, art. 13: `entity` company, `kind` individual).
 */
const WORDS = {
  fr: {
    landlord: "Le bailleur",
    legalPerson: "personne morale",
    siret: "SIRET n°",
    registry: "n° d’immatriculation",
    office: "siège social\u00a0: ",
    represented: "représentée par ",
    colon: "\u00a0:",
  },
  en: {
    landlord: "The landlord",
    legalPerson: "a legal person",
    siret: "SIRET no.",
    registry: "registration no.",
    office: "registered office: ",
    represented: "represented by ",
    colon: ":",
  },
} as const;

/** A person: the template's own line (`personLine`); a company: name, legal form, SIRET, office, representative. */
export function landlordBlock(locale: "fr" | "en", l: AgreementFields["landlord"], personLine: Block): Block {
  if (landlordEntity(l) !== "company") return personLine;
  const w = WORDS[locale];
  const then = (v: string, prefix = "") => (v ? `, ${prefix}${isolate(v)}` : "");
  const form = l.legalForm ? ` (${isolate(l.legalForm)})` : "";
  const number = `${l.country === "FR" || l.country === "" ? w.siret : w.registry} `;
  return {
    kind: "paragraph",
    text:
      `${w.landlord}${w.colon} ${isolate(l.name || "—")}, ${w.legalPerson}${form}${then(l.idNumber, number)}` +
      `${then(l.address, w.office)}${then(l.representative, w.represented)}${then(l.phone)}${then(l.email)}.`,
  };
}
