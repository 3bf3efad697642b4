/** Le premier paiement d’une candidature confirmée (la carte sur la candidature et sur le logement). */
export const firstPayment = {
  title: "Ce qu’il faut payer pour emménager",
  how: "Comment payer",
  byWhen: "À payer avant le",
  online: "En ligne par carte avec le bouton ci-dessous, ou par virement.",
  transfer: "Par virement sur ce compte, avec la référence pour que le bailleur le reconnaisse :",
  intro:
    "Votre candidature est acceptée. Réglez ce montant avant le {date} pour réserver le logement : le bailleur confirme dès réception.",
  rentMonth: "Loyer de {month}",
  rentProrated: "Loyer de {month}, {days} jours sur {total}",
  charges: "Charges mensuelles",
  chargesProrated: "Charges, mêmes jours",
  deposit: "Dépôt de garantie",
  total: "Total à payer",
  noBank:
    "Le bailleur n’a pas encore indiqué ses coordonnées bancaires : demandez-les-lui dans la conversation ci-dessous.",
  landlordIntro: "Demandé au candidat à l’acceptation, à régler avant le {date} : vous le confirmez dès réception.",
  payTotal: "Payer {amount} en ligne (premier loyer et dépôt de garantie)",
};
