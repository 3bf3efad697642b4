import type { Messages } from "../shape";

export const review: Messages["review"] = {
  listing: "Listing: {title}, {city} · {rent} a month + {charges} charges",
  income: "Monthly income: {amount}",
  noIncome: "Income not stated",
  ratio: "Rent-to-income: {percent}",
  ratioHigh: "above a third of income",
  guarantor: "Guarantor: {name} ({relationship})",
  documents: "Documents",
  noDocuments: "No documents",
  note: "Note for the applicant (optional)",
  accept: "Accept",
  reject: "Reject",
  decided: "Decision saved.",
  open: "Open the application",
  message: "Message: “{message}”",
};
