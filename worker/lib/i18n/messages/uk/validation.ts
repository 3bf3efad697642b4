import type { ServerMessages } from "../shape";

export const validation: ServerMessages["validation"] = {
  required: "Заповніть це поле",
  wholeNumber: "Введіть ціле число",
  number: "Введіть число",
  minLength:
    "{minimum, plural, one {Щонайменше # символ} few {Щонайменше # символи} many {Щонайменше # символів} other {Щонайменше # символу}}",
  maxLength:
    "{maximum, plural, one {Щонайбільше # символ} few {Щонайбільше # символи} many {Щонайбільше # символів} other {Щонайбільше # символу}}",
  minNumber: "Щонайменше {minimum}",
  maxNumber: "Щонайбільше {maximum}",
  format: "Формат цього значення не розпізнано",
  email: "Введіть дійсну адресу електронної пошти",
  dateRange: "Введіть дату між 1900 і 2200 роками",
  date: "Введіть дату",
  choose: "Виберіть один із варіантів",
  amount: "Введіть суму, наприклад {example}",
  placeName: "Введіть назву місця: щонайменше одна літера",
  minAmount: "Щонайменше {amount}",
  maxAmount: "Щонайбільше {amount}",
  datePast: "Виберіть дату, яка ще не минула",
  windowOrder: "Час завершення має бути пізніше за час початку",
};
