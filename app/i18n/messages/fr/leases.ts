/** The apartment page's leases panel (app/components/leases-panel.tsx): leases, renters, invitations. */
export const leases = {
  title: "Locataires et baux",
  none: "Aucun bail pour l’instant.",
  period: "Du {start} au {end}",
  openEnded: "Depuis le {start}, sans date de fin",
  dueDay: "échéance {day, plural, =1 {le 1er} =31 {le dernier jour} other {le #}} du mois",
  invited: "{name} (invité)",
  status: {
    upcoming: "À venir",
    current: "En cours",
    ended: "Terminé",
    cancelled: "Annulé",
  },
  coRenter: {
    formLabel: "Ajouter un colocataire au bail commençant le {start}",
    email: "E-mail du colocataire",
    submit: "Inviter le colocataire",
  },
  invitationSent: "Invitation envoyée.",
  add: {
    formLabel: "Ajouter un locataire",
    renterEmail: "E-mail du locataire",
    startDate: "Début du bail",
    endDate: "Fin du bail (facultatif)",
    dueDay: "Jour d’échéance du loyer (31 : le dernier jour de chaque mois)",
    rent: "Loyer hors charges ({currency})",
    deposit: "Dépôt de garantie (facultatif)",
    firstMonth: "Premier mois (facultatif ; sinon au prorata des jours)",
    lastMonth: "Dernier mois (facultatif ; sinon au prorata des jours)",
    submit: "Ajouter le locataire",
  },
};
