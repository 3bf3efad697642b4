import type { Messages } from "../shape";

export const systemText: Messages["systemText"] = {
  disputes: {
    opened: "Банк орендаря оскаржив платіж карткою",
    funds_withdrawn: "Оскаржений платіж списано: сума знову до сплати",
    lost: "Спір щодо платежу програно: сума знову до сплати",
    won: "Спір щодо платежу виграно",
    funds_reinstated: "Оскаржений платіж повернуто",
  },
  ledgerReasons: {
    stripe_payment: "Оплачено онлайн (Stripe)",
    stripe_refund: "Повернено кошти (Stripe)",
    stripe_dispute_withdrawn: "Оскаржений платіж списано (Stripe)",
    stripe_dispute_reinstated: "Оскаржений платіж повернуто (Stripe)",
  },
  actors: { online_payment: "Онлайн-оплата" },
  notes: { paid_online: "Оплачено онлайн (номер {ref})" },
};
