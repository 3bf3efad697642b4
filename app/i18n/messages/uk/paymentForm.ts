import type { Messages } from "../shape";

/** The payment form (app/components/money/payment-form.tsx): the renter's "I've paid", the landlord's "Record a payment". */
export const paymentForm: Messages["paymentForm"] = {
  paid: {
    title: "Повідомити орендодавця про переказ",
    intro: "Орендодавець підтвердить платіж, щойно кошти надійдуть.",
    amount: "Сума ({currency})",
    period: "Місяць",
    receivedOn: "Дата переказу",
    method: "Спосіб оплати",
    submit: "Надіслати орендодавцю",
    sent: "Надіслано: орендодавець підтвердить ваш платіж.",
    note: "Повідомлення (необов’язково)",
  },
  overpay: {
    warning: "Це більше, ніж заборговано ({owed}): надлишок піде на оплату наступних місяців.",
  },
  record: {
    title: "Записати отриманий платіж",
    receivedOn: "Отримано",
    submit: "Записати",
    recorded: "Платіж записано.",
  },
};
