import type { ServerMessages } from "../shape";

export const maintenance: ServerMessages["maintenance"] = {
  subject: {
    reported: "New maintenance request: {title}",
    triaged: "Request acknowledged: {title}",
    scheduled: "Visit scheduled: {title}",
    in_progress: "Work started: {title}",
    resolved: "Work done: {title}",
    closed: "Request closed: {title}",
    cancelled: "Request cancelled: {title}",
    reopened: "Request reopened: {title}",
    comment: "New message: {title}",
    assigned: "New work order: {title}",
    escalated: "Not acknowledged: {title}",
  },
  body: {
    reported: "{actorName} reported a problem: {address}.",
    triaged: "{actorName} acknowledged the request for {address}.",
    scheduled: "A visit is scheduled: {address}.",
    in_progress: "{actorName} started work: {address}.",
    resolved:
      "{actorName} says the problem is fixed: {address}. You can rate the work, or reopen the request within 14 days if the problem is still there.",
    closed: "The request is closed: {address}.",
    cancelled: "{actorName} cancelled the request: {address}.",
    reopened: "{actorName} reopened the request: {address}.",
    comment: "{actorName} wrote about the request: {address}.",
    assigned: "{actorName} assigned you a job: {address}.",
    escalated: "This request was not acknowledged within the time its urgency allows: {address}.",
  },
  urgency: { low: "low", normal: "normal", urgent: "urgent", emergency: "emergency" },
  urgencyLine: "Urgency: {urgency}",
  visit: "Visit on {date}, between {from} and {to} ({timezone}).",
  note: "Message: “{note}”",
  open: "Open the request",
  vendorOpen: "Open the job page",
  vendorIntro: "This personal link works for 30 days; no account is needed to post updates and photos.",
};
