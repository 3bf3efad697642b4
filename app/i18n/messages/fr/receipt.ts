/** The page shown while a quittance PDF is being prepared. */
export const receipt = {
  preparingTitle: "Préparation de votre quittance",
  preparing: "Préparation de votre quittance de loyer pour {period}… cette page se recharge toute seule.",
  missing: "Pas de quittance",
  refusedTitle: "Cette quittance ne peut pas encore être délivrée",
  identityHint:
    "Une quittance nomme le bailleur : le propriétaire de l’organisation renseigne sa dénomination et son adresse dans les Paramètres.",
};
