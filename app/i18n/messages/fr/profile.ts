/** A renter's own details (the profile page, and the dossier's profile card). */
export const profile = {
  pageTitle: "Mes informations",
  intro: "Vos propriétaires utilisent ces informations pour votre bail et votre contrat de location.",
  saved: "Enregistré.",
  save: "Enregistrer",
  fields: {
    firstName: "Prénom",
    lastName: "Nom",
    phone: "Téléphone",
    birthDate: "Date de naissance",
    address: "Adresse",
    nationality: "Nationalité",
    education: "Études",
    budget: "Budget mensuel ({currency})",
  },
  errors: {
    firstName: "Saisissez votre prénom",
    lastName: "Saisissez votre nom",
    phone: "Saisissez un numéro de téléphone",
    birthDate: "Saisissez votre date de naissance",
    address: "Saisissez votre adresse",
    budget: "Saisissez un montant, par exemple {example}",
  },
};
