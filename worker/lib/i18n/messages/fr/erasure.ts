/** Emails about erasure (worker/email/erasure.ts; issue 16 §3, RGPD art. 17), in French: the reference. */
export const erasure = {
  accountErased: {
    subject: "Votre compte Rentline a été supprimé",
    body: "Comme vous l’avez demandé, votre compte Rentline a été supprimé le {date}. Vos données personnelles, votre dossier et ses fichiers ont été effacés, et toutes vos sessions sont fermées.",
    kept: "Ce que la loi impose à vos bailleurs de conserver (baux, écritures de loyer, paiements, quittances, contrats signés) est gardé pendant la durée légale, sous le nom « Ancien utilisateur » là où ce n’est pas un document juridique (RGPD art. 17, paragraphe 3, point b).",
    notYou: "Si ce n’est pas vous qui l’avez demandé, répondez à cet e-mail.",
    action: "Aller sur Rentline",
  },
  orgClosed: {
    subject: "L’organisation « {orgName} » a été fermée",
    body: "{orgName} a fermé son espace Rentline le {date}. Il n’est plus accessible et ses annonces ne sont plus publiées.",
    renter: "Votre bail ne change pas : contactez votre bailleur directement pour la suite.",
    kept: "Ses données sont conservées jusqu’au {purgeDate} (durée légale de conservation des baux et des écritures comptables), puis supprimées.",
    action: "Aller sur Rentline",
  },
};
