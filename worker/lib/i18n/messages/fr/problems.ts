/**
 * The sentence the UI shows for an API problem, by its `code` (worker/lib/errors.ts `PROBLEM_CODES`): never
 * the API's English `detail`.
 */
export const problems = {
  invalid_iban:
    "Cet IBAN n’est pas valide : vérifiez-le chiffre par chiffre (par exemple FR76 3000 6000 0112 3456 7890 189).",
  invalid_bic: "Ce BIC n’est pas valide : il compte 8 ou 11 caractères, par exemple AGRIFRPP.",
  invalid_siret: "Ce numéro SIRET n’est pas valide : il compte 14 chiffres, dont une clé de contrôle.",
  invalid_postcode: "Un code postal français compte 5 chiffres.",
  invalid_country: "Choisissez un pays dans la liste.",
  invalid_currency: "Choisissez une devise dans la liste.",
  invalid_timezone: "Choisissez un fuseau horaire dans la liste.",
  org_identity_missing:
    "La quittance ne peut pas encore être établie : la raison sociale et l’adresse du bailleur ne sont pas renseignées.",
};
