/** The error pages (the one error boundary). */
export const errors = {
  accessPaused: "Accès suspendu",
  status: "Erreur {status}",
  orgDisabled: {
    title: "Cette organisation est désactivée",
    body: "Rentline a désactivé cette organisation. Contactez le support pour en rétablir l’accès.",
    note: "Vos données restent en sécurité pendant la désactivation. Si vous appartenez à d’autres organisations, passez à l’une d’elles ci-dessus.",
  },
  banned: { title: "Compte suspendu", body: "Ce compte a été suspendu." },
  noOrg: {
    title: "Pas encore d’organisation",
    body: "Ce compte n’appartient à aucune organisation. Créez-en une, ou demandez à un titulaire de vous inviter.",
  },
  notFound: {
    title: "Page introuvable",
    body: "Cette page n’existe pas, ou elle appartient à une autre organisation.",
  },
  forbidden: { title: "Accès refusé", body: "Votre rôle ne permet pas cette action." },
  tooMany: { title: "Doucement", body: "Trop de tentatives. Réessayez dans une minute." },
  server: {
    title: "Un problème est survenu",
    body: "Un problème est survenu de notre côté. Réessayez dans un instant.",
  },
  other: { title: "La demande n’a pas abouti", body: "La demande n’a pas pu être traitée." },
  back: "Retour à Rentline",
  contact: "Contacter le support",
};
