import type { Messages } from "../shape";

export const documentsPanel: Messages["documentsPanel"] = {
  title: "Documents",
  none: "No rental agreement yet.",
  signedOn: "signed {date}",
  createdOn: "created {date}",
  status: {
    draft: "Draft",
    rendering: "Rendering…",
    ready: "Ready",
    out_for_signature: "Out for signature",
    signed: "Signed",
    failed: "Failed",
    published: "Published",
    closed: "Closed",
  },
  needsLease: "An agreement needs a current lease whose renter has joined.",
  newAgreement: "New agreement",
  lease: "Lease",
  leaseOption: "{start} → {end}",
  openEnded: "open-ended",
  template: "Template",
  templateOption: "{title} ({language})",
  templateFr: "FR",
  templateEn: "EN",
};
