import type { Messages } from "../shape";

export const checklist: Messages["checklist"] = {
  title: "Your dossier for this listing",
  ready: "Your dossier meets every requirement of this listing.",
  notReady: "{count, plural, one {# thing is missing} other {# things are missing}} before you can apply:",
  met: "Done",
  missing: "Missing",
  profileField: "Profile: {field}",
  document: "Document: {kind}",
  guarantors: "{count, plural, one {# guarantor required} other {# guarantors required}}",
  guarantorDocuments: "A document for your guarantor {name}",
  fix: "Open my dossier to complete it",
  signIn: "<link>Sign in</link> to check your dossier before applying.",
  durationRange: "Lawful duration for this listing: {min} to {max} months.",
  income: "Monthly net income (optional)",
  incomeHint: "The landlord sees it with the rent-to-income ratio (rent and charges ÷ income).",
  applied: "You have already applied to this listing. Status: {status}.",
  appliedOpen: "Open my application",
};
