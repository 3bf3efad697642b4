/**
 * The platform admin console (Rentline staff, /admin): accounts (suspend, lift), listings (take down,
 * restore) and organizations (disable, enable). Every action asks for a reason, kept in the audit log.
 */
export const admin = {
  title: "Administration Rentline",
  subtitle: "Modération des comptes, des annonces et des organisations. Chaque action demande un motif.",
  tabs: {
    label: "Sections de l’administration",
    users: "Comptes",
    listings: "Annonces",
    orgs: "Organisations",
    audit: "Journal",
  },
  search: { submit: "Rechercher", clear: "Tout afficher" },
  pager: {
    label: "Pages de résultats",
    previous: "Page précédente",
    next: "Page suivante",
    summary: "{from}–{to} sur {total}",
  },
  empty: "Aucun résultat pour cette recherche.",
  reason: {
    label: "Motif",
    hint: "De 3 à 500 caractères, conservé dans le journal d’audit.",
    cancel: "Annuler",
    invalid: "Indiquez un motif de 3 à 500 caractères",
  },
  working: "Enregistrement…",
  users: {
    search: "Nom ou adresse e-mail",
    active: "Actif",
    banned: "Suspendu",
    platformAdmin: "Administrateur Rentline",
    accountType: { landlord: "Compte bailleur", renter: "Compte locataire" },
    bannedBecause: "Suspendu le {at} : {reason}",
    memberships: "Organisations : {list}",
    noMemberships: "Aucune organisation",
    role: { owner: "propriétaire", manager: "gestionnaire", maintenance: "maintenance" },
    membership: "{org} ({role})",
    leases: "{count, plural, =0 {aucun bail} one {# bail} other {# baux}}",
    applications: "{count, plural, =0 {aucune candidature} one {# candidature} other {# candidatures}}",
    ban: "Suspendre",
    banTitle: "Suspendre le compte de {name}",
    banHint:
      "Prend effet immédiatement : sessions fermées, conversations ouvertes déconnectées, connexion refusée. La personne verra ce motif en essayant de se connecter.",
    unban: "Lever la suspension",
    unbanTitle: "Lever la suspension de {name}",
    unbanHint: "Le compte pourra de nouveau se connecter ; ses anciennes sessions restent fermées.",
  },
  listings: {
    search: "Titre, ville ou organisation",
    status: { draft: "Brouillon", published: "Publiée", closed: "Fermée", taken_down: "Retirée" },
    takenDownBecause: "Retirée le {at} : {reason}",
    publicPage: "Page publique",
    takedown: "Retirer",
    takedownTitle: "Retirer l’annonce « {title} »",
    takedownHint:
      "Elle quitte immédiatement la recherche, le plan du site et sa page publique. Le bailleur reçoit ce motif par e-mail et ne peut pas la republier.",
    restore: "Rétablir",
    restoreTitle: "Rétablir l’annonce « {title} »",
    restoreHint: "L’annonce retrouve l’état qu’elle avait avant son retrait ; le bailleur est prévenu.",
  },
  orgs: {
    search: "Nom de l’organisation",
    active: "Active",
    disabled: "Désactivée",
    disabledBecause: "Désactivée : {reason}",
    counts:
      "{members, plural, one {# membre} other {# membres}} · {listings, plural, =0 {aucune annonce} one {# annonce} other {# annonces}}",
    disable: "Désactiver",
    disableTitle: "Désactiver {name}",
    disableHint:
      "Ses membres peuvent encore se connecter et voient ce motif, mais plus rien ne fonctionne dans l’organisation ; ses conversations sont déconnectées.",
    enable: "Réactiver",
    enableTitle: "Réactiver {name}",
    enableHint: "L’organisation et ses membres retrouvent leur accès.",
  },
};
