/**
 * Maintenance request emails (issue 15; worker/email/maintenance.ts), in French: the reference every other
 * language is typed against. `{address}` is the home, `{actorName}` who acted, `{title}` the request's title.
 */
export const maintenance = {
  subject: {
    reported: "Nouvelle demande d’intervention : {title}",
    triaged: "Demande prise en charge : {title}",
    scheduled: "Intervention planifiée : {title}",
    in_progress: "Intervention en cours : {title}",
    resolved: "Intervention terminée : {title}",
    closed: "Demande clôturée : {title}",
    cancelled: "Demande annulée : {title}",
    reopened: "Demande rouverte : {title}",
    comment: "Nouveau message : {title}",
    assigned: "Nouvel ordre de travail : {title}",
    escalated: "Sans prise en charge : {title}",
  },
  body: {
    reported: "{actorName} a signalé un problème : {address}.",
    triaged: "{actorName} a pris en charge la demande pour {address}.",
    scheduled: "Une intervention est planifiée : {address}.",
    in_progress: "{actorName} a commencé l’intervention : {address}.",
    resolved:
      "{actorName} indique que le problème est résolu : {address}. Vous pouvez noter l’intervention, ou rouvrir la demande dans les 14 jours si le problème persiste.",
    closed: "La demande est clôturée : {address}.",
    cancelled: "{actorName} a annulé la demande : {address}.",
    reopened: "{actorName} a rouvert la demande : {address}.",
    comment: "{actorName} a écrit au sujet de la demande : {address}.",
    assigned: "{actorName} vous confie une intervention : {address}.",
    escalated: "Cette demande n’a pas été prise en charge dans le délai prévu pour son urgence : {address}.",
  },
  urgency: { low: "faible", normal: "normale", urgent: "urgente", emergency: "critique (danger)" },
  urgencyLine: "Degré d’urgence : {urgency}",
  visit: "Visite le {date}, entre {from} et {to} ({timezone}).",
  note: "Message : « {note} »",
  open: "Voir la demande",
  vendorOpen: "Ouvrir la page d’intervention",
  vendorIntro:
    "Ce lien personnel est valable 30 jours ; aucun compte n’est nécessaire pour donner des nouvelles et des photos.",
};
