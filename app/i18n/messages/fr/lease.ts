/**
 * Leases under French law (worker/lib/french-lease-law.ts): kinds, who lets, charges, annexes, the term and
 * each broken rule explained before sending (its code and parameters, as the API reports them).
 */
export const lease = {
  frenchLaw: "Logement situé en France : la loi n° 89-462 du 6 juillet 1989 s’applique.",
  kind: {
    label: "Type de bail",
    unfurnished: "Location vide",
    furnished: "Location meublée",
    student_furnished: "Meublé étudiant (9 mois)",
    mobility: "Bail mobilité (1 à 10 mois)",
  },
  landlordKind: {
    label: "Le bailleur est",
    individual: "Une personne physique",
    hint: "Une SCI familiale compte comme une personne physique.",
    company: "Une société",
  },
  chargesMode: {
    label: "Charges",
    provision: "Provision régularisée",
    flat: "Forfait (meublé)",
  },
  annexes: {
    legend: "Annexes jointes au bail",
    ifBuiltBefore1949: "(si l’immeuble date d’avant 1949)",
    ifOver15Years: "(si l’installation a plus de 15 ans)",
    ifCoownership: "(si le logement est en copropriété)",
    missing: "Annexes obligatoires non cochées : {list}",
    dpe: "Diagnostic de performance énergétique (DPE)",
    risks: "État des risques (ERP)",
    lead: "Constat de risque d’exposition au plomb (CREP)",
    electricity: "État de l’installation intérieure d’électricité",
    gas: "État de l’installation intérieure de gaz",
    surface: "Attestation de surface habitable (loi Boutin)",
    notice: "Notice d’information",
    condition_report: "État des lieux d’entrée",
    furniture_inventory: "Inventaire du mobilier",
    coownership_rules: "Extrait du règlement de copropriété",
  },
  duration:
    "Durée : {months, plural, one {# mois} other {# mois}}{days, plural, =0 {} one { et # jour} other { et # jours}}",
  openEnded: "Durée : sans date de fin (reconduction tacite)",
  violationsTitle: "Ce bail ne respecte pas la loi française :",
  refused: "Ce bail ne respecte pas la loi française : corrigez les champs signalés.",
  violations: {
    lease_too_short:
      "Ce bail doit durer au moins {minMonths, plural, one {# mois} other {# mois}} : choisissez une date de fin plus tardive, ou aucune.",
    student_lease_duration: "Un bail meublé étudiant dure exactement 9 mois, avec une date de fin.",
    mobility_duration: "Un bail mobilité dure de 1 à 10 mois, avec une date de fin.",
    deposit_above_cap:
      "Le dépôt de garantie ne peut dépasser {capMonths, plural, one {# mois} other {# mois}} de loyer hors charges, soit {cap}.",
    mobility_deposit: "Un bail mobilité ne peut comporter aucun dépôt de garantie.",
    flat_charges_unfurnished:
      "En location vide, les charges sont des provisions régularisées chaque année : le forfait est réservé aux meublés.",
    mobility_flat_charges: "En bail mobilité, les charges sont obligatoirement forfaitaires.",
    mobility_reason_required: "Un bail mobilité indique le motif du locataire : choisissez-le.",
    rent_required: "Un bail comporte un loyer : saisissez un montant supérieur à 0.",
  },
  mobilityReason: {
    label: "Motif du bail mobilité",
    choose: "Choisissez le motif",
    vocational_training: "Formation professionnelle",
    higher_education: "Études supérieures",
    apprenticeship: "Contrat d’apprentissage",
    internship: "Stage",
    civic_service: "Engagement volontaire de service civique",
    job_transfer: "Mutation professionnelle",
    temporary_assignment: "Mission temporaire dans le cadre de son activité professionnelle",
  },
};
