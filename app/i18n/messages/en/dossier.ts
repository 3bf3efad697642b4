import type { Messages } from "../shape";

export const dossier: Messages["dossier"] = {
  pageTitle: "My dossier",
  intro: "Build it once, apply to any listing with it. Landlords see it only when you apply to them.",
  profile: "Profile",
  saveProfile: "Save profile",
  documents: "My documents",
  guarantors: "Guarantors",
  guarantorsDescription: "People who stand surety for your rent, each with their own documents.",
  remove: "Remove",
  noDocuments: "No documents yet.",
  delete: "Delete",
  kinds: {
    id_card: "ID card or passport",
    proof_of_income: "Proof of income",
    proof_of_study: "Proof of study",
    rib: "Bank details (RIB)",
    visa: "Visa",
    other: "Other",
  },
  upload: {
    kind: "Kind",
    file: "File (PDF, JPEG, PNG or DOCX, up to 100 MB)",
    submit: "Upload",
  },
  guarantor: {
    name: "Guarantor's name",
    relationship: "Relationship",
    relationshipPlaceholder: "mother, employer…",
    email: "Email (optional)",
    submit: "Add guarantor",
    nameMissing: "Enter their name",
    relationshipMissing: "Say how you know them",
  },
};
