import type { Messages } from "../shape";

export const ledger: Messages["ledger"] = {
  pay: {
    form: "Оплатити онлайн",
    what: "Що оплатити",
    wholeBalance: "Увесь борг ({amount})",
    period: "{period} — залишок {amount}",
    submit: "Оплатити онлайн",
  },
  adjust: {
    form: "Додати коригування",
    direction: "Коригування",
    credit: "Зарахування (орендар винен менше)",
    debit: "Донарахування (орендар винен більше)",
    amount: "Сума ({currency})",
    reason: "Підстава",
    submit: "Додати коригування",
    amountMissing: "Введіть суму, наприклад 25,00",
    reasonMissing: "Вкажіть підставу",
  },
  reminders: {
    title: "Нагадування про оплату",
    on: "Увімкнено: за 3 дні до дати оплати, у сам день, якщо не сплачено, і щотижня, доки є прострочення.",
    off: "Для цього договору вимкнено.",
    switchOff: "Вимкнути нагадування",
    switchOn: "Увімкнути нагадування",
  },
  lease: {
    label: "Договір оренди",
    hint: "У цій квартирі кілька чинних договорів: оберіть, до якого належить цей платіж.",
    choose: "Оберіть договір…",
    option: "{renters} — договір з {start}",
    noRenter: "Без орендаря",
  },
};
