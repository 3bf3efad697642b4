import type { Messages } from "../shape";

export const homes: Messages["homes"] = {
  pageTitle: "My homes",
  subtitle: "The places you rent through Rentline.",
  emptyTitle: "No homes yet",
  emptyBody: "When a landlord adds you to a lease, it appears here.",
  address: "{address}, unit {unit}",
  status: {
    current: "Current",
    upcoming: "Upcoming",
    ended: "Ended",
    cancelled: "Cancelled",
  },
  rent: "{amount} a month including charges, {due}",
  dueOn: "due on day {day}",
  dueLast: "due on the last day of the month",
  endedOn: "ended {date}",
  startsOn: "starts {date}",
  since: "since {date}",
  unread: "{count, plural, one {# unread message} other {# unread messages}}",
  myHome: "My home",
  rentLine: "Rent {amount}, {due}",
  leaseFromTo: "lease from {start} to {end}",
  leaseFrom: "lease from {start}, open-ended",
};
