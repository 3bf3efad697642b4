import type { Annex, ChargesMode, LandlordKind, LeaseKind } from "../lib/french-lease-law";
import { leaseDuration, leaseTermMonths, termEnd } from "../lib/french-lease-law";
import { formatDate } from "../lib/i18n/format";
import type { AgreementFields } from "./fields";

/**
 * What an agreement says about French rental law, in the template's language (worker/documents/templates.ts
 * lays it out): who lets, the term counted from date to date, the regime of a student lease or a bail
 * mobilité, how charges are recovered, and the annexes (loi n° 89-462, art. 3; décret 2015-587).
 */

type Words = {
  landlordKind: Record<LandlordKind, string>;
  /** A company letting as a person (an SCI familiale, art. 13): a personne morale with a person's terms. */
  familyCompany: string;
  term: (months: number, days: number) => string;
  kind: Partial<Record<LeaseKind, string>>;
  chargesLabel: Record<ChargesMode, string>;
  charges: Record<ChargesMode, string>;
  annexes: string;
  noAnnex: string;
  annex: Record<Annex, string>;
};

const fr: Words = {
  landlordKind: {
    individual: "Qualité du bailleur : personne physique.",
    company: "Qualité du bailleur : personne morale.",
  },
  familyCompany:
    "Qualité du bailleur : personne morale, société civile constituée exclusivement entre parents et alliés jusqu’au quatrième degré inclus (article 13 de la loi n° 89-462 du 6 juillet 1989), soumise à la durée minimale applicable aux bailleurs personnes physiques.",
  term: (m, d) =>
    `Le bail est conclu pour une durée de ${m} mois${d ? ` et ${d} jour${d > 1 ? "s" : ""}` : ""}, du premier au dernier jour inclus.`,
  kind: {
    student_furnished:
      "Bail meublé consenti à un étudiant pour une durée de neuf mois, sans reconduction tacite (article 25-7 de la loi n° 89-462 du 6 juillet 1989).",
    mobility:
      "Le présent contrat est un bail mobilité régi par le titre Ier ter de la loi n° 89-462 du 6 juillet 1989. Il n’est ni renouvelable ni reconductible, et aucun dépôt de garantie ne peut être exigé.",
  },
  chargesLabel: { provision: "Provision sur charges", flat: "Forfait de charges" },
  charges: {
    provision:
      "Les charges récupérables sont versées par provisions mensuelles, régularisées chaque année sur justificatifs (article 23).",
    flat: "Les charges sont versées sous forme d’un forfait mensuel, sans complément ni régularisation ultérieure.",
  },
  annexes: "9. Annexes",
  noAnnex: "Aucune annexe n’est jointe.",
  annex: {
    dpe: "Diagnostic de performance énergétique (DPE)",
    risks: "État des risques (ERP)",
    lead: "Constat de risque d’exposition au plomb (CREP)",
    electricity: "État de l’installation intérieure d’électricité",
    gas: "État de l’installation intérieure de gaz",
    surface: "Attestation de surface habitable (loi Boutin)",
    notice: "Notice d’information relative aux droits et obligations des locataires et des bailleurs",
    condition_report: "État des lieux d’entrée",
    furniture_inventory: "Inventaire et état détaillé du mobilier",
    coownership_rules: "Extrait du règlement de copropriété",
  },
};

const en: Words = {
  landlordKind: {
    individual: "The landlord is a natural person.",
    company: "The landlord is a legal person (company).",
  },
  familyCompany:
    "The landlord is a legal person: a non-trading company formed solely between relatives up to the fourth degree (article 13 of French law no. 89-462 of 6 July 1989), bound by the minimum term of landlords who are natural persons.",
  term: (m, d) =>
    `This agreement is made for ${m} month${m === 1 ? "" : "s"}${d ? ` and ${d} day${d === 1 ? "" : "s"}` : ""}, from the first to the last day inclusive.`,
  kind: {
    student_furnished:
      "Furnished lease granted to a student for nine months, not renewed by tacit agreement (article 25-7 of French law no. 89-462 of 6 July 1989).",
    mobility:
      "This agreement is a bail mobilité governed by title I ter of French law no. 89-462 of 6 July 1989. It can be neither renewed nor extended, and no deposit may be required.",
  },
  chargesLabel: { provision: "Monthly charges (provision)", flat: "Monthly charges (flat amount)" },
  charges: {
    provision: "Recoverable charges are paid as monthly provisions, adjusted each year on the actual expenses.",
    flat: "Charges are paid as a flat monthly amount, never topped up nor adjusted.",
  },
  annexes: "9. Annexes",
  noAnnex: "No annex is attached.",
  annex: {
    dpe: "Energy performance certificate (DPE)",
    risks: "Statement of natural, mining and technological risks (ERP)",
    lead: "Lead exposure report (CREP)",
    electricity: "Report on the indoor electrical installation",
    gas: "Report on the indoor gas installation",
    surface: "Certificate of habitable surface (loi Boutin)",
    notice: "Information notice on the rights and duties of renters and landlords",
    condition_report: "Move-in condition report (état des lieux)",
    furniture_inventory: "Inventory and detailed condition of the furniture",
    coownership_rules: "Extract of the co-ownership rules",
  },
};

const WORDS = { fr, en } as const;
type Block = { kind: "heading" | "paragraph"; text: string };

/**
 * Who lets, when the agreement says (agreements drafted before migration 0021 do not): a person, a company,
 * or a company letting as a person (an SCI familiale), from who the landlord is (`entity`) and the kind it
 * lets as (`kind`, which sets the minimum term).
 */
export function landlordKindBlocks(locale: "fr" | "en", f: AgreementFields): Block[] {
  const { kind, entity } = f.landlord;
  if (entity === "company" && kind === "individual") return [{ kind: "paragraph", text: WORDS[locale].familyCompany }];
  const who = entity ?? kind;
  return who ? [{ kind: "paragraph", text: WORDS[locale].landlordKind[who] }] : [];
}

/** The legal term of an open-ended lease (art. 10, 25-7): its years, its first and last day, its renewal. */
const LEGAL_TERM = {
  fr: (years: number, article: string, from: string, to: string) =>
    `Le bail est conclu pour la durée minimale légale de ${years} an${years > 1 ? "s" : ""} (article ${article} de la loi n° 89-462 du 6 juillet 1989), du ${from} au ${to} inclus. À défaut de congé donné dans les formes et délais légaux, il est reconduit tacitement pour la même durée.`,
  en: (years: number, article: string, from: string, to: string) =>
    `This agreement is made for the legal minimum term of ${years} year${years > 1 ? "s" : ""} (article ${article} of French law no. 89-462 of 6 July 1989), from ${from} to ${to} inclusive. Unless notice is given in the legal form and time, it is renewed by tacit agreement for the same term.`,
};

/**
 * The term: with both dates, counted from date to date with both ends included (1 September to 31 August:
 * 12 months). Without an end date, an unfurnished or furnished lease (`kind`) is made for its legal minimum
 * and renewed tacitly (art. 10: 3 years for a person or an SCI familiale, 6 for another company; art. 25-7:
 * 1 year furnished): that term is printed with its last day. Otherwise `openEnded` (the template's sentence).
 */
export function termBlock(locale: "fr" | "en", f: AgreementFields, openEnded: string, kind?: LeaseKind): Block {
  const { startDate, endDate } = f.lease;
  if (startDate && !endDate && (kind === "unfurnished" || kind === "furnished")) {
    const { min } = leaseTermMonths(kind, f.landlord.kind ?? "individual");
    const [from, to] = [startDate, termEnd(startDate, min)].map((d) => formatDate(d, locale, "long"));
    return {
      kind: "paragraph",
      text: LEGAL_TERM[locale](min / 12, kind === "unfurnished" ? "10" : "25-7", from!, to!),
    };
  }
  if (!startDate || !endDate || endDate < startDate) return { kind: "paragraph", text: openEnded };
  const { months, days } = leaseDuration(startDate, endDate);
  return { kind: "paragraph", text: WORDS[locale].term(months, days) };
}

/** The regime of a student lease or a bail mobilité (nothing for the other kinds). */
export function kindBlocks(locale: "fr" | "en", kind: LeaseKind): Block[] {
  const text = WORDS[locale].kind[kind];
  return text ? [{ kind: "paragraph", text }] : [];
}

/** The charges' label by mode, or `fallback` when the agreement predates the choice. */
export function chargesLabel(locale: "fr" | "en", f: AgreementFields, fallback: string): string {
  return f.rent.chargesMode ? WORDS[locale].chargesLabel[f.rent.chargesMode] : fallback;
}

/** How charges are recovered, when the agreement says. */
export function chargesBlocks(locale: "fr" | "en", f: AgreementFields): Block[] {
  return f.rent.chargesMode ? [{ kind: "paragraph", text: WORDS[locale].charges[f.rent.chargesMode] }] : [];
}

/** The "Annexes" section: each annex ticked, one per line (nothing for agreements that predate the list). */
export function annexBlocks(locale: "fr" | "en", f: AgreementFields): Block[] {
  if (!f.annexes) return [];
  const w = WORDS[locale];
  const lines = f.annexes.map((a): Block => ({ kind: "paragraph", text: `– ${w.annex[a]}` }));
  const none: Block = { kind: "paragraph", text: w.noAnnex };
  return [{ kind: "heading", text: w.annexes }, ...(lines.length ? lines : [none])];
}
