/** Deleting one's account (account page) and closing an org (settings): issue 16 §3, RGPD art. 17. */
export const erasureForms = {
  account: {
    title: "Supprimer mon compte",
    description: "La suppression est définitive : elle ne peut pas être annulée.",
    open: "Supprimer mon compte…",
    deleted:
      "Ce qui est supprimé : votre nom, votre adresse e-mail et votre mot de passe, votre profil, votre dossier et ses fichiers, vos garants, vos candidatures qui n’ont pas abouti à un bail. Vous êtes déconnecté partout, immédiatement.",
    kept: "Ce que vos bailleurs conservent : vos baux, les écritures de loyer et les paiements, les quittances et les contrats signés. La loi les oblige à garder ces documents plusieurs années (RGPD art. 17, paragraphe 3 ; loi du 6 juillet 1989 art. 7-1 ; Code civil art. 2224). Vos messages restent dans leurs discussions, sous le nom « Ancien utilisateur ».",
    owner:
      "Si vous êtes le seul propriétaire d’une organisation qui a encore des membres ou des baux en cours, fermez-la ou confiez-la d’abord à quelqu’un d’autre.",
  },
  org: {
    title: "Fermer cette organisation",
    description: "La fermeture est définitive : seule l’équipe Rentline pourrait la rouvrir.",
    open: "Fermer l’organisation…",
    what: "L’organisation s’arrête immédiatement pour tous ses membres et locataires : ses pages, ses discussions et ses espaces ferment, ses annonces quittent la recherche. Les membres et les locataires dont le bail est en cours sont prévenus par e-mail.",
    kept: "Ses documents (baux, écritures de loyer, quittances, contrats) sont conservés pendant la durée légale — 6 ans, 10 pour une société — puis supprimés définitivement.",
  },
};
