import type { ServerMessages } from "../shape";

/** A person's data export (worker/exports, GDPR art. 15 and 20): the email with the link and the ZIP's README.txt. */
export const dataExport: ServerMessages["dataExport"] = {
  email: {
    subject: "Your Rentline data is ready",
    body: "Here is the ZIP archive of your data: everything Rentline holds about you, as machine-readable JSON files, with your documents.",
    expires: "The link works until {date}. Sign in with this account to download it.",
    action: "Download my data",
  },
  readme: {
    title: "Your Rentline data",
    intro:
      "Archive made on {date} for {name} ({email}), under the rights of access and data portability (GDPR, articles 15 and 20).",
    format:
      "Each .json file holds one kind of record; amounts are in minor units (cents) with their ISO 4217 currency, dates in ISO 8601 (UTC). manifest.json describes every file for a machine.",
    contents: "Contents:",
    left: "What is not in it: your password and sign-in tokens (only their hashes are kept; they are secrets), and other people’s contact details (co-renters, people invited).",
  },
  files: {
    profile: "your account and your renter profile",
    account: "your sessions (signed-in devices), the links emailed to you and your exports",
    memberships: "the organisations you belong to and the invitations you sent or accepted",
    leases: "your leases (as a renter, or created by you), your place on them and rent revisions",
    ledger: "the rent ledger entries of your leases (charges, payments, adjustments)",
    payments: "online payments",
    activities: "the feed entries you wrote or confirmed, and your read marks",
    chat: "the chat messages you wrote (homes and applications)",
    applications: "your applications and their status history",
    dossier: "your dossier: documents and guarantors",
    listings: "the listings you created",
    agreements: "the rental agreements you are party to and your signatures",
    receipts: "the rent receipts issued for your leases",
    maintenance: "the maintenance requests you reported or handled, your comments, photos and costs",
    expenses: "the expenses you recorded",
    audit: "the log of actions taken with your account",
    manifest: "a description of every file, for a machine",
    files: "the files themselves: dossier documents, agreements, signatures, receipts, photos",
  },
};
