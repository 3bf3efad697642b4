import type { Messages } from "../shape";

export const shell: Messages["shell"] = {
  skipToContent: "Skip to content",
  mainNavigation: "Main",
  nav: {
    dashboard: "Dashboard",
    rent: "Rent",
    listings: "Listings",
    team: "Team",
    homes: "My homes",
    documents: "My documents",
    applications: "My applications",
    dossier: "My dossier",
    profile: "My details",
    account: "Account",
  },
  signOut: "Sign out",
  language: "Language",
  changeLanguage: "Change language",
  apply: "Apply",
  pageTitle: "{title} — Rentline",
};
