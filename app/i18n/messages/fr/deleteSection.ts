/** The two-step delete at the bottom of edit pages. */
export const deleteSection = {
  confirmTitle: "Êtes-vous sûr ?",
  delete: "Supprimer",
  cancel: "Annuler",
};
