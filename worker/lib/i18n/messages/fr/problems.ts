/** The sentence of each API problem code, as the UI shows it (never the API's English `detail`). */
export const problems = {
  rent_revision_not_applicable:
    "La révision du loyer selon l'IRL ne concerne que les baux de logements situés en France.",
  rent_revision_no_clause: "Ce bail ne comporte pas de clause de révision du loyer.",
  rent_revision_not_due: "Le loyer ne peut être révisé qu'à partir de la première date anniversaire du bail.",
  rent_revision_done: "La révision de cette année a déjà été confirmée.",
  rent_revision_stale: "La révision proposée a changé entre-temps : rechargez la page et confirmez à nouveau.",
  rent_index_missing: "L'indice de référence des loyers d'un trimestre nécessaire n'est pas encore enregistré.",
  no_rent_revision: "Ce bail n'a encore aucune révision de loyer confirmée.",
};
