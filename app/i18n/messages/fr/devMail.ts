/** The local mailbox (development only). */
export const devMail = {
  pageTitle: "Boîte mail de développement",
  intro:
    "Tous les e-mails envoyés par Rentline sur cette machine, du plus récent au plus ancien. Cette page n’existe pas en production.",
  recipient: "Destinataire",
  filter: "Filtrer",
  showAll: "Tout afficher",
  emptyTitle: "Aucun e-mail pour l’instant",
  emptyBody:
    "Inscrivez-vous, demandez une réinitialisation de mot de passe ou invitez quelqu’un : l’e-mail arrivera ici.",
  to: "À : {to}",
  placeholder: "quelquun@exemple.fr",
};
