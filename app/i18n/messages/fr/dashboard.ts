/** The landlord's dashboard: the org's properties. */
export const dashboard = {
  title: "Tableau de bord",
  heading: "Biens",
  subtitle: "{org} · {count, plural, =0 {aucun bien} one {# bien} other {# biens}}",
  place: "{postalCode} {city}, {country}",
  addProperty: "Ajouter un bien",
  emptyPage: "Rien sur cette page",
  empty: "Aucun bien pour l’instant",
  firstPage: "Revenir à la première page",
  emptyEditor: "Ajoutez votre premier immeuble ou votre première maison, puis les logements qu’il contient.",
  emptyViewer: "Les biens ajoutés par un propriétaire ou un gestionnaire apparaîtront ici.",
  unread: "{count, plural, one {# non lu} other {# non lus}}",
  pages: "Pages des biens",
};
