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
    statuses: {
      paid: "Paid",
      partially_paid: "Partly paid",
      due: "Due",
      overdue: "Overdue",
    },
    entries: "All entries ({count, plural, one {# entry} other {# entries}})",
    due: "Amount due",
    upToDate: "You're up to date",
    credit: "{amount} in credit",
    nextDue: "Next rent: {amount} on {date}",
    noPeriods: "No rent has been charged yet.",
    periods: "Month by month",
    payOnline: "Pay online",
    paidByTransfer: "I've paid by transfer",
    receipts: "Receipts",
    receiptFor: "Receipt for {period}",
    waiting: "{count, plural, one {# payment is} other {# payments are}} waiting for your landlord to confirm",
  },
  paid: {
    title: "Tell your landlord about a transfer",
    intro: "Your landlord confirms the payment once it has arrived.",
    amount: "Amount ({currency})",
    period: "Month",
    receivedOn: "Day of the transfer",
    method: "How you paid",
    submit: "Send to my landlord",
    sent: "Sent: your landlord will confirm your payment.",
    note: "Message (optional)",
  },
  record: {
    open: "Record a payment",
    title: "Record a payment received",
    receivedOn: "Received on",
    submit: "Record",
    recorded: "Payment recorded.",
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
  overpay: {
    warning: "More than what is owed ({owed}): the surplus will pay the next months.",
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
