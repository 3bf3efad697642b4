/** A maintenance step in the apartment's feed (app/components/maintenance/feed-step.tsx). */
export const maintenanceFeed = {
  reported: "{title} : problème signalé",
  triaged: "{title} : demande prise en charge",
  scheduled: "{title} : intervention prévue le {date}, {from}–{to} ({zone})",
  in_progress: "{title} : intervention en cours",
  resolved: "{title} : problème résolu",
  closed: "{title} : demande clôturée",
  cancelled: "{title} : demande annulée",
  reopened: "{title} : demande rouverte",
  open: "Voir la demande",
};
