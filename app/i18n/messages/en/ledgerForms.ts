import type { Messages } from "../shape";

export const ledgerForms: Messages["ledgerForms"] = {
  adjust: {
    form: "Add an adjustment",
    direction: "Adjustment",
    credit: "Credit (the renter owes less)",
    debit: "Debit (the renter owes more)",
    amount: "Amount ({currency})",
    reason: "Reason",
    submit: "Add adjustment",
  },
  reminders: {
    title: "Rent reminders",
    on: "On: 3 days before the due day, on it if unpaid, weekly while overdue.",
    off: "Off for this lease.",
    switchOff: "Switch reminders off",
    switchOn: "Switch reminders on",
  },
  lease: {
    label: "Which lease",
    hint: "This flat has several current leases: for a payment or a request to confirm, say which one.",
    option: "{renters} — lease from {start}",
    from: "Lease from {start}",
    noRenter: "No renter yet",
  },
};
