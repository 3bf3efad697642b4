import type { Messages } from "../shape";

/** The payment form (app/components/money/payment-form.tsx): the renter's "I've paid", the landlord's "Record a payment". */
export const paymentForm: Messages["paymentForm"] = {
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
  overpay: {
    warning: "More than what is owed ({owed}): the surplus will pay the next months.",
  },
  record: {
    title: "Record a payment received",
    receivedOn: "Received on",
    submit: "Record",
    recorded: "Payment recorded.",
  },
};
