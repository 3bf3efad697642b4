import type { Messages } from "../shape";

export const profile: Messages["profile"] = {
  pageTitle: "Мої дані",
  intro: "Орендодавці використовують ці дані для вашого договору оренди.",
  saved: "Збережено.",
  save: "Зберегти",
  fields: {
    firstName: "Ім’я",
    lastName: "Прізвище",
    phone: "Телефон",
    birthDate: "Дата народження",
    address: "Адреса",
    nationality: "Громадянство",
    education: "Навчання",
    budget: "Бюджет на місяць ({currency})",
  },
  errors: {
    firstName: "Введіть своє ім’я",
    lastName: "Введіть своє прізвище",
    phone: "Введіть номер телефону",
    birthDate: "Введіть дату народження",
    address: "Введіть свою адресу",
    budget: "Введіть суму, наприклад {example}",
  },
};
