import type { Messages } from "../shape";

export const listingApplications: Messages["listingApplications"] = {
  title: "Applications",
  for: "Applications for",
  places: "{room}: {left, plural, =0 {no place left} one {# place left} other {# places left}} of {capacity}",
  listingStatus: "listing {status, select, draft {draft} published {published} closed {closed} other {{status}}}",
  empty: "No applications yet",
  line: "{room} · from {date}, {months, plural, one {# month} other {# months}} · {guarantors, plural, =0 {no guarantor} one {# guarantor} other {# guarantors}}",
};
