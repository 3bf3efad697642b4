/**
 * The sentence the UI shows for an API problem, by its `code` (worker/lib/errors.ts `PROBLEM_CODES`), never
 * the API's English `detail`.
 */
export const problems = {
  // French rental law (worker/lib/french-lease-law.ts)
  lease_too_short:
    "Ce bail est plus court que la durée minimale légale : 3 ans en location vide (6 ans si le bailleur est une société), 1 an en meublé.",
  student_lease_duration: "Un bail meublé étudiant dure exactement 9 mois, avec une date de fin.",
  mobility_duration: "Un bail mobilité dure de 1 à 10 mois, avec une date de fin.",
  deposit_above_cap:
    "Le dépôt de garantie dépasse le plafond légal : 1 mois de loyer hors charges en location vide, 2 mois en meublé.",
  mobility_deposit: "Aucun dépôt de garantie ne peut être demandé pour un bail mobilité.",
  flat_charges_unfurnished:
    "En location vide, les charges sont des provisions régularisées chaque année, pas un forfait.",
  mobility_flat_charges: "En bail mobilité, les charges sont obligatoirement forfaitaires, sans régularisation.",
};
