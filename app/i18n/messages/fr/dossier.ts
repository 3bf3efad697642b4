/** The renter's dossier: profile, documents and guarantors, reused for every application. */
export const dossier = {
  pageTitle: "Mon dossier",
  intro:
    "Constituez-le une fois, postulez à n’importe quelle annonce avec. Les propriétaires ne le voient que lorsque vous postulez chez eux.",
  profile: "Profil",
  saveProfile: "Enregistrer le profil",
  documents: "Mes documents",
  guarantors: "Garants",
  guarantorsDescription:
    "Les personnes qui se portent caution pour votre loyer, chacune avec ses propres justificatifs.",
  remove: "Retirer",
  noDocuments: "Aucun document pour l’instant.",
  delete: "Supprimer",
  kinds: {
    id_card: "Pièce d’identité ou passeport",
    proof_of_income: "Justificatif de revenus",
    proof_of_study: "Certificat de scolarité",
    rib: "RIB",
    visa: "Visa",
    other: "Autre",
  },
  upload: {
    kind: "Type de document",
    file: "Fichier (PDF, JPEG, PNG ou DOCX, 100 Mo maximum)",
    submit: "Envoyer",
  },
  guarantor: {
    name: "Nom du garant",
    relationship: "Lien avec vous",
    relationshipPlaceholder: "mère, employeur…",
    email: "E-mail (facultatif)",
    submit: "Ajouter le garant",
    nameMissing: "Saisissez son nom",
    relationshipMissing: "Précisez votre lien avec cette personne",
  },
};
