import type { Messages } from "../shape";

export const ledger: Messages["ledger"] = {
  title: "Орендна плата",
  due: "До сплати {amount}",
  credit: "Переплата {amount}",
  paidUp: "Усе сплачено",
  month: "Місяць",
  amountDue: "Нараховано",
  outstanding: "Залишок",
  status: "Стан",
  statuses: {
    paid: "Сплачено",
    partially_paid: "Сплачено частково",
    due: "До сплати",
    overdue: "Прострочено",
  },
  daysLate: "{count, plural, one {# день} few {# дні} many {# днів} other {# дня}}",
  entries: "Записи ({count, plural, one {# запис} few {# записи} many {# записів} other {# запису}})",
  entryAmount: "{direction, select, debit {+} other {−}}{amount} · {date}",
  kinds: {
    charge: "Нараховано оренду",
    payment: "Платіж",
    adjustment: "Коригування",
    refund: "Повернення",
  },
  chart: {
    title: "Очікувана й отримана орендна плата за 12 місяців, у {currency}",
    expectedBar: "{month}: очікувалося {amount}",
    collectedBar: "{month}: отримано {amount}",
    expected: "Очікувалося",
    collected: "Отримано",
  },
  earlierMonths: "Попередні місяці ({count})",
};
