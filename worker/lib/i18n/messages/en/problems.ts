import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  rent_revision_not_applicable: "Rent revision by the IRL applies only to leases of homes in France.",
  rent_revision_no_clause: "This lease has no rent revision clause.",
  rent_revision_not_due: "The rent can be revised only from the lease's first anniversary.",
  rent_revision_done: "This year's revision is already confirmed.",
  rent_revision_stale: "The proposed revision changed in the meantime: reload the page and confirm again.",
  rent_index_missing: "The rent reference index of a quarter this revision needs is not recorded yet.",
  no_rent_revision: "This lease has no confirmed rent revision yet.",
};
