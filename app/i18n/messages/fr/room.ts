/** The live apartment room: activity feed frame, chat, presence, connection status. */
export const room = {
  activity: "Activité",
  missed:
    "{count, plural, one {# mise à jour est arrivée} other {# mises à jour sont arrivées}} pendant que vous étiez hors ligne.",
  dismiss: "Masquer",
  ended: "Ce bail est terminé : l’historique reste consultable, mais il n’est plus possible de publier.",
  feed: "Fil d’activité",
  emptyFeed: "Rien pour l’instant. Les paiements, notes et confirmations apparaissent ici, pour les deux parties.",
  status: {
    live: "En direct",
    connecting: "Connexion…",
    offline: "Hors ligne — reconnexion",
    revoked: "Déconnecté",
  },
  chat: {
    title: "Messagerie",
    online: "En ligne : {names}",
    nobody: "Personne d’autre n’est en ligne",
    revoked: "Déconnecté : {reason}. Reconnectez-vous pour continuer.",
    revokedDefault: "votre accès à cet espace a pris fin",
    someone: "Quelqu’un",
    typing: "{count, plural, one {{names} est en train d’écrire…} other {{names} sont en train d’écrire…}}",
    messages: "Messages",
    older: "Charger les messages précédents",
    you: "Vous",
    label: "Message",
    connecting: "Connexion…",
    placeholder: "Écrire un message",
    send: "Envoyer",
    timeZone: "Heures affichées : {zone}",
  },
};
