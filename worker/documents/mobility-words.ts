import type { MobilityReason } from "../lib/mobility-reasons";
import type { AgreementFields } from "./fields";
import type { Block } from "./blocks";

/**
 * The reason a bail mobilité states (loi n° 89-462 art. 25-13, 1°: "le motif justifiant le bénéfice du bail
 * mobilité"), in the words of art. 25-12 ("être en formation professionnelle, en études supérieures, …"),
 * in the template's language.
 */
const WORDS = {
  fr: {
    sentence: (reason: string) =>
      `Motif du bail mobilité (article 25-13 de la loi n° 89-462 du 6 juillet 1989)\u00a0: à la date de prise d’effet du bail, le locataire justifie être en ${reason}.`,
    reason: {
      vocational_training: "formation professionnelle",
      higher_education: "études supérieures",
      apprenticeship: "contrat d’apprentissage",
      internship: "stage",
      civic_service: "engagement volontaire dans le cadre d’un service civique",
      job_transfer: "mutation professionnelle",
      temporary_assignment: "mission temporaire dans le cadre de son activité professionnelle",
    },
  },
  en: {
    sentence: (reason: string) =>
      `Reason for the bail mobilité (article 25-13 of French law no. 89-462 of 6 July 1989): on the day the lease takes effect, the renter is ${reason}.`,
    reason: {
      vocational_training: "in vocational training",
      higher_education: "in higher education",
      apprenticeship: "under an apprenticeship contract",
      internship: "on an internship",
      civic_service: "in voluntary civic service",
      job_transfer: "on a job transfer",
      temporary_assignment: "on a temporary work assignment",
    },
  },
} as const satisfies Record<
  "fr" | "en",
  { sentence: (reason: string) => string; reason: Record<MobilityReason, string> }
>;

/** The reason's sentence of a bail mobilité (nothing for other kinds, or while the reason is not chosen). */
export function mobilityReasonBlocks(locale: "fr" | "en", kind: string, f: AgreementFields): Block[] {
  const reason = f.lease.mobilityReason;
  if (kind !== "mobility" || !reason) return [];
  return [{ kind: "paragraph", text: WORDS[locale].sentence(WORDS[locale].reason[reason]) }];
}
