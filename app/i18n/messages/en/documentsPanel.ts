import type { Messages } from "../shape";

export const documentsPanel: Messages["documentsPanel"] = {
  title: "Documents",
  none: "No rental agreement yet.",
  signedOn: "signed {date}",
  createdOn: "created {date}",
  needsLease: "An agreement needs a current lease whose renter has joined.",
  newAgreement: "New agreement",
  lease: "Lease",
  leaseOption: "{start} → {end}",
  openEnded: "open-ended",
  template: "Template",
  /** A template by what it is (the agreement's own title is in its language, not the reader's). */
  templateTitle:
    "{furnished, select, yes {Furnished tenancy} other {Unfurnished tenancy}}{earlyExit, select, yes {, with an early-exit clause} other {}}",
  templateOption: "{title} ({language})",
  templateFr: "in French",
  templateEn: "in English",
  draftAgreement: "Draft an agreement",
};
