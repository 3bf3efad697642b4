/** Finding a home (issue 14 §5): the home page's search, city suggestions, and a listing that is no longer available. */
export const findHome = {
  nav: "Trouver un logement",
  search: {
    heading: "Trouvez votre prochain logement",
    lead: "Des annonces de propriétaires qui gèrent leurs locations sur Rentline : candidature en ligne, bail signé en ligne, loyer suivi au même endroit.",
    form: "Rechercher un logement",
    city: "Ville",
    cityPlaceholder: "Lyon, Paris, Bordeaux…",
    submit: "Rechercher",
    popular: "Villes avec des annonces",
    cityListings: "{city} : {count, plural, one {# annonce} other {# annonces}}",
  },
  newest: {
    heading: "Dernières annonces",
    seeAll: "Voir toutes les annonces",
  },
  empty: {
    title: "Aucune annonce publiée pour le moment",
    hint: "Les nouvelles annonces apparaissent ici dès leur publication. Propriétaire ? Publiez la vôtre en quelques minutes.",
    landlord: "Publier une annonce",
  },
  noResults: {
    otherCities: "Des annonces vous attendent dans ces villes :",
  },
  filters: {
    more: "Plus de filtres",
    moreActive: "Plus de filtres ({count, plural, one {# actif} other {# actifs}})",
  },
  closed: {
    pageTitle: "Logement plus disponible",
    title: "Ce logement n’est plus disponible",
    body: "« {title} » à {city} a été loué ou retiré par son propriétaire.",
    similarHeading: "Annonces similaires à {city}",
    noneSimilar: "Aucune annonce comparable à {city} pour le moment.",
    searchCity: "Toutes les annonces à {city}",
    allListings: "Toutes les annonces",
  },
};
