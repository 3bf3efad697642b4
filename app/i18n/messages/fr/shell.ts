/** The frame around every page: header, navigation, language switcher, error pages. */
export const shell = {
  skipToContent: "Aller au contenu",
  mainNavigation: "Navigation principale",
  nav: {
    dashboard: "Tableau de bord",
    rent: "Loyers",
    listings: "Annonces",
    team: "Équipe",
    homes: "Mes logements",
    documents: "Mes documents",
    applications: "Mes candidatures",
    dossier: "Mon dossier",
    profile: "Mes informations",
    account: "Compte",
  },
  signOut: "Se déconnecter",
  language: "Langue",
  changeLanguage: "Changer de langue",
  apply: "Appliquer",
  pageTitle: "{title} — Rentline",
};
