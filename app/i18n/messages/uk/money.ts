import type { Messages } from "../shape";

export const money: Messages["money"] = {
  methods: {
    transfer: "Банківський переказ",
    card: "Картка",
    cash: "Готівка",
    cheque: "Чек",
    other: "Інше",
  },
  feed: {
    payment: "Платіж",
    paymentBy: "Платіж: {method}",
    receivedOn: "отримано {date}",
  },
  payOnline: {
    form: "Оплатити онлайн",
    what: "Що оплатити",
    wholeBalance: "Увесь борг ({amount})",
    period: "{period} — залишок {amount}",
    submit: "Оплатити онлайн",
  },
  balance: {
    title: "Моя оренда",
    allWaiting: "Для кожного місяця до сплати вже є платіж, що чекає на підтвердження орендодавця.",
    statuses: {
      paid: "Сплачено",
      partially_paid: "Сплачено частково",
      due: "До сплати",
      overdue: "Прострочено",
    },
    entries:
      "{count, plural, one {# запис рахунку} few {# записи рахунку} many {# записів рахунку} other {# запису рахунку}}",
    due: "До сплати",
    upToDate: "У вас немає боргу",
    credit: "{amount} переплати",
    nextDue: "Наступна оренда: {amount} до {date}",
    noPeriods: "Оренду ще не нараховано.",
    periods: "По місяцях",
    payOnline: "Сплатити онлайн",
    paidByTransfer: "Я сплатив(-ла) переказом",
    receipts: "Квитанції",
    waiting:
      "{count, plural, one {# платіж чекає} few {# платежі чекають} many {# платежів чекають} other {# платежу чекають}} на підтвердження орендодавця",
  },
  record: {
    open: "Записати платіж",
  },
  pending: {
    title: "Платежі до підтвердження",
    renterTitle: "Очікують підтвердження",
    by: "{name} · {period}",
    confirm: "Підтвердити",
    waiting: "{side, select, landlord {Очікує підтвердження орендодавця} other {Очікує підтвердження орендаря}}",
  },
  checkoutReturn: {
    success: "Платіж отримано: дякуємо.",
    cancelled: "Платіж скасовано: нічого не списано.",
  },
  receiptsNotice: {
    missingOwner: "Для квитанцій потрібні юридична назва та адреса вашої організації.",
    fixLink: "Заповнити налаштування",
    missingStaff: "Для квитанцій потрібні юридична назва та адреса організації: попросіть власника їх вказати.",
    missingRenter:
      "Квитанції ще недоступні: ваш орендодавець має вказати свою юридичну назву та адресу. Попросіть його про це.",
  },
  payByTransfer: {
    title: "Оплата банківським переказом",
    holder: "Власник рахунку",
    iban: "IBAN",
    bic: "BIC",
    reference: "Призначення платежу",
    referenceHint: "Вкажіть його в описі переказу, щоб орендодавець зарахував платіж до вашого договору оренди.",
  },
};
