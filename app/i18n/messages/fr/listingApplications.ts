/** The landlord's review list of one listing's applications. */
export const listingApplications = {
  title: "Candidatures",
  for: "Candidatures pour",
  places: "{room} : {left, plural, =0 {aucune place libre} one {# place libre} other {# places libres}} sur {capacity}",
  listingStatus: "annonce {status, select, draft {brouillon} published {publiée} closed {fermée} other {{status}}}",
  empty: "Aucune candidature pour l’instant",
  line: "{room} · à partir du {date}, {months, plural, one {# mois} other {# mois}} · {guarantors, plural, =0 {sans garant} one {# garant} other {# garants}}",
};
