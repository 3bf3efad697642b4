/** Emails about platform moderation (worker/email/moderation.ts), in French: the reference. */
export const moderation = {
  takenDown: {
    subject: "Votre annonce « {title} » a été retirée",
    body: "L’équipe Rentline a retiré votre annonce « {title} » : elle n’apparaît plus dans la recherche et sa page publique n’est plus accessible.",
    reason: "Motif : {reason}",
    next: "Vous ne pouvez pas la republier. Si vous pensez qu’il s’agit d’une erreur, répondez à cet e-mail.",
  },
  restored: {
    subject: "Votre annonce « {title} » est rétablie",
    body: "L’équipe Rentline a rétabli votre annonce « {title} » dans l’état où elle se trouvait.",
    reason: "Motif : {reason}",
  },
  action: "Voir mes annonces",
};
