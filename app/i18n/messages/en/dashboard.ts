import type { Messages } from "../shape";

export const dashboard: Messages["dashboard"] = {
  title: "Dashboard",
  heading: "Properties",
  subtitle: "{org} · {count, plural, =0 {no properties} one {# property} other {# properties}}",
  place: "{postalCode} {city}, {country}",
  addProperty: "Add property",
  emptyPage: "Nothing on this page",
  empty: "No properties yet",
  firstPage: "Back to the first page",
  emptyEditor: "Add your first building or house, then the apartments in it.",
  emptyViewer: "When an owner or manager adds properties, they appear here.",
  unread: "{count, plural, one {# unread} other {# unread}}",
  pages: "Properties pages",
};
