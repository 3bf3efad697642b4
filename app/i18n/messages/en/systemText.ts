import type { Messages } from "../shape";

export const systemText: Messages["systemText"] = {
  disputes: {
    opened: "Card payment disputed by the renter's bank",
    funds_withdrawn: "Disputed payment withdrawn: owed again",
    lost: "Payment dispute lost: owed again",
    won: "Payment dispute won",
    funds_reinstated: "Disputed payment reinstated",
  },
  ledgerReasons: {
    stripe_payment: "Paid online (Stripe)",
    stripe_refund: "Refunded (Stripe)",
    stripe_dispute_withdrawn: "Disputed payment withdrawn (Stripe)",
    stripe_dispute_reinstated: "Dispute reinstated (Stripe)",
  },
  actors: { online_payment: "Online payment" },
  notes: { paid_online: "Paid online (ref. {ref})" },
};
