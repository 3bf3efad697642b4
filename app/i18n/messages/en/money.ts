import type { Messages } from "../shape";

export const money: Messages["money"] = {
  methods: {
    transfer: "Bank transfer",
    card: "Card",
    cash: "Cash",
    cheque: "Cheque",
    other: "Other",
  },
  feed: {
    payment: "Payment",
    paymentBy: "Payment by {method}",
    receivedOn: "received {date}",
  },
  payOnline: {
    form: "Pay online",
    what: "Pay",
    wholeBalance: "The whole balance ({amount})",
    period: "{period} ({amount} left)",
    submit: "Pay online",
  },
  balance: {
    title: "My rent",
    allWaiting: "Every month due already has a payment waiting for your landlord's confirmation.",
    statuses: {
      paid: "Paid",
      partially_paid: "Partly paid",
      due: "Due",
      overdue: "Overdue",
    },
    entries: "{count, plural, one {The ledger's entry} other {The ledger's # entries}}",
    due: "Amount due",
    upToDate: "You're up to date",
    credit: "{amount} in credit",
    nextDue: "Next rent: {amount} on {date}",
    noPeriods: "No rent has been charged yet.",
    periods: "Month by month",
    payOnline: "Pay online",
    paidByTransfer: "I've paid by transfer",
    receipts: "Receipts",
    waiting: "{count, plural, one {# payment is} other {# payments are}} waiting for your landlord to confirm",
  },
  record: {
    open: "Record a payment",
  },
  pending: {
    title: "Payments to confirm",
    renterTitle: "Waiting for confirmation",
    by: "{name} · {period}",
    confirm: "Confirm",
    waiting: "{side, select, landlord {Waiting for the landlord to confirm} other {Waiting for the renter to confirm}}",
  },
  checkoutReturn: {
    success: "Payment received: thank you.",
    cancelled: "Payment cancelled: nothing was charged.",
  },
  /** The bank transfer card and the rent receipts notice (app/components/bank-transfer.tsx), on the rent panels. */
  receiptsNotice: {
    missingOwner: "Rent receipts are waiting for your organization’s legal name and address.",
    fixLink: "Complete the settings",
    missingStaff:
      "Rent receipts are waiting for the organization’s legal name and address: ask the owner to enter them.",
    missingRenter:
      "Rent receipts are not available yet: your landlord still has to enter their legal name and address. Ask them to.",
  },
  payByTransfer: {
    title: "Pay by bank transfer",
    holder: "Account holder",
    iban: "IBAN",
    bic: "BIC",
    reference: "Reference to write",
    referenceHint: "Put it in the transfer’s description so your landlord can match it to your lease.",
  },
};
