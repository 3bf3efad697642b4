/**
 * L'export des données d'une personne (worker/exports, RGPD art. 15 et 20) : l'e-mail qui envoie le lien et le
 * README.txt de l'archive, en français (la langue de référence du catalogue).
 */
export const dataExport = {
  email: {
    subject: "Vos données Rentline sont prêtes",
    body: "Voici l’archive ZIP de vos données : tout ce que Rentline garde à votre sujet, en fichiers JSON lisibles par une machine, avec vos documents.",
    expires: "Le lien est valable jusqu’au {date}. Connectez-vous avec ce compte pour le télécharger.",
    action: "Télécharger mes données",
  },
  readme: {
    title: "Vos données Rentline",
    intro:
      "Archive créée le {date} pour {name} ({email}), au titre du droit d’accès et du droit à la portabilité (RGPD, articles 15 et 20).",
    format:
      "Chaque fichier .json contient un type d’enregistrement ; les montants sont en centimes (unités mineures) avec leur devise ISO 4217, les dates en ISO 8601 (UTC). manifest.json décrit chaque fichier pour une machine.",
    contents: "Contenu :",
    left: "Ce qui n’y figure pas : votre mot de passe et les jetons de connexion (seulement leurs empreintes sont gardées, ce sont des secrets), et les coordonnées des autres personnes (colocataires, personnes invitées).",
  },
  files: {
    profile: "votre compte et votre profil de locataire",
    account: "vos sessions (appareils connectés), les liens envoyés par e-mail et vos exports",
    memberships: "les organisations dont vous êtes membre et les invitations envoyées ou acceptées",
    leases: "vos baux (comme locataire, ou créés par vous), vos rattachements et les révisions de loyer",
    ledger: "les écritures du compte de loyer de vos baux (appels, paiements, ajustements)",
    payments: "les paiements en ligne",
    activities: "les entrées du fil d’activité que vous avez écrites ou confirmées, et vos marques de lecture",
    chat: "les messages que vous avez écrits dans les discussions (logements et candidatures)",
    applications: "vos candidatures et l’historique de leur statut",
    dossier: "votre dossier : documents et garants",
    listings: "les annonces que vous avez créées",
    agreements: "les contrats de location dont vous êtes partie et vos signatures",
    receipts: "les quittances et reçus de loyer émis pour vos baux",
    maintenance: "les demandes d’intervention que vous avez signalées ou suivies, vos commentaires, photos et coûts",
    expenses: "les dépenses que vous avez enregistrées",
    audit: "le journal des actions faites avec votre compte",
    manifest: "la description de chaque fichier, pour une machine",
    files: "les fichiers eux-mêmes : documents du dossier, contrats, signatures, quittances, photos",
  },
};
