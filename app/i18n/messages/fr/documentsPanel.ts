/** The apartment's rental agreements (list, status badges, creation from a template). */
export const documentsPanel = {
  title: "Documents",
  none: "Aucun bail pour l’instant.",
  signedOn: "signé le {date}",
  createdOn: "créé le {date}",
  status: {
    draft: "Brouillon",
    rendering: "Génération…",
    ready: "Prêt",
    out_for_signature: "En signature",
    signed: "Signé",
    failed: "Échec",
  },
  needsLease: "Un bail à signer suppose un bail en cours dont le locataire a rejoint l’espace.",
  newAgreement: "Nouveau bail",
  lease: "Bail",
  leaseOption: "{start} → {end}",
  openEnded: "sans date de fin",
  template: "Modèle",
  templateOption: "{title} ({language})",
  templateFr: "FR",
  templateEn: "EN",
};
