import type { Messages } from "../shape";

export const leaseCharges: Messages["leaseCharges"] = {
  open: "Change the charges",
  formLabel: "Monthly charges of the lease",
  amount: "Charges per month ({currency})",
  hint: "They apply from the next rent charged; entries already on the ledger do not change.",
  submit: "Save the charges",
  saved: "Charges updated: {amount} a month from the next rent.",
};
