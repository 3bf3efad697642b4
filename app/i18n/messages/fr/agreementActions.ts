/** The agreement's editor's buttons and what blocks sending (app/components/agreement-actions.tsx). */
export const agreementActions = {
  buttons: {
    retry: "Relancer la génération",
    again: "Générer à nouveau",
    generate: "Générer le PDF",
    send: "Envoyer pour signature",
    duplicate: "Dupliquer pour un renouvellement",
  },
  beforeSending: "Avant l’envoi pour signature :",
  missing: {
    date: "La date du bail est obligatoire",
    landlordName: "Le nom du bailleur est obligatoire",
    landlordAddress: "L’adresse du bailleur est obligatoire",
    renterName: "Le nom du locataire {number} est obligatoire",
    renterId: "Le numéro de pièce d’identité du locataire {number} est obligatoire",
    propertyAddress: "L’adresse du logement est obligatoire",
    startDate: "La date de prise d’effet est obligatoire",
    rent: "Le loyer est obligatoire",
    deposit: "Le montant du dépôt de garantie est obligatoire",
    guarantor: "Le nom de la caution est obligatoire",
    endDate: "La date de fin doit être postérieure à la date de prise d’effet",
    landlordRepresentative: "Le représentant de la société bailleresse est obligatoire",
  },
};
