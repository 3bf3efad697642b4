import type { Messages } from "../shape";

export const rentRevision: Messages["rentRevision"] = {
  status: {
    not_applicable: "Revision by the IRL applies only to homes in France.",
    no_clause: "This lease has no rent revision clause.",
    not_due: "The next revision is possible on the lease's anniversary, {date}.",
    due: "The rent can be revised for the anniversary of {date}.",
    done: "This year's revision is confirmed. Next anniversary: {date}.",
    index_missing:
      "The IRL of {quarter} is not recorded in Rentline yet. INSEE publishes each quarter's index about two weeks after the quarter ends and we record it as soon as it is out: the revision is then proposed here.",
    lease_ended: "The lease ends before the revised rent would apply.",
    frozen:
      "This dwelling is rated {energyClass} on its energy performance certificate (DPE): the rent is frozen and cannot be revised (French loi n° 89-462, art. 17-1, as amended by the Climate and Resilience Act).",
  },
  energyUnknown:
    "Energy class (DPE) unknown: enter it in the dwelling's listing. The rent of a dwelling rated F or G cannot be revised.",
  currentRent: "Current rent excluding charges",
  baseIndex: "Base IRL ({quarter})",
  newIndex: "New IRL ({quarter})",
  newRent: "Revised rent excluding charges",
  effectiveFrom: "Applies from the {period} rent",
  formula: "({rent} × {newValue} / {baseValue}, rounded to the nearest unit)",
  confirm: "Confirm the revision",
  confirming: "Confirming…",
  confirmed: "Revision confirmed: the renter is emailed and gets the revision letter.",
  clauseTitle: "Revision clause",
  clauseEnabled: "The lease provides for a yearly revision by the IRL",
  referenceQuarter: "IRL reference quarter",
  referenceQuarterHint: "The last IRL published when the lease was signed, as the lease names it.",
  referenceQuarterNone: "Choose the quarter",
  baseValuePlaceholder: "145.17",
  baseValue: "IRL value written in the lease (optional)",
  saveClause: "Save the clause",
  clauseSaved: "Clause saved.",
  history: "Confirmed revisions",
  historyItem: "{anniversary}: {previousRent} → {newRent} (from {period})",
  letter: "Revision letter (PDF)",
  letterPreparingTitle: "Preparing the letter — Rentline",
  letterPreparing: "Preparing the revision letter… this page reloads by itself.",
  letterUnavailable: "This letter is not available.",
};
