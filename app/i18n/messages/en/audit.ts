import type { Messages } from "../shape";

export const audit: Messages["audit"] = {
  title: "Audit trail",
  subtitle: "Every change in {name}: who, what, when. Owners only.",
  total: "{count, plural, =0 {No entries} one {# entry} other {# entries}}",
  empty: "No changes recorded yet.",
  emptyFiltered: "No entries match these filters.",
  system: "Rentline (automatic)",
  vendor: "{name} (vendor)",
  object: "Object:",
  org: "Organization:",
  details: "Details",
  csv: "Download CSV",
  verb: { created: "created", set: "set", changed: "changed", deleted: "deleted" },
  filters: {
    title: "Filters",
    person: "Person",
    anyone: "Anyone",
    action: "Action",
    anyAction: "Every action",
    object: "Object (id)",
    objectHint: "Select an object in the list to find it here.",
    from: "From",
    to: "To",
    apply: "Filter",
    reset: "Reset",
  },
};
