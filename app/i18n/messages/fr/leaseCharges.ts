/** The charges form of a running lease (app/components/lease-charges-form.tsx). */
export const leaseCharges = {
  open: "Modifier les charges",
  formLabel: "Charges mensuelles du bail",
  amount: "Charges par mois ({currency})",
  hint: "Elles s’appliquent à partir du prochain loyer appelé ; les écritures déjà passées ne changent pas.",
  submit: "Enregistrer les charges",
  saved: "Charges mises à jour : {amount} par mois à partir du prochain loyer.",
};
