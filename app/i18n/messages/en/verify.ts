import type { Messages } from "../shape";

export const verify: Messages["verify"] = {
  pageTitle: "Verify a signed agreement",
  description: "Check that a Rentline rental agreement PDF is genuine and fully signed.",
  intro: "Upload the final PDF you received, or paste its SHA-256. Nothing you upload is kept.",
  file: "PDF file",
  hash: "…or its SHA-256",
  hashPlaceholder: "64 hexadecimal characters",
  submit: "Verify",
  chooseOne: "Choose the PDF, or paste its SHA-256.",
  genuine: "Genuine and fully signed",
  signedBy: "{title}, {address}. Signed by {signers}.",
  signer: "{name} ({side, select, landlord {landlord} other {renter}}) on {date}",
  unknown: "Unknown or altered",
  notSigned: "This is an unsigned draft of an agreement, not the signed final PDF.",
  altered: "Rentline has no signed agreement with this exact content. The file may have been changed.",
  hashLine: "SHA-256 fingerprint: {hash}",
};
