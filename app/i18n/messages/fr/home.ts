/** The landing page for signed-out visitors. */
export const home = {
  /** After deleting one's account (erasureForms), on the page it lands on. */
  erasedNotice: "Votre compte a été supprimé. Une confirmation a été envoyée à votre adresse e-mail.",
  pageTitle: "Rentline — la gestion locative pour propriétaires et locataires",
  description:
    "Biens, logements, baux, loyers et travaux réunis au même endroit, pour les propriétaires, les gestionnaires et leurs locataires.",
  accountNav: "Compte",
  listings: "Annonces",
  signIn: "Se connecter",
  eyebrow: "La gestion locative, sans la paperasse",
  headline: "Gérez vos locations depuis un seul endroit, clair et serein.",
  lead: "Rentline réunit vos biens, logements, baux, loyers et travaux, et offre à vos locataires un espace simple pour tout ce qui concerne leur logement.",
  signUpLandlord: "S’inscrire comme propriétaire",
  signUpRenter: "S’inscrire comme locataire",
  featuresTitle: "Tout ce dont une location a besoin",
  features: {
    portfolio: {
      title: "Tout votre patrimoine",
      body: "Biens et logements, loyers dans n’importe quelle devise, organisés pour un propriétaire seul comme pour une équipe de gestionnaires.",
    },
    rent: {
      title: "Des loyers fiables",
      body: "Un grand livre par bail, où rien ne s’efface. Chaque paiement est confirmé une fois, jamais compté deux fois.",
    },
    live: {
      title: "En direct avec vos locataires",
      body: "Chaque logement a son fil d’activité et sa messagerie : plus rien ne se perd dans les e-mails.",
    },
    team: {
      title: "Votre équipe, vos règles",
      body: "Invitez titulaires, gestionnaires et techniciens. Chacun voit exactement ce que son rôle permet.",
    },
  },
};
