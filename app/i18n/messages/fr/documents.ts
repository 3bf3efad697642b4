/** A renter's rental agreements across every home. */
export const documents = {
  pageTitle: "Mes documents",
  subtitle: "Vos contrats de location, à compléter, signer et télécharger.",
  emptyTitle: "Aucun document pour l’instant",
  emptyBody: "Quand un propriétaire prépare un contrat de location pour l’un de vos logements, il apparaît ici.",
  where: "{address}, logement {unit} · {org}",
};
