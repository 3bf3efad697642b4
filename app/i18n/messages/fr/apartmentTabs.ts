/** The landlord's apartment page as tabs (app/components/apartment-tabs.tsx, apartment-maintenance.tsx). */
export const apartmentTabs = {
  label: "Sections du logement",
  overview: "Aperçu",
  leases: "Baux",
  chat: "Discussion",
  documents: "Documents",
  maintenance: "Entretien",
  noLease: "Aucun bail en cours : pas de loyer à suivre pour le moment.",
  addRenterLink: "Ajouter un locataire",
  maintenanceTitle: "Demandes d’intervention",
  newRequest: "Nouvelle demande",
  noRequests: "Aucune demande d’intervention pour ce logement.",
  openedOn: "Signalée le {date}",
  chatNote: "Ajouter une note ou un montant",
  listing: {
    title: "Annonce",
    none: "Ce logement n’a pas d’annonce.",
    publish: "Publier une annonce",
    status: { draft: "Brouillon, pas encore publiée", published: "Publiée", taken_down: "Retirée par Rentline" },
    available: "Disponible à partir du {date}",
    applications:
      "{count, plural, =0 {Aucune candidature en attente} one {# candidature en attente} other {# candidatures en attente}}",
    review: "Examiner les candidatures",
  },
};
