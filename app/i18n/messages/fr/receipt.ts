/** The page shown while a quittance PDF is being prepared. */
export const receipt = {
  preparingTitle: "Préparation de votre quittance",
  preparing: "Préparation de votre quittance de loyer pour {period}… cette page se recharge toute seule.",
  missing: "Pas de quittance",
};
