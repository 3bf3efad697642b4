import type { Messages } from "../shape";

export const review: Messages["review"] = {
  listing: "Оголошення: {title}, {city} · {rent} на місяць + {charges} платежів",
  income: "Місячний дохід: {amount}",
  noIncome: "Дохід не вказано",
  ratio: "Частка оренди в доході: {percent}",
  ratioHigh: "понад третину доходу",
  guarantor: "Поручитель: {name} ({relationship})",
  documents: "Документи",
  noDocuments: "Немає документів",
  note: "Примітка для заявника (необов’язково)",
  accept: "Прийняти",
  reject: "Відхилити",
  decided: "Рішення збережено.",
  open: "Відкрити заявку",
  message: "Повідомлення: «{message}»",
};
