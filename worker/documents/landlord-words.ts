import { isolate } from "../lib/pdf/text";
import type { AgreementFields } from "./fields";
import type { Block } from "./blocks";

/**
 * The landlord's line of an agreement. A person is identified by an identity document ("pièce d'identité
 * n° …"); a company by its registration: its SIRET in France (décret n° 2015-587 model lease, "dénomination,
 * forme juridique, SIRET"), its registry number elsewhere, with its legal form after its name.
 */
const WORDS = {
  fr: { landlord: "Le bailleur", siret: "SIRET", registry: "N° d’immatriculation", colon: "\u00a0:" },
  en: { landlord: "The landlord", siret: "SIRET", registry: "Registration no.", colon: ":" },
} as const;

/** `individual` the template's own line (`personLine`); a company's: name, legal form, SIRET or number, … */
export function landlordBlock(locale: "fr" | "en", l: AgreementFields["landlord"], personLine: Block): Block {
  if (l.kind !== "company") return personLine;
  const w = WORDS[locale];
  const then = (v: string, prefix = "") => (v ? `, ${prefix}${isolate(v)}` : "");
  const number = l.idNumber ? `${l.country === "FR" ? w.siret : w.registry} ` : "";
  return {
    kind: "paragraph",
    text: `${w.landlord}${w.colon} ${isolate(l.name || "—")}${then(l.legalForm)}${then(l.idNumber, number)}${then(l.address)}${then(l.phone)}${then(l.email)}.`,
  };
}
