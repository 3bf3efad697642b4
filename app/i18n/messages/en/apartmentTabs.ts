import type { Messages } from "../shape";

export const apartmentTabs: Messages["apartmentTabs"] = {
  label: "Apartment sections",
  overview: "Overview",
  leases: "Leases",
  chat: "Chat",
  documents: "Documents",
  maintenance: "Maintenance",
  noLease: "No current lease: no rent to follow for now.",
  addRenterLink: "Add a renter",
  maintenanceTitle: "Maintenance requests",
  newRequest: "New request",
  noRequests: "No maintenance requests for this apartment.",
  openedOn: "Reported on {date}",
  chatNote: "Add a note or an amount",
  listing: {
    title: "Listing",
    none: "This apartment is not listed.",
    publish: "Publish a listing",
    status: { draft: "Draft, not published yet", published: "Published", taken_down: "Taken down by Rentline" },
    available: "Available from {date}",
    applications:
      "{count, plural, =0 {No application waiting} one {# application waiting} other {# applications waiting}}",
    review: "Review applications",
  },
};
