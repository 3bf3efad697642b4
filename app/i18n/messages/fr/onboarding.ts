/** A landlord's first organization (or another one). */
export const onboarding = {
  pageTitle: "Créer votre organisation",
  another: "Créer une autre organisation",
  welcome: "Bienvenue, {name}",
  intro:
    "Une organisation regroupe vos biens, vos logements et votre équipe. Vous pourrez y inviter des gestionnaires et des techniciens plus tard.",
  name: "Nom de l’organisation",
  nameHint: "Le nom de votre société, ou le vôtre si vous louez en direct.",
  nameMissing: "Saisissez le nom de votre société, ou le vôtre",
  submit: "Créer l’organisation",
  submitting: "Création…",
};
