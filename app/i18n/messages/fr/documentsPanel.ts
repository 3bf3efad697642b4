/** The apartment's rental agreements (list, status badges, creation from a template). */
export const documentsPanel = {
  title: "Documents",
  none: "Aucun contrat de bail pour l’instant.",
  signedOn: "signé le {date}",
  createdOn: "créé le {date}",
  needsLease: "Pour établir un contrat, il faut un bail en cours dont le locataire a rejoint l’espace.",
  newAgreement: "Nouveau contrat de bail",
  lease: "Bail",
  leaseOption: "{start} → {end}",
  openEnded: "sans date de fin",
  template: "Modèle",
  /** A template by what it is (the agreement's own title is in its language, not the reader's). */
  templateTitle:
    "{furnished, select, yes {Location meublée} other {Location vide}}{earlyExit, select, yes {, avec clause de sortie anticipée} other {}}",
  templateOption: "{title} ({language})",
  templateFr: "en français",
  templateEn: "en anglais",
  draftAgreement: "Rédiger un contrat de bail",
};
