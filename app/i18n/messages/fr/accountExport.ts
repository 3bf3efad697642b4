/** La section « Vos données » de la page Compte (app/components/data-export-card.tsx), en français. */
export const accountExport = {
  title: "Vos données",
  description:
    "Téléchargez une copie de tout ce que Rentline garde à votre sujet (RGPD, articles 15 et 20) : une archive ZIP de fichiers JSON et vos documents. Elle est préparée en arrière-plan ; vous recevez un e-mail avec le lien, valable 7 jours. Une demande par jour.",
  request: "Télécharger mes données",
  inProgress: "Une archive est en préparation : vous recevrez un e-mail.",
  listLabel: "Vos demandes d’export",
  requestedAt: "Demandée le {date}",
  status: {
    requested: "En attente",
    building: "En préparation",
    ready: "Prête",
    failed: "Échec",
  },
  validUntil: "Lien valable jusqu’au {date}",
  expired: "Lien expiré",
  failed: "L’archive n’a pas pu être préparée. Vous pouvez la redemander.",
  download: "Télécharger",
  requested: "C’est demandé : vous recevrez un e-mail quand l’archive sera prête.",
};
